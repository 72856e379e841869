import type { Catalogue } from './index';

/** Frozen baselines, new periods (chart parts) and proposals to split a chart. */
export const baselineMessages: Catalogue = {
  da: {
    'baseline.cmd.freeze': 'frys OP24 uge 12 2026',
    'baseline.cmd.freeze.text':
      'Frys baseline: median og grænser beregnes ud fra målingerne til og med perioden. Tilføj evt. "fordi …".',
    'baseline.cmd.part': 'ny periode OP24 fra uge 29 2026',
    'baseline.cmd.part.text': 'Del grafen: en ny periode med sin egen median og grænser fra den periode.',
    'baseline.cmd.undo': 'fortryd periode OP24',
    'baseline.cmd.undo.text': 'Fortryd den seneste frysning eller nye periode for målet.',
    'baseline.cmd.propose': 'foreslå periode Hvidovre OP24 fra uge 29 2026',
    'baseline.cmd.propose.text':
      'Foreslå et team en ny periode; teamet får et kort med grafen og kan sige ja eller nej.',
    'baseline.frozen':
      'Baseline for {measure} er frosset ved {period}: median og grænser beregnes nu ud fra målingerne til og med {period}.',
    'baseline.parted': '{measure} har fået en ny periode fra {period} med sin egen median og grænser.',
    'baseline.undone.freeze': 'Frysningen af baseline ved {period} for {measure} er fortrudt.',
    'baseline.undone.part': 'Den nye periode fra {period} for {measure} er fortrudt.',
    'baseline.already': 'Det er allerede gemt for {measure} ({period}).',
    'baseline.proposal.title': 'Ny periode for {measure}?',
    'baseline.proposal.signalTitle': 'Hvorfor foreslår jeg det?',
    'baseline.proposal.shift':
      "Siden {since} ligger {length} målinger i træk {side} medianen – efter PDSA-cyklussen '{cycle}' startede i {started}. Det ligner en varig ændring.",
    'baseline.proposal.side.above': 'over',
    'baseline.proposal.side.below': 'under',
    'baseline.proposal.byPerson': '{who} foreslår en ny periode for {measure} fra {since}.',
    'baseline.proposal.ask':
      'Accepter for at starte en ny periode fra {since}: den får sin egen median, og perioden før står til sammenligning.',
    'baseline.button.accept': 'Accepter',
    'baseline.button.decline': 'Ikke nu',
    'baseline.proposal.accepted': 'Ny periode fra {since} er gemt for {measure}.',
    'baseline.proposal.declined': 'Forstået – jeg foreslår ikke en ny periode fra {since} for {measure} igen.',
    'baseline.proposal.alreadySaved': 'Det er allerede gemt.',
    'baseline.why.accepted': 'Accepteret forslag om ny periode',
    'baseline.proposal.sent': 'Forslaget om en ny periode fra {since} er sendt til {count} i {team}.',
    'baseline.proposal.exists': 'Der er allerede foreslået en ny periode fra {since} for {measure} i {team}.',
    'baseline.proposal.noRecipients': '{team} har ingen medlemmer, jeg kan skrive til.',
    'error.BASELINE_MEASURE_MISSING': 'Skriv hvilket mål, fx "{example}".',
    'error.BASELINE_PERIOD_MISSING': 'Skriv perioden, fx "{example}".',
    'error.BASELINE_NO_DATA': '{measure} har ingen målinger endnu, så der er intet at fryse eller dele.',
    'error.BASELINE_PERIOD_OUTSIDE': '{period} ligger uden for målingerne af {measure} ({first} – {last}).',
    'error.BASELINE_PART_AT_START':
      'En ny periode skal begynde efter den første måling af {measure} ({first}); vælg en senere periode.',
    'error.BASELINE_NOTHING_TO_UNDO': 'Der er ingen frosset baseline eller ny periode at fortryde for {measure}.',
    'error.BASELINE_TEAM_MISSING': 'Skriv hvilket team, fx "{example}".',
  },
  en: {
    'baseline.cmd.freeze': 'freeze OP24 week 12 2026',
    'baseline.cmd.freeze.text':
      'Freeze the baseline: median and limits come from the values up to and including the period. Add "because …" if you like.',
    'baseline.cmd.part': 'new period OP24 from week 29 2026',
    'baseline.cmd.part.text': 'Split the chart: a new period with its own median and limits from that period.',
    'baseline.cmd.undo': 'undo period OP24',
    'baseline.cmd.undo.text': 'Undo the latest freeze or new period of the measure.',
    'baseline.cmd.propose': 'propose period Hvidovre OP24 from week 29 2026',
    'baseline.cmd.propose.text':
      'Propose a new period to a team; the team gets a card with the chart and can say yes or no.',
    'baseline.frozen':
      'The baseline of {measure} is frozen at {period}: median and limits now come from the values up to and including {period}.',
    'baseline.parted': '{measure} has a new period from {period} with its own median and limits.',
    'baseline.undone.freeze': 'The baseline freeze at {period} for {measure} is undone.',
    'baseline.undone.part': 'The new period from {period} for {measure} is undone.',
    'baseline.already': 'That is already saved for {measure} ({period}).',
    'baseline.proposal.title': 'A new period for {measure}?',
    'baseline.proposal.signalTitle': 'Why do I suggest it?',
    'baseline.proposal.shift':
      "Since {since}, {length} values in a row lie {side} the median – after the PDSA cycle '{cycle}' started in {started}. It looks like a lasting change.",
    'baseline.proposal.side.above': 'above',
    'baseline.proposal.side.below': 'below',
    'baseline.proposal.byPerson': '{who} suggests a new period for {measure} from {since}.',
    'baseline.proposal.ask':
      'Accept to start a new period from {since}: it gets its own median, and the period before stays for comparison.',
    'baseline.button.accept': 'Accept',
    'baseline.button.decline': 'Not now',
    'baseline.proposal.accepted': 'A new period from {since} is saved for {measure}.',
    'baseline.proposal.declined': 'Understood – I will not suggest a new period from {since} for {measure} again.',
    'baseline.proposal.alreadySaved': 'That is already saved.',
    'baseline.why.accepted': 'Accepted proposal of a new period',
    'baseline.proposal.sent': 'The proposal of a new period from {since} was sent to {count} in {team}.',
    'baseline.proposal.exists': 'A new period from {since} for {measure} in {team} was already proposed.',
    'baseline.proposal.noRecipients': '{team} has no members I can write to.',
    'error.BASELINE_MEASURE_MISSING': 'Say which measure, e.g. "{example}".',
    'error.BASELINE_PERIOD_MISSING': 'Say the period, e.g. "{example}".',
    'error.BASELINE_NO_DATA': '{measure} has no values yet, so there is nothing to freeze or split.',
    'error.BASELINE_PERIOD_OUTSIDE': '{period} lies outside the values of {measure} ({first} – {last}).',
    'error.BASELINE_PART_AT_START':
      'A new period must begin after the first value of {measure} ({first}); choose a later period.',
    'error.BASELINE_NOTHING_TO_UNDO': 'There is no frozen baseline or new period to undo for {measure}.',
    'error.BASELINE_TEAM_MISSING': 'Say which team, e.g. "{example}".',
  },
};

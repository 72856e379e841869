import type { Catalogue } from './index';

/** The rollout: the bot's introduction, pausing reminders, coverage. */
export const rolloutMessages: Catalogue = {
  da: {
    'rollout.intro':
      'Hej {name}! Jeg er Forbedringsbot. {setUpBy} har sat mig op for **{team}**{collaborative}.\n\n' +
      'Jeg sender dig påmindelser, når der skal indtastes data, om næste PDSA-skridt og om læringsseminarer{summaries}.\n\n' +
      'Skriv **pause** for at sætte påmindelserne på pause (eller fx **stop påmindelser data**) og **start påmindelser** for at få dem igen.',
    'rollout.intro.setUpByFallback': 'Din tovholder',
    'rollout.intro.noTeam': 'jeres forbedringsteam',
    'rollout.intro.inCollaborative': ' i {name}',
    'rollout.intro.summaries': ' — og en ugentlig opsummering om teamets målinger',
    'rollout.and': ' og ',
    'slack.chart.sentToDm':
      'Svaret her er privat, så jeg har sendt diagrammet til vores direkte besked i stedet for kanalen.',
    'rollout.paused.all': 'Alle dine påmindelser er sat på pause. Skriv **start påmindelser** for at få dem igen.',
    'rollout.paused.kind':
      'Påmindelser om {kind} er sat på pause. Skriv **start påmindelser {word}** for at få dem igen.',
    'rollout.resumed.all': 'Dine påmindelser er slået til igen.',
    'rollout.resumed.kind': 'Påmindelser om {kind} er slået til igen.',
    'rollout.pause.unknownKind':
      'Jeg kender ikke "{word}". Skriv **stop påmindelser** alene eller efterfulgt af data, pdsa, seminarer eller opsummeringer.',
    'coverage.cmd': 'dækning',
    'coverage.cmd.text': 'Hvem botten kan nå i hvert team (Teams/Slack), og hvem ikke — og hvorfor',
    'coverage.title': '**Dækning**: hvem botten kan skrive til',
    'coverage.team': '**{team}**: {listed} på listen · {teams} i Teams · {slack} i Slack · {unreachable} kan ikke nås',
    'coverage.column': '{reachable}/{listed} kan nås',
    'coverage.col': 'Dækning',
    'coverage.reason.not_seen': 'endnu ikke fundet i Teams eller Slack',
    'coverage.reason.no_roster_match': 'ikke fundet i nogen roster',
    'coverage.reason.email_not_found': 'e-mailen findes ikke i Slack',
    'coverage.reason.app_not_installed': 'appen er ikke installeret eller er blokeret for personen',
    'coverage.reason.user_gone': 'brugeren findes ikke længere',
    'coverage.reason.rate_limited': 'Teams/Slack bad botten vente; prøves igen',
    'coverage.reason.left_team': 'har forladt teamet i Teams',
    'coverage.reason.error': 'fejl hos Teams/Slack; prøves igen',
    'coverage.paused': 'har sat påmindelser om {kinds} på pause',
    'broadcast.preview.cannot': '{count} kan ikke nås: {names}.',
    'rollout.cmd.pause': 'pause · start påmindelser',
    'rollout.cmd.pause.text':
      'Sæt dine påmindelser på pause (alle, eller fx **stop påmindelser data**) og slå dem til igen',
    'rollout.kind.data': 'data',
    'rollout.kind.pdsa': 'PDSA',
    'rollout.kind.seminars': 'seminarer',
    'rollout.kind.summaries': 'ugeopsummeringer',
  },
  en: {
    'rollout.intro':
      'Hi {name}! I am Forbedringsbot. {setUpBy} set me up for **{team}**{collaborative}.\n\n' +
      'I will remind you when data is due, about the next PDSA step and about learning seminars{summaries}.\n\n' +
      'Type **pause** to pause the reminders (or e.g. **stop reminders data**) and **start reminders** to get them again.',
    'rollout.intro.setUpByFallback': 'Your coordinator',
    'rollout.intro.noTeam': 'your improvement team',
    'rollout.intro.inCollaborative': ' in {name}',
    'rollout.intro.summaries': ' — and a weekly summary of the team’s measures',
    'rollout.and': ' and ',
    'slack.chart.sentToDm': 'This answer is private, so I sent the chart to our direct message instead of the channel.',
    'rollout.paused.all': 'All your reminders are paused. Type **start reminders** to get them again.',
    'rollout.paused.kind': 'Reminders about {kind} are paused. Type **start reminders {word}** to get them again.',
    'rollout.resumed.all': 'Your reminders are on again.',
    'rollout.resumed.kind': 'Reminders about {kind} are on again.',
    'rollout.pause.unknownKind':
      'I do not know "{word}". Type **stop reminders** alone or followed by data, pdsa, seminars or summaries.',
    'coverage.cmd': 'coverage',
    'coverage.cmd.text': 'Whom the bot can reach in each team (Teams/Slack), whom not — and why',
    'coverage.title': '**Coverage**: whom the bot can write to',
    'coverage.team':
      '**{team}**: {listed} listed · {teams} in Teams · {slack} in Slack · {unreachable} cannot be reached',
    'coverage.column': '{reachable}/{listed} reachable',
    'coverage.col': 'Coverage',
    'coverage.reason.not_seen': 'not found in Teams or Slack yet',
    'coverage.reason.no_roster_match': 'not found in any roster',
    'coverage.reason.email_not_found': 'the email is not known in Slack',
    'coverage.reason.app_not_installed': 'the app is not installed or is blocked for this person',
    'coverage.reason.user_gone': 'the user no longer exists',
    'coverage.reason.rate_limited': 'Teams/Slack asked the bot to wait; will retry',
    'coverage.reason.left_team': 'left the team in Teams',
    'coverage.reason.error': 'Teams/Slack error; will retry',
    'coverage.paused': 'paused reminders about {kinds}',
    'broadcast.preview.cannot': '{count} cannot be reached: {names}.',
    'rollout.cmd.pause': 'pause · start reminders',
    'rollout.cmd.pause.text': 'Pause your reminders (all, or e.g. **stop reminders data**) and turn them on again',
    'rollout.kind.data': 'data',
    'rollout.kind.pdsa': 'PDSA',
    'rollout.kind.seminars': 'seminars',
    'rollout.kind.summaries': 'weekly summaries',
  },
};

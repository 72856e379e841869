import type { ActFields, DoFields, PdsaPhase, PlanFields, StudyFields } from '../domain';
import type { DemoPersonKey, DemoTeamKey } from './demo-content';

/**
 * A demo PDSA cycle. `weeks` says when each phase was entered, in weeks relative to now (negative = in
 * the past); `due` gives due dates in weeks relative to now. The cycle ends in `phase`.
 */
export interface DemoCycle {
  team: DemoTeamKey;
  owner: DemoPersonKey;
  title: string;
  changeIdea: string;
  phase: PdsaPhase;
  weeks: Partial<Record<PdsaPhase, number>>;
  due: Partial<Record<'plan' | 'do' | 'study' | 'act', number>>;
  plan: PlanFields;
  do?: DoFields;
  study?: StudyFields;
  act?: ActFields;
  measures: Array<'op24' | 'vent'>;
}

const none = { questions: null, prediction: null, who: null, what: null, when: null, where: null, dataToCollect: null };

/** Data weeks are indexed 0–103 with 103 = last week; a week index → weeks relative to now. */
const at = (weekIndex: number): number => weekIndex - 104;

export const DEMO_CYCLES: DemoCycle[] = [
  {
    team: 'hvidovre',
    owner: 'lead',
    title: 'Fast-track fra akutmodtagelse til operation',
    changeIdea: 'Hoftefrakturpatienter visiteres direkte til ortopædkirurgisk vurdering og booking af operation.',
    phase: 'done',
    weeks: { plan: at(44), do: at(46), study: at(52), act: at(56), done: at(57) },
    due: {},
    measures: ['op24', 'vent'],
    plan: {
      objective: 'Afprøve om et fast-track-forløb får flere patienter opereret inden for 24 timer.',
      questions: 'Kan akutmodtagelsen identificere patienterne inden for 30 minutter? Er der ledig operationstid?',
      prediction: 'Andelen opereret inden for 24 timer stiger fra ca. 70 % til over 85 %.',
      who: 'Vagthavende ortopædkirurg og triagesygeplejerske',
      what: 'Direkte visitation og booking på akut-operationsprogrammet',
      when: 'Fire uger på hverdage',
      where: 'Akutmodtagelsen og operationsafsnittet',
      dataToCollect: 'Tid fra ankomst til knivtid for hver patient; antal opereret inden for 24 timer',
    },
    do: {
      startedOn: null,
      finishedOn: null,
      whatHappened: 'Fast-track kørt i fire uger med 52 patienter. Virkede bedst i dagtiden.',
      problems: 'To patienter ventede på blodfortyndende medicin; natteholdet kendte ikke forløbet i første uge.',
    },
    study: {
      results: '86 % opereret inden for 24 timer i testperioden mod 70 % før.',
      comparedToPrediction: 'Som forudsagt – lidt bedre end ventet i dagtiden.',
      learning: 'Forløbet skal også kendes af natteholdet; antikoagulation er den største kilde til forsinkelse.',
    },
    act: { decision: 'adopt', nextStep: 'Indført som standard fra næste måned; undervisning af natteholdet.' },
  },
  {
    team: 'hvidovre',
    owner: 'clinician',
    title: 'Præoperativ håndtering af blodfortyndende medicin',
    changeIdea: 'Fast instruks for pausering og revertering af antikoagulation ved hoftefraktur.',
    phase: 'act',
    weeks: { plan: -10, do: -9, study: -5, act: -2 },
    due: { act: 1 },
    measures: ['vent'],
    plan: {
      ...none,
      objective: 'Afprøve en instruks der forkorter ventetiden for patienter i blodfortyndende behandling.',
      prediction: 'Ventetiden for disse patienter falder med mindst 6 timer.',
      who: 'Anæstesilæge i dagvagt',
      what: 'Instruks og tjekliste ved modtagelsen',
      dataToCollect: 'Ventetid i timer for patienter i antikoagulationsbehandling',
    },
    do: {
      startedOn: null,
      finishedOn: null,
      whatHappened: 'Instruksen brugt ved 11 patienter over fire uger.',
      problems: 'Usikkerhed om dosering af K-vitamin om natten.',
    },
    study: {
      results: 'Median ventetid faldt fra 31 til 22 timer for de 11 patienter.',
      comparedToPrediction: 'Et fald på 9 timer – mere end forudsagt.',
      learning: 'Tjeklisten skal ligge i akutmodtagelsens elektroniske modtagepakke.',
    },
  },
  {
    team: 'hvidovre',
    owner: 'clinician',
    title: 'Femoralisblok i akutmodtagelsen',
    changeIdea: 'Tidlig nerveblokade mod smerter allerede i akutmodtagelsen.',
    phase: 'study',
    weeks: { plan: -6, do: -5, study: -1 },
    due: { study: 1, act: 3 },
    measures: [],
    plan: {
      ...none,
      objective: 'Afprøve om femoralisblok inden for en time efter ankomst giver bedre smertelindring.',
      prediction: 'Færre patienter har brug for ekstra morfin før operationen.',
      who: 'Anæstesisygeplejerske',
      where: 'Akutmodtagelsen',
      dataToCollect: 'Smertescore (NRS) ved ankomst og efter 2 timer',
    },
    do: {
      startedOn: null,
      finishedOn: null,
      whatHappened: 'Blok givet hos 18 af 23 patienter inden for en time.',
      problems: 'Ultralydsapparatet var optaget to gange.',
    },
  },
  {
    team: 'hvidovre',
    owner: 'clinician',
    title: 'Klare væsker indtil 2 timer før operation',
    changeIdea: 'Kortere faste: patienterne må drikke klare væsker indtil 2 timer før operation.',
    phase: 'do',
    weeks: { plan: -3, do: -2 },
    due: { do: 2, study: 3, act: 4 },
    measures: [],
    plan: {
      ...none,
      objective: 'Afprøve kortere faste på sengeafsnittet for at mindske dehydrering og delir.',
      questions: 'Kan vi få besked om operationstidspunktet tidligt nok?',
      prediction: 'Under 10 % af patienterne faster mere end 6 timer for væske.',
      who: 'Plejepersonalet på sengeafsnittet',
      when: 'To uger',
      dataToCollect: 'Fastetid for væske pr. patient',
    },
  },
  {
    team: 'hvidovre',
    owner: 'lead',
    title: 'Reserveret operationsstue i weekenden',
    changeIdea: 'En operationsstue reserveres til hoftefrakturer lørdag og søndag formiddag.',
    phase: 'plan',
    weeks: { plan: -1 },
    due: { plan: 1, do: 4, study: 6, act: 7 },
    measures: ['op24'],
    plan: {
      ...none,
      objective: 'Afprøve om en reserveret weekendstue får flere operationer inden for 24 timer i weekenden.',
      prediction: 'Andelen inden for 24 timer i weekenden stiger til niveau med hverdagene.',
      who: 'Operationskoordinator og vagthavende ortopædkirurg',
      what: 'Reserveret stue kl. 8–13 lørdag og søndag',
      when: 'Fire weekender',
      where: 'Operationsafsnittet',
      dataToCollect: 'Tid fra ankomst til operation for weekendpatienter',
    },
  },
  {
    team: 'aarhus',
    owner: 'clinicianAarhus',
    title: 'Ortogeriatrisk vurdering i akutmodtagelsen',
    changeIdea: 'Geriater ser patienten i akutmodtagelsen sammen med ortopædkirurgen.',
    phase: 'done',
    weeks: { plan: at(52), do: at(54), study: at(60), act: at(64), done: at(65) },
    due: {},
    measures: ['op24'],
    plan: { ...none, objective: 'Afprøve fælles vurdering for at undgå udsættelse af operation.' },
    do: { startedOn: null, finishedOn: null, whatHappened: 'Fælles vurdering hos 40 patienter.', problems: null },
    study: { results: 'Færre udsatte operationer (3 mod 9).', comparedToPrediction: null, learning: null },
    act: { decision: 'adopt', nextStep: 'Fast ordning på hverdage.' },
  },
  {
    team: 'odense',
    owner: 'leadOdense',
    title: 'Døgndækkende operationsteam til hoftefrakturer',
    changeIdea: 'Et navngivet team i hver vagt har ansvaret for hoftefrakturer.',
    phase: 'done',
    weeks: { plan: at(36), do: at(38), study: at(44), act: at(46), done: at(47) },
    due: {},
    measures: ['op24', 'vent'],
    plan: { ...none, objective: 'Afprøve et fast ansvarligt team i hver vagt.' },
    do: { startedOn: null, finishedOn: null, whatHappened: 'Kørt i seks uger.', problems: 'Svært i ferieperioden.' },
    study: { results: 'Ventetiden faldt med ca. 9 timer.', comparedToPrediction: null, learning: null },
    act: { decision: 'adapt', nextStep: 'Fortsætter med faste vagtlister, tilpasset ferieplanen.' },
  },
];

/** The note written on the first measurement after a team's successful change. */
export const CHANGE_NOTES: Record<DemoTeamKey, string> = {
  hvidovre: 'Fast-track indført som standard',
  aarhus: 'Ortogeriatrisk vurdering indført',
  odense: 'Døgndækkende team indført',
};

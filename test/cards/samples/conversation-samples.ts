import type { Locale } from '../../../src/domain';
import { createTranslator, type Translator } from '../../../src/i18n/translator';
import { button, submitButton } from '../../../src/cards/button';
import type { CardModel } from '../../../src/cards/card-model';
import { choiceCard } from '../../../src/cards/builders/choice-card';
import { helpCard } from '../../../src/cards/builders/help-card';
import { inviteCard } from '../../../src/cards/builders/invite-card';
import { joinCard } from '../../../src/cards/builders/join-card';
import {
  confirmReplaceCard,
  measurementFormCard,
  measurementStoredCard,
} from '../../../src/cards/builders/measurement-cards';
import { runChartCard } from '../../../src/cards/builders/run-chart-card';
import { baselineProposalCard, shiftReason } from '../../../src/reporting/baseline-proposal-card';
import { teamStatusCard } from '../../../src/cards/builders/team-status-card';
import type { CardSample } from '../card-samples';
import type { TemplateName } from '../../../src/domain';

/** Ids used in sample button data. */
export const SAMPLE_IDS = { team: 't-hvidovre', team2: 't-odense', op24: 'm-op24', vent: 'm-vent', cycle: 'c-42' };
const ID = SAMPLE_IDS;

/** Samples of the conversation core's cards (help, measurement, PDSA, charts, status), filled in one locale. */
export function conversationSamples(locale: Locale): CardSample[] {
  const t = createTranslator(locale);
  const da = locale === 'da';
  const sample = (name: string, model: CardModel): CardSample => ({
    name,
    template: model.template as TemplateName,
    model,
  });
  return [
    sample('run-chart/baseline-proposal', baselineProposalSample(t, locale)),
    sample(
      'help/member',
      helpCard({
        headline: null,
        title: t('help.title'),
        roleText: t('help.youAre', { roles: da ? 'medlem af Team Hvidovre' : 'a member of Team Hvidovre' }),
        commandsTitle: t('help.commandsTitle'),
        commands: [
          'measurement.cmd',
          'chart.cmd',
          'status.cmd',
          'pdsa.cmd.list',
          'pdsa.cmd.new',
          'onboarding.cmd.join',
          'team.cmd',
          'settings.cmd.language',
          'help.cmd.help',
        ].map((k) => ({ title: t(k), value: t(`${k}.text`) })),
        footer: t('help.footer'),
        buttons: [
          button(t('help.button.measure'), 'measurement.form', {}, 'positive'),
          button(t('help.button.chart'), 'chart.pick'),
          button(t('help.button.status'), 'status.show'),
          button(t('help.button.pdsa'), 'pdsa.list'),
          button(t('help.button.language'), 'settings.language', { locale: da ? 'en' : 'da' }),
        ],
      }),
    ),
    sample(
      'help/unrecognised',
      helpCard({
        headline: t('help.unrecognised'),
        title: t('help.title'),
        roleText: t('help.youAre', {
          roles: da
            ? 'tovholder for LKT Hoftenære frakturer (Region Syddanmark)'
            : 'a coordinator of LKT Hip fractures (Region of Southern Denmark)',
        }),
        commandsTitle: t('help.commandsTitle'),
        commands: ['chart.cmd', 'status.cmd', 'onboarding.cmd.invite', 'channel.cmd.link'].map((k) => ({
          title: t(k),
          value: t(`${k}.text`),
        })),
        footer: t('help.footer'),
        buttons: [button(t('help.button.status'), 'status.show'), button(t('help.button.invite'), 'invite.create')],
      }),
    ),
    sample(
      'join',
      joinCard({
        headline: null,
        title: t('join.title'),
        text: t('join.text'),
        codeLabel: t('join.codeLabel'),
        codePlaceholder: t('join.codePlaceholder'),
        codeError: t('join.codeError'),
        join: submitButton(t('join.button'), 'onboarding.join'),
        buttons: [button(t('help.button.language'), 'settings.language', { locale: da ? 'en' : 'da' })],
      }),
    ),
    sample(
      'invite-created',
      inviteCard({
        title: t('onboarding.inviteTitle', { team: 'Team Hvidovre' }),
        code: 'K7QM2P',
        facts: [
          { title: t('onboarding.fact.role'), value: t('role.member') },
          { title: t('onboarding.fact.team'), value: 'Team Hvidovre (Ortopædkirurgisk afdeling)' },
          { title: t('onboarding.fact.validUntil'), value: da ? '09.12.2026' : '2026-12-09' },
        ],
        text: t('onboarding.inviteText', { code: 'K7QM2P' }),
        buttons: [button(t('onboarding.button.anotherInvite'), 'invite.create', { teamId: ID.team, role: 'member' })],
      }),
    ),
    sample(
      'choice/buttons',
      choiceCard({
        title: t('measurement.ambiguousTitle'),
        text: t('measurement.ambiguousText', { query: 'mob' }),
        buttons: [
          button('MOB1 – Mobilisering inden for 24 timer', 'measurement.choose', {
            token: 'tok-1',
            measureId: 'm-mob1',
          }),
          button('MOBD – Mobilitet ved udskrivelse', 'measurement.choose', { token: 'tok-1', measureId: 'm-mobd' }),
          button(t('measurement.button.cancel'), 'measurement.keep', { token: 'tok-1' }),
        ],
      }),
    ),
    sample(
      'choice/select',
      choiceCard({
        title: t('team.pickTitle'),
        text: t('team.pickText'),
        select: {
          id: 'teamId',
          label: t('team.pickLabel'),
          error: t('common.chooseOne'),
          choices: ['Hvidovre', 'Odense', 'Aalborg', 'Aarhus', 'Holbæk', 'Kolding', 'Viborg'].map((n, i) => ({
            title: `Team ${n}`,
            value: `t-${i}`,
          })),
          submit: submitButton(t('team.pickSubmit'), 'team.pick', { resumeText: 'status' }),
        },
      }),
    ),
    sample('measurement-form/picker', measurementForm(t, true)),
    sample('measurement-form/fraction', measurementForm(t, false)),
    sample(
      'measurement-stored',
      measurementStoredCard({
        title: t('measurement.storedTitle', { measure: 'OP24', period: da ? 'uge 47' : 'week 47' }),
        facts: [
          { title: t('measurement.fact.team'), value: 'Team Hvidovre' },
          { title: t('measurement.fact.measure'), value: 'Operation inden for 24 timer (OP24)' },
          { title: t('measurement.fact.period'), value: da ? 'uge 47' : 'week 47' },
          { title: t('measurement.fact.value'), value: da ? '18/22 (81,8 %)' : '18/22 (81.8%)' },
          { title: t('measurement.fact.median'), value: da ? '76,5 %' : '76.5%' },
          { title: t('measurement.fact.goal'), value: '90 %' },
          { title: t('measurement.fact.note'), value: da ? 'Ny vagtplan i weekenden' : 'New weekend rota' },
        ],
        signalTitle: t('measurement.signalNew'),
        signalText: da
          ? 'Skift: 8 punkter i træk over medianen siden uge 40.'
          : 'Shift: 8 points in a row above the median since week 40.',
        signalIsNew: true,
        undoHint: t('measurement.undoHint', { minutes: 10 }),
        buttons: [
          button(t('measurement.button.undo'), 'measurement.undo', { token: 'undo-1' }, 'destructive'),
          button(t('measurement.button.chart'), 'chart.show', { measureId: ID.op24, teamId: ID.team }),
          button(t('measurement.button.another'), 'measurement.form', { teamId: ID.team }),
        ],
      }),
    ),
    sample(
      'measurement-confirm-replace',
      confirmReplaceCard({
        title: t('measurement.replaceTitle', { measure: 'OP24', period: da ? 'uge 47' : 'week 47' }),
        text: t('measurement.replaceText'),
        facts: [
          { title: t('measurement.fact.existing'), value: da ? '17/22 (77,3 %)' : '17/22 (77.3%)' },
          { title: t('measurement.fact.new'), value: da ? '18/22 (81,8 %)' : '18/22 (81.8%)' },
        ],
        buttons: [
          button(t('measurement.button.replace'), 'measurement.replace', { token: 'tok-2' }, 'destructive'),
          button(t('measurement.button.keep'), 'measurement.keep', { token: 'tok-2' }),
        ],
      }),
    ),
    sample(
      'run-chart',
      runChartCard({
        title: 'Operation inden for 24 timer (OP24)',
        subtitle: `Team Hvidovre · ${t('chart.type.run')}`,
        imageUrl:
          'https://forbedringsbot.example.dk/charts/eyJjIjoicnVuIiwibSI6Im0tb3AyNCIsInQiOiJ0LWh2aWRvdnJlIiwieiI6ImZ1bGwifQ.png?e=1796000000&s=Qm9ndXNTaWduYXR1cmVGb3JTYW1wbGVzT25seTEyMzQ1Ng',
        altText: t('chart.alt', {
          chart: t('chart.type.run'),
          measure: 'Operation inden for 24 timer',
          team: 'Team Hvidovre',
          summary: da
            ? 'Skift: 9 punkter i træk over medianen siden uge 38.'
            : 'Shift: 9 points in a row above the median since week 38.',
        }),
        facts: [
          { title: t('chart.fact.latest'), value: da ? '18/22 (81,8 %) – uge 47' : '18/22 (81.8%) – week 47' },
          { title: t('chart.fact.median'), value: da ? '76,5 %' : '76.5%' },
          { title: t('chart.fact.goal'), value: `90 % (${t('chart.direction.higher')})` },
          { title: t('chart.fact.points'), value: '104' },
        ],
        signalTitle: t('chart.signal.yes'),
        signalText: da
          ? 'Skift: 9 punkter i træk over medianen siden uge 38.'
          : 'Shift: 9 points in a row above the median since week 38.',
        signalColor: 'Attention',
        annotationsTitle: t('chart.annotations'),
        annotations: [
          {
            title: 'PDSA 1',
            value: t('chart.annotation', {
              title: da ? 'Tjekliste i skadestuen' : 'Checklist in the ED',
              phase: t('pdsa.phase.done'),
              since: da ? 'uge 30' : 'week 30',
            }),
          },
          {
            title: 'PDSA 2',
            value: t('chart.annotation', {
              title: da ? 'Fastende før operation' : 'Fasting before surgery',
              phase: t('pdsa.phase.study'),
              since: da ? 'uge 38' : 'week 38',
            }),
          },
        ],
        buttons: [
          button(t('chart.button.log'), 'measurement.form', { teamId: ID.team, measureId: ID.op24 }, 'positive'),
          button(t('chart.button.switch', { chart: t('chart.type.p') }), 'chart.show', {
            teamId: ID.team,
            measureId: ID.op24,
            chart: 'p',
          }),
          button(t('chart.button.pdsa'), 'pdsa.new', { teamId: ID.team }),
        ],
      }),
    ),
    sample(
      'team-status',
      teamStatusCard({
        title: t('status.title', { team: 'Team Hvidovre' }),
        subtitle: t('status.subtitle', { date: da ? '25.11.2026' : '2026-11-25', count: 6 }),
        measures: ['OP24', 'VENT', 'MOB1', 'MOBD', 'FALD', 'TILF'].map((code, i) => ({
          title: `${da ? 'Mål' : 'Measure'} ${i + 1} (${code})`,
          facts: [
            { title: t('status.latest'), value: da ? '18/22 (81,8 %) – uge 47' : '18/22 (81.8%) – week 47' },
            { title: t('status.goal'), value: t(i % 2 ? 'status.goalMet' : 'status.goalNotMet', { goal: '90 %' }) },
            { title: t('status.median'), value: da ? '76,5 %' : '76.5%' },
            {
              title: t('status.signal'),
              value: da
                ? 'Ingen tegn på ikke-tilfældig variation (24 punkter).'
                : 'No sign of non-random variation (24 points).',
            },
            {
              title: t('status.missing'),
              value: t('status.missingMore', {
                periods: da ? 'uge 42, uge 44, uge 45, uge 46' : 'week 42, week 44, week 45, week 46',
                count: 6,
              }),
            },
          ],
          color: i % 2 ? ('Good' as const) : ('Attention' as const),
          chart: button(t('measurement.button.chart'), 'chart.show', { teamId: ID.team, measureId: `m-${i}` }),
        })),
        pdsaTitle: t('status.pdsaTitle'),
        pdsa: [
          {
            title: da ? 'Smertescore ved indlæggelse' : 'Pain score on admission',
            value: t('pdsa.status.overdue', { phase: t('pdsa.phase.do'), date: '20.11.2026' }),
          },
          {
            title: da ? 'Fastende før operation' : 'Fasting before surgery',
            value: t('pdsa.status.due', { phase: t('pdsa.phase.study'), date: '04.12.2026' }),
          },
        ],
        pdsaEmpty: t('status.pdsaEmpty'),
        actionPlanTitle: t('actionPlan.status.title'),
        actionPlan: [
          { title: t('actionPlan.fact.steps'), value: t('actionPlan.status.line', { open: 3, overdue: 1 }) },
          {
            title: da ? 'Handleplan efter casemødet' : 'Action plan after the case meeting',
            value: t('actionPlan.status.overdueStep', {
              what: da ? 'Ny vagtplan' : 'New rota',
              owner: 'Lars Overlæge',
              date: '01.12.2026',
            }),
          },
        ],
        buttons: [
          button(t('help.button.measure'), 'measurement.form', { teamId: ID.team }, 'positive'),
          button(t('help.button.pdsa'), 'pdsa.list', { teamId: ID.team }),
        ],
      }),
    ),
  ];
}

function measurementForm(t: Translator, picker: boolean): CardModel {
  return measurementFormCard({
    title: picker
      ? t('measurement.form.title')
      : t('measurement.form.titleFor', { measure: 'Operation inden for 24 timer' }),
    text: t('measurement.form.text', { team: 'Team Hvidovre' }),
    picker: picker
      ? {
          label: t('measurement.form.measure'),
          choices: [
            ['m-op24', 'OP24 – Operation inden for 24 timer'],
            ['m-vent', 'VENT – Ventetid på operation'],
            ['m-nrs', 'NRS – Smertescore efter operation'],
          ].map(([value, title]) => ({ title: title!, value: value! })),
          value: 'm-op24',
          error: t('measurement.form.measureError'),
        }
      : null,
    period: {
      label: t('measurement.form.period'),
      value: picker ? '' : 'uge 48',
      placeholder: t('measurement.form.periodPlaceholder'),
      error: t('measurement.form.periodError'),
    },
    single: picker
      ? {
          label: t('measurement.form.value'),
          placeholder: t('measurement.form.valuePlaceholder'),
          error: t('measurement.form.valueError'),
        }
      : null,
    fraction: picker
      ? null
      : {
          numeratorLabel: t('measurement.form.numerator'),
          denominatorLabel: t('measurement.form.denominator'),
          error: t('measurement.form.fractionError'),
        },
    note: { label: t('measurement.form.note'), placeholder: t('measurement.form.notePlaceholder') },
    submit: submitButton(t('measurement.form.submit'), 'measurement.submit', {
      teamId: ID.team,
      nonce: 'n-1',
      ...(picker ? {} : { measureId: ID.op24 }),
    }),
    buttons: [button(t('help.button.chart'), 'chart.pick', { teamId: ID.team })],
  });
}

/** The proposal of a new period after a PDSA change, as a measurement turn sends it (run-chart template). */
function baselineProposalSample(t: Translator, locale: Locale): CardModel {
  const team = { id: ID.team, name: 'Team Hvidovre' } as Parameters<typeof baselineProposalCard>[0]['team'];
  const measure = {
    id: ID.op24,
    code: 'OP24',
    name: 'Operation inden for 24 timer',
  } as Parameters<typeof baselineProposalCard>[0]['measure'];
  const cycle = { title: 'Fast track til operation' } as Parameters<typeof shiftReason>[1]['cycle'];
  const reason = shiftReason(
    t,
    { periodKey: '2026-W29', since: 'uge 29', length: 8, direction: 'below', cycle, startedKey: '2026-W28' },
    locale,
  );
  return baselineProposalCard({
    t,
    locale,
    charts: { url: () => 'https://forbedringsbot.example.dk/charts/eyJjIjoicnVuIn0.png?e=1796000000&s=QmFzZWxpbmU' },
    team,
    measure,
    periodKey: '2026-W29',
    reason,
  }).card;
}

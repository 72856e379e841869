import type { Locale } from '../../../src/domain';
import { createTranslator, type Translator } from '../../../src/i18n/translator';
import { button, submitButton } from '../../../src/cards/button';
import type { CardModel } from '../../../src/cards/card-model';
import {
  MAX_FIELD_CHARS,
  pdsaCycleCard,
  pdsaDueFormCard,
  pdsaListCard,
  pdsaPlanFormCard,
} from '../../../src/cards/builders/pdsa-cards';
import { pdsaSponsorFormCard } from '../../../src/cards/builders/pdsa-sponsor-cards';
import type { CardSample } from '../card-samples';
import type { TemplateName } from '../../../src/domain';
import { SAMPLE_IDS as ID } from './conversation-samples';

const long = (s: string) => s.repeat(Math.ceil(MAX_FIELD_CHARS / s.length) + 5);

/** Samples of the PDSA cards: the list, the Plan form (empty and after a refusal), and cycles in several phases. */
export function pdsaSamples(locale: Locale): CardSample[] {
  const t = createTranslator(locale);
  const da = locale === 'da';
  const sample = (name: string, model: CardModel): CardSample => ({
    name,
    template: model.template as TemplateName,
    model,
  });
  return [
    sample(
      'pdsa-list',
      pdsaListCard({
        title: t('pdsa.list.title', { team: 'Team Hvidovre' }),
        text: t('pdsa.list.text', { active: 3, total: 4 }),
        items: [
          [
            da ? 'Smertescore ved indlæggelse' : 'Pain score on admission',
            'do',
            t('pdsa.list.overdue', { date: '20.11.2026' }),
            'Attention',
          ],
          [
            da ? 'Fastende før operation' : 'Fasting before surgery',
            'study',
            t('pdsa.list.due', { date: '04.12.2026' }),
            'Default',
          ],
          [da ? 'Tidlig mobilisering' : 'Early mobilisation', 'plan', t('pdsa.list.noDue'), 'Default'],
          [
            da ? 'Tjekliste i skadestuen' : 'Checklist in the ED',
            'done',
            t('pdsa.list.finishedOn', { date: '13.11.2026' }),
            'Default',
          ],
        ].map(([title, phase, dueText, dueColor], i) => ({
          title: title!,
          phaseText: `${t('pdsa.list.phase')}: ${t(`pdsa.phase.${phase}`)}`,
          dueText: dueText!,
          dueColor: dueColor as 'Attention' | 'Default',
          open: button(t('pdsa.button.open'), 'pdsa.open', { cycleId: `c-${i}` }),
        })),
        buttons: [button(t('pdsa.button.new'), 'pdsa.new', { teamId: ID.team }, 'positive')],
      }),
    ),
    sample('pdsa-plan-form', pdsaPlanForm(t, null)),
    sample('pdsa-plan-form/error', pdsaPlanForm(t, t('pdsa.plan.missing'))),
    sample('pdsa-cycle/do', pdsaCycle(t, 'do', false)),
    sample('pdsa-cycle/act', pdsaCycle(t, 'act', false)),
    sample('pdsa-cycle/done-longest', pdsaCycle(t, 'done', true)),
    sample('pdsa-due-form', pdsaDueForm(t, null)),
    sample('pdsa-due-form/error', pdsaDueForm(t, t('pdsa.due.past'))),
    sample('pdsa-sponsor-form', pdsaSponsorForm(t, null, 'Tid i lægernes morgenmøde')),
    sample(
      'pdsa-sponsor-form/too-long',
      pdsaSponsorForm(t, t('pdsa.sponsor.tooLong', { max: 1000, length: 1200 }), 'x'.repeat(1200)),
    ),
  ];
}

function pdsaPlanForm(t: Translator, headline: string | null): CardModel {
  const ids = [
    'title',
    'changeIdea',
    'objective',
    'questions',
    'prediction',
    'who',
    'what',
    'when',
    'where',
    'dataToCollect',
  ];
  return pdsaPlanFormCard({
    headline,
    title: t('pdsa.plan.title'),
    text: t('pdsa.plan.text', { team: 'Team Hvidovre' }),
    fields: ids.map((id) => ({
      id,
      label: t(`pdsa.field.${id}`),
      value: id === 'title' ? 'Smertescore ved indlæggelse' : '',
      multiline: id !== 'title',
      placeholder: t(`pdsa.placeholder.${id}`),
      ...(id === 'title' || id === 'objective' ? { required: true, error: t('pdsa.field.requiredError') } : {}),
    })),
    measures: {
      label: t('pdsa.field.measureIds'),
      choices: [
        { title: 'OP24 – Operation inden for 24 timer', value: ID.op24 },
        { title: 'VENT – Ventetid på operation', value: ID.vent },
      ],
      value: ID.vent,
    },
    dueTitle: t('pdsa.plan.dueTitle'),
    dates: ['duePlan', 'dueDo', 'dueStudy', 'dueAct'].map((id, i) => ({
      id,
      label: t(`pdsa.field.${id}`),
      value: i === 1 ? '2026-12-04' : '',
    })),
    submit: submitButton(t('pdsa.button.create'), 'pdsa.create', { teamId: ID.team, nonce: 'n-2' }),
    buttons: [
      { ...button(t('pdsa.button.saveDraft'), 'pdsa.saveDraft', { teamId: ID.team }), inputs: 'auto' },
      button(t('pdsa.button.list'), 'pdsa.list', { teamId: ID.team }),
    ],
  });
}

function pdsaDueForm(t: Translator, headline: string | null): CardModel {
  const phase = t('pdsa.phase.do');
  return pdsaDueFormCard({
    headline,
    title: t('pdsa.due.title', { phase, title: 'Smertescore ved indlæggelse' }),
    text: t('pdsa.due.text', { phase }),
    label: t('pdsa.due.label'),
    value: '2026-12-04',
    min: '2026-11-23',
    submit: submitButton(t('pdsa.button.saveDue'), 'pdsa.setDue', { cycleId: ID.cycle, phase: 'do' }),
    buttons: [button(t('pdsa.button.back'), 'pdsa.open', { cycleId: ID.cycle })],
  });
}

function pdsaSponsorForm(t: Translator, headline: string | null, value: string): CardModel {
  return pdsaSponsorFormCard({
    headline,
    title: t('pdsa.sponsor.form.title', { title: 'Smertescore ved indlæggelse' }),
    text: t('pdsa.sponsor.form.text'),
    label: t('pdsa.sponsor.form.label'),
    value,
    placeholder: t('pdsa.sponsor.form.placeholder'),
    submit: submitButton(t('pdsa.sponsor.button.save'), 'pdsa.sponsorSave', { cycleId: ID.cycle }),
    buttons: [button(t('pdsa.button.back'), 'pdsa.open', { cycleId: ID.cycle })],
  });
}

/** A cycle card; `longest` fills every field to the display limit (the size budget's worst case). */
function pdsaCycle(t: Translator, phase: 'do' | 'act' | 'done', longest: boolean): CardModel {
  const text = (s: string) => (longest ? long(`${s} `) : s);
  const f = (key: string, value: string) => ({
    title: t(`pdsa.field.${key}`),
    value: longest ? long(`${value} `).slice(0, MAX_FIELD_CHARS) : value,
  });
  const plan = {
    heading: t('pdsa.phase.plan'),
    facts: [
      f('changeIdea', 'Smertescore ved ankomst'),
      f('objective', 'Alle patienter får målt smerte inden 30 min.'),
      f('questions', 'Kan triagesygeplejersken nå det?'),
      f('prediction', '80 % får målt smerte'),
      f('who', 'Triagesygeplejerske'),
      f('what', 'NRS ved ankomst'),
      f('when', 'Uge 47'),
      f('where', 'Skadestuen'),
      f('dataToCollect', 'Andel med NRS < 30 min'),
      f('measureIds', 'OP24, NRS'),
    ],
  };
  const done = {
    heading: t('pdsa.phase.do'),
    facts: [
      f('startedOn', '16.11.2026'),
      f('finishedOn', '22.11.2026'),
      f('whatHappened', 'Gennemført på dagvagter'),
      f('problems', 'Travlt om natten'),
    ],
  };
  const study = {
    heading: t('pdsa.phase.study'),
    facts: [
      f('results', '17 af 20 fik målt smerte'),
      f('comparedToPrediction', 'Lidt bedre end forudsagt'),
      f('learning', 'Natten kræver en anden løsning'),
    ],
  };
  const act = {
    heading: t('pdsa.phase.act'),
    facts: [f('decision', t('pdsa.decision.adapt')), f('nextStep', 'Afprøv på nattevagter')],
  };
  const sections = phase === 'do' ? [plan] : phase === 'act' ? [plan, done, study] : [plan, done, study, act];
  const field = (id: string) => ({
    id,
    label: t(`pdsa.field.${id}`),
    value: '',
    multiline: true,
    placeholder: t(`pdsa.placeholder.${id}`),
  });
  const form =
    phase === 'do'
      ? {
          phase,
          heading: t('pdsa.form.do'),
          dates: ['startedOn', 'finishedOn'].map((id) => ({ id, label: t(`pdsa.field.${id}`), value: '' })),
          fields: [field('whatHappened'), field('problems')],
          decision: null,
        }
      : phase === 'act'
        ? {
            phase,
            heading: t('pdsa.form.act'),
            dates: [],
            fields: [field('nextStep')],
            decision: {
              label: t('pdsa.field.decision'),
              choices: ['adopt', 'adapt', 'abandon'].map((d) => ({ title: t(`pdsa.decision.${d}`), value: d })),
              error: t('pdsa.form.decisionError'),
            },
          }
        : null;
  const buttons =
    phase === 'done'
      ? [button(t('pdsa.button.nextCycle'), 'pdsa.new', { teamId: ID.team, previousCycleId: ID.cycle }, 'positive')]
      : [
          submitButton(t(`pdsa.button.advance.${phase}`), 'pdsa.advance', {
            cycleId: ID.cycle,
            from: phase,
            nonce: 'n-3',
          }),
          button(t('pdsa.button.changeDue'), 'pdsa.editDue', { cycleId: ID.cycle }),
        ];
  return pdsaCycleCard({
    headline: phase === 'done' ? t('pdsa.advanced.done') : null,
    title: t('pdsa.cycle.title', { title: text('Smertescore ved indlæggelse').slice(0, 200) }),
    status: `Team Hvidovre · ${t('pdsa.status.due', { phase: t(`pdsa.phase.${phase}`), date: '04.12.2026' })}`,
    sections,
    form,
    buttons: [...buttons, button(t('pdsa.button.list'), 'pdsa.list', { teamId: ID.team })],
  });
}

import type { Locale, TemplateName } from '../../../src/domain';
import { createTranslator } from '../../../src/i18n/translator';
import { button, submitButton } from '../../../src/cards/button';
import type { CardModel } from '../../../src/cards/card-model';
import { actionPlanFormCard, actionPlanListCard, actionStepCard } from '../../../src/cards/builders/action-plan-cards';
import { progressCard } from '../../../src/cards/builders/progress-card';
import { reminderCard } from '../../../src/cards/builders/reminder-cards';
import type { CardSample } from '../card-samples';
import { SAMPLE_IDS as ID } from './conversation-samples';

/** Samples of the action-plan cards: the form (fresh and after a refusal), the team's list, and one step. */
export function actionPlanSamples(locale: Locale): CardSample[] {
  const t = createTranslator(locale);
  const da = locale === 'da';
  const sample = (name: string, model: CardModel): CardSample => ({
    name,
    template: model.template as TemplateName,
    model,
  });
  const people = [
    { title: 'Anna Sygeplejerske', value: 'p-anna' },
    { title: 'Lars Overlæge', value: 'p-lars' },
  ];
  const form = (problems: string[]) =>
    actionPlanFormCard({
      problems,
      title: t('actionPlan.form.title'),
      text: t('actionPlan.form.text', { team: 'Team Hvidovre' }),
      fields: ['title', 'whatToChange', 'successCriterion', 'when', 'testMethod', 'reportBack'].map((id) => ({
        id,
        label: t(`actionPlan.field.${id}`),
        value: id === 'title' ? (da ? 'Handleplan efter casemødet' : 'Action plan after the case meeting') : '',
        multiline: id !== 'title' && id !== 'when',
        placeholder: t(`actionPlan.placeholder.${id}`),
      })),
      planDate: { id: 'planDate', label: t('actionPlan.field.planDate'), value: '2026-03-24' },
      stepsTitle: t('actionPlan.form.stepsTitle'),
      steps: [1, 2, 3]
        .map((n) => ({ n, r: 'ABC'[n - 1]! }))
        .map(({ n, r }) => ({
          heading: t('actionPlan.form.step', { n }),
          what: {
            id: `step${r}What`,
            label: t('actionPlan.field.stepWhat'),
            value: '',
            multiline: false,
            placeholder: t('actionPlan.placeholder.stepWhat'),
          },
          owner: {
            id: `step${r}Owner`,
            label: t('actionPlan.field.stepOwner'),
            value: '',
            placeholder: t('actionPlan.form.ownerPlaceholder'),
            choices: people,
          },
          due: { id: `step${r}Due`, label: t('actionPlan.field.stepDue'), value: '' },
        })),
      submit: submitButton(t('actionPlan.button.create'), 'actionplan.create', { teamId: ID.team, nonce: 'n-1' }),
      buttons: [button(t('actionPlan.button.list'), 'actionplan.list', { teamId: ID.team })],
    });
  return [
    sample(
      'reminder-progress',
      reminderCard({
        template: 'reminder-progress',
        title: t('reminder.progress.title', { team: 'Team Hvidovre' }),
        text: t('reminder.progress.text', { month: da ? 'nov. 2026' : 'Nov 2026' }),
        facts: [],
        buttons: [button(t('reminder.progress.button'), 'progress.show', { teamId: ID.team }, 'positive')],
      }),
    ),
    sample(
      'progress',
      progressCard({
        headline: t('progress.saved', { score: da ? '3,5' : '3.5', month: da ? 'nov. 2026' : 'Nov 2026' }),
        title: t('progress.title'),
        text: t('progress.text'),
        teams: [
          {
            title: 'Team Hvidovre',
            value: t('progress.teamLine', {
              score: da ? '3,5' : '3.5',
              trend: '↑',
              month: da ? 'nov. 2026' : 'Nov 2026',
              reason: da ? 'Færre ventetimer' : 'Shorter waits',
            }),
          },
          { title: 'Team Odense', value: t('progress.none') },
        ],
        form: {
          heading: t('progress.form.heading', { team: 'Team Hvidovre', month: da ? 'nov. 2026' : 'Nov 2026' }),
          scoreLabel: t('progress.field.score'),
          scores: [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5].map((v) => ({
            title: t(`progress.scale.${v}`),
            value: String(v),
          })),
          score: '3.5',
          reasonLabel: t('progress.field.reason'),
          reason: da ? 'Færre ventetimer' : 'Shorter waits',
          placeholder: t('progress.placeholder.reason'),
          scoreError: t('progress.problem.score'),
          reasonError: t('progress.problem.reason'),
        },
        buttons: [
          submitButton(t('progress.button.save'), 'progress.save', { teamId: ID.team, month: '2026-11', nonce: 'n-4' }),
        ],
      }),
    ),
    sample('action-plan-form', form([])),
    sample(
      'action-plan-form/refused',
      form([
        t('actionPlan.problems'),
        t('actionPlan.problem.required', { field: da ? 'Hvad vil vi ændre?' : 'What will we change?' }),
      ]),
    ),
    sample(
      'action-plan-list',
      actionPlanListCard({
        title: t('actionPlan.list.title', { team: 'Team Hvidovre' }),
        text: t('actionPlan.list.text', { open: 2, overdue: 1, done: 1 }),
        plans: [
          {
            title: da ? 'Handleplan efter casemødet' : 'Action plan after the case meeting',
            facts: [
              {
                title: t('actionPlan.fact.whatToChange'),
                value: da ? 'Operation inden for 24 timer' : 'Surgery within 24 hours',
              },
              { title: t('actionPlan.fact.planDate'), value: '24.03.2026' },
            ],
            steps: [
              {
                text: t('actionPlan.step.line', { what: da ? 'Ny vagtplan' : 'New rota', owner: 'Lars Overlæge' }),
                status: t('actionPlan.step.overdue', { date: '01.04.2026' }),
                color: 'Attention' as const,
                open: button(t('actionPlan.button.open'), 'actionplan.step', { stepId: 's-1' }),
              },
              {
                text: t('actionPlan.step.line', { what: da ? 'Tjekliste' : 'Checklist', owner: 'Anna Sygeplejerske' }),
                status: t('actionPlan.step.open', { date: '15.04.2026' }),
                color: 'Default' as const,
                open: button(t('actionPlan.button.open'), 'actionplan.step', { stepId: 's-2' }),
              },
            ],
          },
        ],
        buttons: [button(t('actionPlan.button.new'), 'actionplan.new', { teamId: ID.team }, 'positive')],
      }),
    ),
    sample(
      'action-step',
      actionStepCard({
        headline: t('actionPlan.step.saved'),
        title: t('actionPlan.step.title', { what: da ? 'Ny vagtplan' : 'New rota' }),
        facts: [
          { title: t('actionPlan.step.owner'), value: 'Lars Overlæge' },
          { title: t('actionPlan.step.status'), value: t('actionPlan.step.open', { date: '15.04.2026' }) },
          {
            title: t('actionPlan.step.sponsorHelp'),
            value: da ? 'Godkendelse af ekstra vagt' : 'Approval of an extra shift',
          },
        ],
        commentsTitle: t('actionPlan.step.comments'),
        comments: [
          t('actionPlan.step.comment', {
            date: '02.04.2026',
            who: 'Lars Overlæge',
            text: da ? 'Venter på HR' : 'Waiting for HR',
          }),
        ],
        form: {
          due: { id: 'stepDue', label: t('actionPlan.step.field.due'), value: '2026-04-15' },
          comment: {
            id: 'stepComment',
            label: t('actionPlan.step.field.comment'),
            value: '',
            multiline: true,
            placeholder: '',
          },
          sponsorHelp: {
            id: 'stepSponsorHelp',
            label: t('actionPlan.step.field.sponsorHelp'),
            value: '',
            multiline: true,
            placeholder: t('actionPlan.step.placeholder.sponsorHelp'),
          },
        },
        buttons: [
          submitButton(t('actionPlan.button.save'), 'actionplan.saveStep', { stepId: 's-1', nonce: 'n-2' }),
          button(
            t('actionPlan.button.done'),
            'actionplan.markStep',
            { stepId: 's-1', status: 'done', nonce: 'n-3' },
            'positive',
          ),
          button(t('actionPlan.button.list'), 'actionplan.list', { teamId: ID.team }),
        ],
      }),
    ),
  ];
}

import type { Button, Choice, Fact } from '../button';
import type { CardModel } from '../card-model';
import type { DateField, FormField } from './pdsa-cards';

/** One step row of the action-plan form: what, the owner (a team member) and the deadline. */
export interface ActionPlanFormStep {
  heading: string;
  what: FormField;
  owner: { id: string; label: string; value: string; placeholder: string; choices: Choice[] };
  due: DateField;
}

/** The playbook's action-plan form (handleplan), possibly refilled after a refusal. */
export interface ActionPlanFormView {
  /** The refusal's lines, one per field; empty on a fresh form. */
  problems: string[];
  title: string;
  text: string;
  fields: FormField[];
  planDate: DateField;
  stepsTitle: string;
  steps: ActionPlanFormStep[];
  submit: Button;
  buttons: Button[];
}

/** Builds the `action-plan-form` card. */
export function actionPlanFormCard(view: ActionPlanFormView): CardModel {
  return {
    template: 'action-plan-form',
    summary: [...view.problems, view.title, view.text].join(' '),
    data: {
      ...view,
      hasProblems: view.problems.length > 0,
      problems: view.problems.map((text) => ({ text })),
      actions: [view.submit, ...view.buttons],
    },
  };
}

/** A step line of the action-plan list: text, status (red when overdue) and a button that opens its card. */
export interface ActionPlanListStep {
  text: string;
  status: string;
  color: 'Attention' | 'Good' | 'Default';
  open: Button;
}

/** The team's action plans with their steps. */
export interface ActionPlanListView {
  title: string;
  text: string;
  plans: Array<{ title: string; facts: Fact[]; steps: ActionPlanListStep[] }>;
  buttons: Button[];
}

/** Builds the `action-plan-list` card. */
export function actionPlanListCard(view: ActionPlanListView): CardModel {
  return { template: 'action-plan-list', summary: `${view.title}. ${view.text}`, data: { ...view } };
}

/** One step of an action plan with its comments and, for those who may, the fields to move, comment or ask the sponsor. */
export interface ActionStepView {
  headline: string | null;
  title: string;
  facts: Fact[];
  commentsTitle: string;
  comments: string[];
  /** The step's small form; `sponsorHelp` only for those who may ask the sponsor (leads, tovholdere). */
  form: { comment: FormField; due: DateField; sponsorHelp: FormField | null } | null;
  buttons: Button[];
}

/** Builds the `action-step` card. */
export function actionStepCard(view: ActionStepView): CardModel {
  return {
    template: 'action-step',
    summary: [view.headline, view.title].filter(Boolean).join(' '),
    data: {
      ...view,
      hasHeadline: view.headline !== null,
      hasComments: view.comments.length > 0,
      comments: view.comments.map((text) => ({ text })),
      hasForm: view.form !== null,
      hasSponsorHelp: Boolean(view.form?.sponsorHelp),
      form: view.form ?? {},
    },
  };
}

import { localDate, periodLabel, type Measure, type PdsaCycle, type PdsaPhase, type Team } from '../../domain';
import { button, submitButton } from '../../cards/button';
import { clip, pdsaCycleCard, type PdsaPhaseForm, type PdsaSection } from '../../cards/builders/pdsa-cards';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import { checkTeamPermission } from '../permissions';
import type { Reply } from '../turn';

/** A calendar date as people read it (`02.12.2026` / `2026-12-02`). */
export const readableDate = (ctx: FlowContext, isoDate: string) => periodLabel(isoDate, ctx.locale);

/** The due date of the cycle's current phase, readable, and whether it has passed; null when there is none. */
export function dueOf(ctx: FlowContext, cycle: PdsaCycle): { date: string; overdue: boolean } | null {
  const due = cycle.phase === 'done' ? null : cycle.dueDates[cycle.phase];
  if (!due) return null;
  return { date: readableDate(ctx, due), overdue: due < localDate(ctx.clock.now(), ctx.person.timeZone) };
}

/** "Fase: Udfør · frist 02.12.2026 (overskredet)": the phase and the due date of its next step. */
export function phaseStatus(ctx: FlowContext, cycle: PdsaCycle): { text: string; overdue: boolean } {
  const { t } = ctx;
  const phase = t(`pdsa.phase.${cycle.phase}`);
  const due = dueOf(ctx, cycle);
  if (!due) return { text: t('pdsa.status.noDue', { phase }), overdue: false };
  return {
    text: t(due.overdue ? 'pdsa.status.overdue' : 'pdsa.status.due', { phase, date: due.date }),
    overdue: due.overdue,
  };
}

/** The view verb of a cycle card: in Teams group chats and channels each viewer sees what they may do. */
export const PDSA_CYCLE_VIEW = 'pdsa.cycle';

/**
 * The card of one cycle: every phase written so far, then the form for the current phase when the person may
 * write. Someone outside the team (`canRead` false: a view for a viewer in a shared chat) gets no buttons.
 */
export function cycleCard(
  ctx: FlowContext,
  cycle: PdsaCycle,
  team: Team,
  measures: Measure[],
  canWrite: boolean,
  headline: string | null = null,
  canRead = true,
): Reply {
  const { t } = ctx;
  const fact = (key: string, value: string | null | undefined) =>
    value ? [{ title: t(key), value: clip(value) }] : [];
  const linked = measures
    .filter((m) => cycle.measureIds.includes(m.id))
    .map((m) => m.code)
    .join(', ');
  const sections: PdsaSection[] = [
    {
      heading: t('pdsa.phase.plan'),
      facts: [
        ...fact('pdsa.field.changeIdea', cycle.changeIdea),
        ...(['objective', 'questions', 'prediction', 'who', 'what', 'when', 'where', 'dataToCollect'] as const).flatMap(
          (k) => fact(`pdsa.field.${k}`, cycle.plan[k]),
        ),
        ...fact('pdsa.field.measureIds', linked),
      ],
    },
  ];
  if (cycle.do) {
    const d = cycle.do;
    sections.push({
      heading: t('pdsa.phase.do'),
      facts: [
        ...fact('pdsa.field.startedOn', d.startedOn && readableDate(ctx, d.startedOn)),
        ...fact('pdsa.field.finishedOn', d.finishedOn && readableDate(ctx, d.finishedOn)),
        ...fact('pdsa.field.whatHappened', d.whatHappened),
        ...fact('pdsa.field.problems', d.problems),
      ],
    });
  }
  if (cycle.study) {
    const s = cycle.study;
    sections.push({
      heading: t('pdsa.phase.study'),
      facts: [
        ...fact('pdsa.field.results', s.results),
        ...fact('pdsa.field.comparedToPrediction', s.comparedToPrediction),
        ...fact('pdsa.field.learning', s.learning),
      ],
    });
  }
  if (cycle.act) {
    sections.push({
      heading: t('pdsa.phase.act'),
      facts: [
        ...fact('pdsa.field.decision', t(`pdsa.decision.${cycle.act.decision}`)),
        ...fact('pdsa.field.nextStep', cycle.act.nextStep),
      ],
    });
  }
  if (cycle.sponsorHelp) {
    const since = cycle.sponsorHelpAt ? localDate(cycle.sponsorHelpAt, ctx.person.timeZone) : null;
    sections.push({
      heading: t('pdsa.sponsor.heading'),
      facts: [
        {
          title: since ? t('pdsa.sponsor.since', { date: readableDate(ctx, since) }) : '',
          value: clip(cycle.sponsorHelp),
        },
      ],
    });
  }
  const form = canWrite ? phaseForm(ctx, cycle.phase) : null;
  const buttons = [];
  if (canWrite && cycle.phase !== 'done') {
    const title = t(`pdsa.button.advance.${cycle.phase}`);
    const data = { cycleId: cycle.id, from: cycle.phase, nonce: newNonce() };
    buttons.push(
      cycle.phase === 'plan'
        ? { ...button(title, 'pdsa.advance', data, 'positive') }
        : submitButton(title, 'pdsa.advance', data),
    );
  }
  if (canWrite && cycle.phase !== 'done')
    buttons.push(button(t('pdsa.button.changeDue'), 'pdsa.editDue', { cycleId: cycle.id }));
  if (canWrite && cycle.phase === 'done') {
    buttons.push(
      button(t('pdsa.button.nextCycle'), 'pdsa.new', { teamId: team.id, previousCycleId: cycle.id }, 'positive'),
    );
  }
  // The team's lead or a tovholder asks the sponsor for help (a running cycle) and marks it solved.
  if (checkTeamPermission(ctx.memberships, 'pdsa.sponsor', team).allowed) {
    if (cycle.phase !== 'done') {
      const title = t(cycle.sponsorHelp ? 'pdsa.sponsor.button.edit' : 'pdsa.sponsor.button.ask');
      buttons.push(button(title, 'pdsa.sponsorForm', { cycleId: cycle.id }));
    }
    if (cycle.sponsorHelp)
      buttons.push(button(t('pdsa.sponsor.button.solved'), 'pdsa.sponsorClear', { cycleId: cycle.id }));
  }
  if (canRead) buttons.push(button(t('pdsa.button.list'), 'pdsa.list', { teamId: team.id }));
  const status = phaseStatus(ctx, cycle).text;
  const card = pdsaCycleCard({
    headline,
    title: t('pdsa.cycle.title', { title: cycle.title }),
    status: `${team.name} · ${status}`,
    sections,
    form,
    buttons,
  });
  return { card: { ...card, refresh: { verb: PDSA_CYCLE_VIEW, data: { cycleId: cycle.id }, teamId: team.id } } };
}

function phaseForm(ctx: FlowContext, phase: PdsaPhase): PdsaPhaseForm | null {
  const { t } = ctx;
  const field = (id: string) => ({
    id,
    label: t(`pdsa.field.${id}`),
    value: '',
    multiline: true,
    placeholder: t(`pdsa.placeholder.${id}`),
  });
  if (phase === 'do') {
    return {
      phase,
      heading: t('pdsa.form.do'),
      dates: ['startedOn', 'finishedOn'].map((id) => ({ id, label: t(`pdsa.field.${id}`), value: '' })),
      fields: [field('whatHappened'), field('problems')],
      decision: null,
    };
  }
  if (phase === 'study') {
    return {
      phase,
      heading: t('pdsa.form.study'),
      dates: [],
      fields: [field('results'), field('comparedToPrediction'), field('learning')],
      decision: null,
    };
  }
  if (phase === 'act') {
    return {
      phase,
      heading: t('pdsa.form.act'),
      dates: [],
      fields: [field('nextStep')],
      decision: {
        label: t('pdsa.field.decision'),
        choices: (['adopt', 'adapt', 'abandon'] as const).map((d) => ({ title: t(`pdsa.decision.${d}`), value: d })),
        error: t('pdsa.form.decisionError'),
      },
    };
  }
  return null;
}

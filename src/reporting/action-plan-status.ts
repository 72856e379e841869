import { actionStepProgress, periodLabel, type Locale, type Store } from '../domain';
import type { Translator } from '../i18n/translator';

/** One open step as reports show it: what, its owner's name and its deadline (`YYYY-MM-DD` or null). */
export interface ReportedStep {
  planTitle: string;
  what: string;
  owner: string | null;
  due: string | null;
  /** What the team asks of its sponsor on this step, or null. */
  sponsorHelp: string | null;
}

/** Where a team's action plans stand (for status, the sponsor summary and storyboards). */
export interface TeamActionPlanStatus {
  plans: number;
  total: number;
  done: number;
  open: number;
  overdue: ReportedStep[];
  sponsorRequests: ReportedStep[];
}

/** Loads a team's action plans and counts open and overdue steps as of `today` (`YYYY-MM-DD`), owners by name. */
export async function teamActionPlanStatus(store: Store, teamId: string, today: string): Promise<TeamActionPlanStatus> {
  const plans = await store.actionPlans.listForTeam(teamId);
  const progress = actionStepProgress(plans, today);
  const names = new Map<string, string | null>();
  const report = async ({ plan, step }: (typeof progress.open)[number]): Promise<ReportedStep> => {
    if (step.ownerId && !names.has(step.ownerId))
      names.set(step.ownerId, (await store.persons.get(step.ownerId))?.displayName ?? null);
    const owner = step.ownerId ? (names.get(step.ownerId) ?? step.ownerName) : step.ownerName;
    return { planTitle: plan.title, what: step.what, owner, due: step.due, sponsorHelp: step.sponsorHelp };
  };
  const overdue: ReportedStep[] = [];
  for (const s of progress.overdue) overdue.push(await report(s));
  const sponsorRequests: ReportedStep[] = [];
  for (const s of progress.sponsorRequests) sponsorRequests.push(await report(s));
  return {
    plans: plans.length,
    total: progress.total,
    done: progress.done,
    open: progress.open.length,
    overdue,
    sponsorRequests,
  };
}

/** Fact rows for a card: the count line, then each overdue step ("Overskredet: Ny vagtplan (Lars, 01.12.2026)"). */
export function actionPlanFacts(
  status: TeamActionPlanStatus,
  t: Translator,
  locale: Locale,
): Array<{ title: string; value: string }> {
  if (status.plans === 0) return [];
  const rows = [
    {
      title: t('actionPlan.fact.steps'),
      value: t('actionPlan.status.line', { open: status.open, overdue: status.overdue.length }),
    },
  ];
  for (const s of status.overdue) {
    rows.push({
      title: s.planTitle,
      value: t('actionPlan.status.overdueStep', {
        what: s.what,
        owner: s.owner ?? t('actionPlan.step.noOwner'),
        date: s.due ? periodLabel(s.due, locale) : '',
      }),
    });
  }
  return rows;
}

/** The sponsor summary's sections: what the team asks of its sponsor, and its open and overdue steps. */
export function sponsorSections(status: TeamActionPlanStatus, t: Translator, locale: Locale) {
  const date = (d: string | null) => (d ? periodLabel(d, locale) : '');
  return {
    requestsTitle: t('summary.requestsTitle'),
    requests: status.sponsorRequests.map((s) => t('summary.request', { request: s.sponsorHelp ?? '', what: s.what })),
    actionPlanTitle: t('actionPlan.status.title'),
    actionPlan: status.plans
      ? [
          t('actionPlan.status.line', { open: status.open, overdue: status.overdue.length }),
          ...status.overdue.map((s) =>
            t('actionPlan.status.overdueStep', {
              what: s.what,
              owner: s.owner ?? t('actionPlan.step.noOwner'),
              date: date(s.due),
            }),
          ),
        ]
      : [],
  };
}

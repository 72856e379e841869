import { localDate, periodLabel, PROGRESS_SCORES, progressTrend, type ProgressScore, type Team } from '../../domain';
import { submitButton } from '../../cards/button';
import { progressCard } from '../../cards/builders/progress-card';
import type { FlowContext } from '../flow';
import { newNonce } from '../nonce';
import type { Reply } from '../turn';

/** A score as people read it: "3,5" / "3.5". */
export const formatScore = (ctx: FlowContext, score: number) =>
  score.toFixed(1).replace('.', ctx.locale === 'da' ? ',' : '.');

/** The month a score is given for now: the person's current month (`YYYY-MM`). */
export const currentMonth = (ctx: FlowContext) => localDate(ctx.clock.now(), ctx.person.timeZone).slice(0, 7);

/** "3,5 ↑ – nov. 2026: reason", or "no score yet". */
export function progressLine(ctx: FlowContext, scores: ProgressScore[]): string {
  const { latest, trend } = progressTrend(scores);
  if (!latest) return ctx.t('progress.none');
  return ctx
    .t('progress.teamLine', {
      score: formatScore(ctx, latest.score),
      trend: trend ? ctx.t(`progress.trend.${trend}`) : '',
      month: periodLabel(latest.month, ctx.locale),
      reason: latest.reason,
    })
    .replace('  ', ' ');
}

/** The progress card: each team's latest score and trend; the form for `formTeam` (a team the person leads). */
export function progressReply(
  ctx: FlowContext,
  rows: Array<{ team: Team; scores: ProgressScore[] }>,
  formTeam: Team | null,
  options: { headline?: string | null; draft?: { score?: string; reason?: string } } = {},
): Reply {
  const { t } = ctx;
  const month = currentMonth(ctx);
  const current = formTeam
    ? rows.find((r) => r.team.id === formTeam.id)?.scores.find((s) => s.month === month)
    : undefined;
  return {
    card: progressCard({
      headline: options.headline ?? null,
      title: t('progress.title'),
      text: t('progress.text'),
      teams: rows.map((r) => ({ title: r.team.name, value: progressLine(ctx, r.scores) })),
      form: formTeam
        ? {
            heading: t('progress.form.heading', { team: formTeam.name, month: periodLabel(month, ctx.locale) }),
            scoreLabel: t('progress.field.score'),
            scores: PROGRESS_SCORES.map((v) => ({ title: t(`progress.scale.${v}`), value: String(v) })),
            score: options.draft?.score ?? (current ? String(current.score) : ''),
            reasonLabel: t('progress.field.reason'),
            reason: options.draft?.reason ?? current?.reason ?? '',
            placeholder: t('progress.placeholder.reason'),
            scoreError: t('progress.problem.score'),
            reasonError: t('progress.problem.reason'),
          }
        : null,
      buttons: formTeam
        ? [submitButton(t('progress.button.save'), 'progress.save', { teamId: formTeam.id, month, nonce: newNonce() })]
        : [],
    }),
  };
}

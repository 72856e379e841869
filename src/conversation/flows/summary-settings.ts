import { z } from 'zod';
import type { SponsorSubscription } from '../../domain';
import type { Flow, FlowContext } from '../flow';
import { parseData } from '../parse-data';
import { PREVIEW, summaryPreview } from './summary-preview';
import { nextSummaryLine } from './summary-next';
import type { Reply } from '../turn';

const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  tirsdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  loerdag: 6,
  søndag: 7,
  soendag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const PAUSE = ['pause', 'stop', 'sluk'];
const RESUME = ['genoptag', 'resume', 'start', 'tænd'];

/** The person's subscriptions, one per team they sponsor (the default when none is stored yet). */
async function subscriptions(ctx: FlowContext): Promise<SponsorSubscription[]> {
  const teams = ctx.memberships.filter((m) => m.role === 'sponsor' && m.teamId).map((m) => m.teamId!);
  const stored = await ctx.store.subscriptions.listForPerson(ctx.person.id);
  return [...new Set(teams)].map(
    (teamId) =>
      stored.find((s) => s.teamId === teamId) ?? {
        personId: ctx.person.id,
        teamId,
        weekday: 1,
        time: '08:00',
        paused: false,
      },
  );
}

async function teamNames(ctx: FlowContext, subs: SponsorSubscription[]): Promise<string> {
  const names = await Promise.all(subs.map(async (s) => (await ctx.store.teams.get(s.teamId))?.name ?? s.teamId));
  return names.join(', ');
}

async function update(
  ctx: FlowContext,
  subs: SponsorSubscription[],
  change: Partial<SponsorSubscription>,
  key: string,
): Promise<Reply[]> {
  for (const s of subs) await ctx.store.subscriptions.upsert({ ...s, ...change });
  const first = { ...subs[0]!, ...change };
  const text = ctx.t(key, {
    teams: await teamNames(ctx, subs),
    weekday: ctx.t(`summary.weekday.${first.weekday}`),
    time: first.time,
  });
  const next = first.paused ? '' : nextSummaryLine(ctx, first);
  return [{ text: next ? `${text} ${next}` : text }];
}

/** `opsummering [vis | pause | genoptag | <ugedag> [tt:mm]]`: a sponsor's weekly summary settings, or the summary now. */
async function settings(ctx: FlowContext, args: string): Promise<Reply[]> {
  const { t } = ctx;
  const subs = await subscriptions(ctx);
  if (subs.length === 0) return [{ text: t('summary.notSponsor') }];
  const words = args.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const [first, second] = words;
  if (!first) {
    const lines = await Promise.all(
      subs.map(async (s) => {
        const state = s.paused
          ? t('summary.state.paused')
          : t('summary.state.active', { weekday: t(`summary.weekday.${s.weekday}`), time: s.time });
        return t('summary.status', { team: await teamNames(ctx, [s]), state });
      }),
    );
    return [{ text: [...lines, t('summary.usage')].join('\n') }];
  }
  if (PREVIEW.includes(first)) return summaryPreview(ctx, subs);
  if (PAUSE.includes(first)) return update(ctx, subs, { paused: true }, 'summary.paused');
  if (RESUME.includes(first)) return update(ctx, subs, { paused: false }, 'summary.resumed');
  const weekday = WEEKDAYS[first];
  const time = second?.replace('.', ':');
  if (!weekday || (time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)))
    return [{ text: t('summary.usage') }];
  return update(ctx, subs, { weekday, paused: false, ...(time ? { time } : {}) }, 'summary.daySet');
}

const teamSchema = z.object({ teamId: z.string().min(1).max(64) });

/** Sponsor weekly summary settings: change the day and time, pause or resume. */
export const summarySettingsFlow: Flow = {
  name: 'summary-settings',
  commands: [
    {
      words: ['opsummering', 'summary'],
      help: { usage: 'summary.cmd', description: 'summary.cmd.text', roles: ['sponsor'] },
      handle: settings,
    },
  ],
  actions: {
    'summary.pause': async (ctx, data) => {
      const { teamId } = parseData(teamSchema, data);
      const subs = (await subscriptions(ctx)).filter((s) => s.teamId === teamId);
      if (subs.length === 0) return [{ text: ctx.t('summary.notSponsor') }];
      return update(ctx, subs, { paused: true }, 'summary.paused');
    },
  },
};

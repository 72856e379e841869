import { z } from 'zod';
import { toInstant } from './upsert-measures-seminars';
import {
  CHARTS_FOR_UNIT,
  DEFAULT_SEMINAR_HOURS,
  DEFAULT_TIME_RULES,
  DEFAULT_TIME_ZONE,
  seminarTimeProblem,
  type SeminarTimeProblem,
  DIRECTIONS,
  LOCALES,
  MEASURE_CHARTS,
  MEASURE_SCOPES,
  MEASURE_TYPES,
  PERIOD_KINDS,
  REGIONS,
  ROLES,
  UNIT_KINDS,
  collaborativeInput,
  freeText,
  isoDate,
  measureInput,
  optionalText,
  personInput,
  teamInput,
} from '../../domain';
import { setupActionPlan } from './action-plan-schema';
import { setupBaseline } from './baseline-schema';
import { normaliseRegion } from './normalise-region';

// The YAML setup file (docs/cli.md "setup"). Field schemas are the domain's own, so anything that passes
// here also passes the store's validation; `.strict()` turns a misspelt key into a reported problem.

const region = z.preprocess(normaliseRegion, z.enum(REGIONS));
const name = freeText(200).pipe(z.string().min(1));

const collaborative = z
  .object({
    name: collaborativeInput.shape.name,
    clinicalArea: collaborativeInput.shape.clinicalArea,
    startDate: isoDate,
    endDate: isoDate.optional(),
    goals: collaborativeInput.shape.goals,
  })
  .strict();

const team = z
  .object({
    name: teamInput.shape.name,
    department: teamInput.shape.department,
    region,
    municipality: teamInput.shape.municipality,
  })
  .strict();

const measure = z
  .object({
    code: measureInput.shape.code,
    name: measureInput.shape.name,
    type: z.enum(MEASURE_TYPES),
    unitKind: z.enum(UNIT_KINDS),
    unit: measureInput.shape.unit,
    direction: z.enum(DIRECTIONS),
    goal: z
      .number()
      .finite()
      .nullish()
      .transform((v) => v ?? null),
    period: z.enum(PERIOD_KINDS).default('week'),
    scope: z.enum(MEASURE_SCOPES).default('mandatory'),
    /** The team a `scope: team` measure belongs to (by name). */
    team: name.optional(),
    dataSource: measureInput.shape.dataSource,
    multiplier: z.number().positive().finite().default(1),
    /** The control chart: auto (default), c or g (counts), p or pp, u or up, i, ip or t (values). */
    chart: z.enum(MEASURE_CHARTS).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.chart && !CHARTS_FOR_UNIT[m.unitKind].includes(m.chart))
      ctx.addIssue({
        code: 'custom',
        path: ['chart'],
        message: `chart ${m.chart} does not fit unitKind ${m.unitKind} (use ${CHARTS_FOR_UNIT[m.unitKind].join(', ')})`,
      });
    if (m.scope === 'team' && !m.team)
      ctx.addIssue({ code: 'custom', path: ['team'], message: 'a team-specific measure (scope: team) needs `team`' });
    if (m.scope !== 'team' && m.team)
      ctx.addIssue({ code: 'custom', path: ['team'], message: '`team` is only allowed with scope: team' });
    if (m.unitKind === 'proportion' && m.goal !== null && (m.goal < 0 || m.goal > 100))
      ctx.addIssue({ code: 'custom', path: ['goal'], message: 'a proportion goal is a percentage between 0 and 100' });
  });

const TEAM_ROLES = ['member', 'lead', 'sponsor'];

const roleObject = z
  .object({ role: z.enum(ROLES), team: name.optional(), region: region.optional() })
  .strict()
  .superRefine((r, ctx) => {
    if (TEAM_ROLES.includes(r.role) && !r.team)
      ctx.addIssue({ code: 'custom', path: ['team'], message: `role ${r.role} needs \`team\`` });
    if (!TEAM_ROLES.includes(r.role) && r.team)
      ctx.addIssue({
        code: 'custom',
        path: ['team'],
        message: `role ${r.role} is not tied to a team; remove \`team\``,
      });
    if (r.region && r.role !== 'tovholder')
      ctx.addIssue({ code: 'custom', path: ['region'], message: '`region` is only allowed for a tovholder' });
  });
/** A role is `{ role, team?, region? }`, or just the role name for tovholder, expert and admin. */
const role = z.preprocess((v) => (typeof v === 'string' ? { role: v } : v), roleObject);

const person = z
  .object({
    email: z.string().trim().toLowerCase().email().max(320),
    name: personInput.shape.displayName,
    locale: z.enum(LOCALES).default('da'),
    timeZone: z.string().min(1).max(64).default('Europe/Copenhagen'),
    roles: z.array(role).default([]),
  })
  .strict();

/** Local date-time `YYYY-MM-DD HH:MM` (or with `T`), in Europe/Copenhagen unless an offset is given. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$/, 'expected e.g. 2026-04-16 09:30');

const seminar = z
  .object({
    title: name,
    startsAt: localDateTime,
    /** Default: three hours after the start. */
    endsAt: localDateTime.optional(),
    region: region.optional(),
    location: optionalText(300),
    onlineUrl: z
      .string()
      .url()
      .max(2000)
      .nullish()
      .transform((v) => v ?? null),
    agenda: optionalText(),
    materialUrl: z
      .string()
      .url()
      .max(2000)
      .regex(/^https?:\/\//i, 'expected an http(s) link')
      .nullish()
      .transform((v) => v ?? null),
    reminderDaysBefore: z.array(z.number().int().min(0).max(365)).default([14, 2, 0]),
    cancelled: z.boolean().default(false),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.cancelled) return;
    // The rules reminders follow (default quiet hours and closed days, Danish public holidays).
    const start = toInstant(s.startsAt);
    const end = s.endsAt ? toInstant(s.endsAt) : new Date(start.getTime() + DEFAULT_SEMINAR_HOURS * 3_600_000);
    const problem = seminarTimeProblem(start, end, DEFAULT_TIME_ZONE, DEFAULT_TIME_RULES, 'en');
    if (problem)
      ctx.addIssue({
        code: 'custom',
        path: [problem.kind === 'endBeforeStart' ? 'endsAt' : 'startsAt'],
        message: seminarTimeIssue(problem),
      });
  });

/** A seminar time problem in the setup command's language (English, like its other messages). */
function seminarTimeIssue(p: SeminarTimeProblem): string {
  switch (p.kind) {
    case 'weekend':
      return `${p.date} is a weekend day; seminars are held on working days`;
    case 'holiday':
      return `${p.date} is a public holiday (${p.name}); seminars are held on working days`;
    case 'closedDay':
      return `${p.date} is a closed day; seminars are held on working days`;
    case 'outsideHours':
      return `a seminar must lie between ${p.from} and ${p.to}`;
    case 'spansDays':
      return 'a seminar must start and end on the same day';
    case 'endBeforeStart':
      return '`endsAt` must be after `startsAt`';
  }
}

/** The whole setup file. */
export const setupFileSchema = z
  .object({
    collaborative,
    teams: z.array(team).default([]),
    measures: z.array(measure).default([]),
    people: z.array(person).default([]),
    seminars: z.array(seminar).default([]),
    actionPlans: z.array(setupActionPlan).default([]),
    /** Frozen baselines and new periods per team and measure. */
    baselines: z.array(setupBaseline).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    unique(f.teams, (t) => t.name, 'teams', 'name', 'team', ctx);
    unique(f.measures, (m) => m.code, 'measures', 'code', 'measure code', ctx);
    unique(f.people, (p) => p.email, 'people', 'email', 'email', ctx);
    unique(f.seminars, (s) => s.title, 'seminars', 'title', 'seminar title', ctx);
  });

/** A parsed, valid setup file. */
export type SetupFile = z.output<typeof setupFileSchema>;
export type SetupRole = z.output<typeof roleObject>;

function unique<T>(
  items: T[],
  key: (item: T) => string,
  list: string,
  field: string,
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item).toLowerCase();
    if (!seen.has(k)) seen.set(k, i);
    else ctx.addIssue({ code: 'custom', path: [list, i, field], message: `duplicate ${what} "${key(item)}"` });
  });
}

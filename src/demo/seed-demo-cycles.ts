import { localDate, type Actor, type PdsaAdvance, type PdsaPhase, type Repos } from '../domain';
import { DEMO_IDS } from './demo-content';
import { DEMO_CYCLES, type DemoCycle } from './demo-pdsa';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Creates the demo PDSA cycles and walks each through its phases at the (past) times the script gives. */
export async function seedDemoCycles(tx: Repos, now: Date): Promise<void> {
  const weeksFromNow = (w: number): Date => new Date(now.getTime() + w * WEEK_MS);
  for (const c of DEMO_CYCLES) {
    const ownerId = DEMO_IDS.persons[c.owner];
    const actor = (phase: PdsaPhase): Actor => ({ personId: ownerId, at: weeksFromNow(c.weeks[phase] ?? 0) });
    const due = Object.fromEntries(
      Object.entries(c.due).map(([phase, w]) => [phase, localDate(weeksFromNow(w))]),
    ) as Record<string, string>;
    const created = await tx.pdsa.create(
      {
        teamId: DEMO_IDS.teams[c.team],
        title: c.title,
        changeIdea: c.changeIdea,
        ownerId,
        plan: c.plan,
        dueDates: due,
        measureIds: c.measures.map((m) => DEMO_IDS.measures[m]),
      },
      actor('plan'),
    );
    for (const step of stepsTo(c)) await tx.pdsa.advance(created.id, step, actor(step.to));
  }
}

/** The phase transitions from plan to the cycle's final phase, with the fields each one writes. */
function stepsTo(c: DemoCycle): PdsaAdvance[] {
  const steps: PdsaAdvance[] = [];
  const order: PdsaPhase[] = ['plan', 'do', 'study', 'act', 'done'];
  const target = order.indexOf(c.phase);
  if (target >= 1) steps.push({ from: 'plan', to: 'do' });
  if (target >= 2) steps.push({ from: 'do', to: 'study', fields: required(c.do, c, 'do') });
  if (target >= 3) steps.push({ from: 'study', to: 'act', fields: required(c.study, c, 'study') });
  if (target >= 4) steps.push({ from: 'act', to: 'done', fields: required(c.act, c, 'act') });
  return steps;
}

function required<T>(fields: T | undefined, c: DemoCycle, phase: string): T {
  if (!fields) throw new Error(`demo cycle "${c.title}" lacks its ${phase} fields`);
  return fields;
}

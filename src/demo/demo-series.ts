import { checkMeasurementValues, periodBounds, type Measure, type MeasurementWrite } from '../domain';
import { DEMO_IDS, type DemoTeam } from './demo-content';
import { createPrng } from './prng';

/** Weeks over which a change phases in (staff learn the new routine); the level moves linearly. */
const RAMP_WEEKS = 4;

/**
 * Weekly OP24 (numerator/denominator) and VENT (hours) values for one team: a stable level before
 * `changeWeek`, a better one after it — a real shift the Anhøj rules detect — plus binomial and
 * normal noise from a PRNG seeded by the team, so every run gives the same numbers.
 */
export function demoSeries(
  team: DemoTeam,
  weeks: string[],
  measures: { op24: Measure; vent: Measure },
  changeNote: string | null,
): MeasurementWrite[] {
  const prng = createPrng(seedOf(team.key));
  const teamId = DEMO_IDS.teams[team.key];
  const out: MeasurementWrite[] = [];
  weeks.forEach((periodKey, i) => {
    const periodStart = periodBounds(periodKey)!.start;
    const level = Math.min(1, Math.max(0, (i - team.changeWeek + 1) / RAMP_WEEKS));
    const p = team.op24.before + (team.op24.after - team.op24.before) * level;
    const patients = Math.max(5, Math.round(prng.normal(team.patientsPerWeek, 2.5)));
    const operated = prng.binomial(patients, p);
    const op24 = checkMeasurementValues(measures.op24, { value: null, numerator: operated, denominator: patients });
    const note = i === team.changeWeek ? changeNote : null;
    out.push({ measureId: measures.op24.id, teamId, periodKey, periodStart, ...op24, note });

    const meanHours = team.ventHours.before + (team.ventHours.after - team.ventHours.before) * level;
    const sd = level < 1 ? 4.5 : 3.5;
    const hours = Math.max(4, Math.round(prng.normal(meanHours, sd) * 10) / 10);
    const vent = checkMeasurementValues(measures.vent, { value: hours, numerator: null, denominator: null });
    out.push({ measureId: measures.vent.id, teamId, periodKey, periodStart, ...vent, note: null });
  });
  return out;
}

/** A stable 32-bit seed from a string (FNV-1a). */
function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

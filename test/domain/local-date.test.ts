import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { localDate, yearIn } from '../../src/domain';

describe('localDate (cached per zone by the span of the local day)', () => {
  it('agrees with luxon every 20 minutes across midnights, both DST changes and a new year, in several zones', () => {
    const spans = [
      ['2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z'], // spring forward in Europe (29 March)
      ['2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z'], // fall back (25 October)
      ['2026-12-30T00:00:00Z', '2027-01-02T00:00:00Z'], // new year
    ];
    for (const zone of ['Europe/Copenhagen', 'UTC', 'America/New_York', 'Atlantic/Faroe']) {
      for (const [from, to] of spans) {
        for (let t = Date.parse(from!); t < Date.parse(to!); t += 20 * 60_000) {
          const now = new Date(t);
          const expected = DateTime.fromJSDate(now, { zone }).toISODate();
          expect(localDate(now, zone), `${zone} ${now.toISOString()}`).toBe(expected);
          expect(yearIn(now, zone)).toBe(DateTime.fromJSDate(now, { zone }).year);
        }
        // And backwards in time (a test clock may move back): the cache never answers outside its day.
        for (let t = Date.parse(to!); t > Date.parse(from!); t -= 47 * 60_000) {
          const now = new Date(t);
          expect(localDate(now, zone)).toBe(DateTime.fromJSDate(now, { zone }).toISODate());
        }
      }
    }
  });
});

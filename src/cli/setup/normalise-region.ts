// Region names as people write them ("Region Sjælland", "Nordjylland", "kommune") → the domain's region keys.

const ALIASES: Record<string, string> = {
  sjaelland: 'sjaelland',
  hovedstaden: 'hovedstaden',
  syddanmark: 'syddanmark',
  midtjylland: 'midtjylland',
  nordjylland: 'nordjylland',
  kommune: 'kommune',
  kommunal: 'kommune',
};

/** Lower-cases, drops a leading "region", folds æ/ø/å; returns other values unchanged for zod to report. */
export function normaliseRegion(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const folded = value
    .trim()
    .toLowerCase()
    .replace(/^region\s+/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa');
  return ALIASES[folded] ?? value;
}

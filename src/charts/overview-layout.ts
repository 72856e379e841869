import type { OverviewOptions } from './render-overview';

/** Teams' largest image side in px (https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability). */
export const MAX_PIXELS = 1024;
/** Height of the title row above the panels. */
export const HEADER = 30;

/** Image size, columns and panel height for `n` teams: the grid fills at most a square of the image's width. */
export function overviewLayout(n: number, options: Pick<OverviewOptions, 'width' | 'columns' | 'panelHeight'>) {
  const cols = Math.max(1, Math.min(options.columns ?? defaultColumns(n), n));
  // Four columns get a little more room, so both ends of the time axis fit under each panel.
  const width = options.width ?? (cols >= 4 ? 560 : MAX_PIXELS / 2);
  const rows = Math.max(1, Math.ceil(n / cols));
  const ph = options.panelHeight ?? Math.min(110, Math.max(60, Math.floor((width - HEADER - 4) / rows)));
  return { width, height: HEADER + rows * ph + 4, cols, ph };
}

/** Columns for `n` panels: two up to 4 teams, three up to 12, four beyond (names and axis labels stay readable). */
function defaultColumns(n: number): number {
  return n <= 1 ? 1 : n <= 4 ? 2 : n <= 12 ? 3 : 4;
}

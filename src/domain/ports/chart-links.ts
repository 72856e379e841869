import type { Locale } from '../model/common';

/** Builds signed chart URLs for cards (reporting/chart-service.ts implements it; flows and the scheduler use it). */
export interface ChartLinks {
  /** Absolute signed URL of a chart image; `locale` sets the language of its labels (default Danish). */
  url(req: { measureId: string; teamId: string; chart: string; size: 'full' | 'sparkline'; locale?: Locale }): string;
  /**
   * Signed URL of the overview image across teams of one measure (reporting/overview-image.ts renders it); the
   * teams the viewer may see are worked out again when the image is loaded. Optional: without it the
   * overview card shows its table only.
   */
  overviewUrl?(req: { measureId: string; viewerId: string; locale: Locale }): string;
}

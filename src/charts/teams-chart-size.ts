import type { PngOptions } from './chart-input';

/**
 * The size a full chart is sent at: 480×270 drawn at 2× = 960×540 px, within Teams' 1024 px image guidance.
 * Shown in a card about 450 px wide, the 12 px labels appear at about 11 px (the 600 px chart's 10 px labels
 * ended up near 7.5 px).
 */
export const TEAMS_CHART: Required<Pick<PngOptions, 'width' | 'height' | 'fontSize' | 'scale'>> = {
  width: 480,
  height: 270,
  fontSize: 12,
  scale: 2,
};

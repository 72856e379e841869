// Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design"), plus greys.

/** Colours used by every chart; signals differ from data by hue and by marker size. */
export const palette = {
  data: '#0072B2', // blue
  signal: '#D55E00', // vermillion: a signal of worsening, or of no known direction
  improvement: '#009E73', // bluish green: a signal of improvement is never drawn in red
  goal: '#009E73', // bluish green
  annotation: '#CC79A7', // reddish purple
  annotationText: '#8F4A78', // darker reddish purple, readable as text
  centre: '#444444',
  limit: '#7A7A7A',
  grid: '#E6E6E6',
  axisText: '#555555',
  text: '#222222',
  background: '#FFFFFF',
  separator: '#BBBBBB',
} as const;

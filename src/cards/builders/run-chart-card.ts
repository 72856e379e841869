import type { Button, Fact } from '../button';
import type { CardModel } from '../card-model';

/** A run chart or SPC chart: the image (signed URL, alt text), key figures, the signal in words, PDSA annotations. */
export interface RunChartView {
  title: string;
  subtitle: string;
  imageUrl: string;
  altText: string;
  facts: Fact[];
  signalTitle: string;
  signalText: string;
  /** Good for a signal of improvement, Attention for worsening, Warning for a signal without direction; never red for good news. */
  signalColor: 'Good' | 'Attention' | 'Warning' | 'Default';
  annotationsTitle: string;
  annotations: Fact[];
  buttons: Button[];
}

/** Builds the `run-chart` card. */
export function runChartCard(view: RunChartView): CardModel {
  return {
    template: 'run-chart',
    summary: `${view.title}. ${view.signalText}`,
    data: { ...view, hasAnnotations: view.annotations.length > 0 },
  };
}

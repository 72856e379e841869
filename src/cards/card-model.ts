import type { TemplateName } from '../domain';

/**
 * A platform-neutral card: the name of a template in `adaptive-cards/` and the data that fills it
 * (adaptivecards-templating). Teams and the playground render it as an Adaptive Card 1.5; Slack converts
 * the filled card to Block Kit. `summary` is the plain-text fallback (notifications, screen readers).
 */
export interface CardModel {
  template: TemplateName;
  data: Record<string, unknown>;
  summary: string;
}

/** Renders a card model as filled Adaptive Card JSON (render-adaptive-card.ts); channels get it injected. */
export type RenderCard = (model: CardModel) => Record<string, unknown>;

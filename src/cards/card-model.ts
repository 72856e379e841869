/**
 * A platform-neutral card: the name of a template in `adaptive-cards/` and the data that fills it
 * (adaptivecards-templating). Teams and the playground render it as an Adaptive Card 1.5; Slack converts
 * the filled card to Block Kit. `summary` is the plain-text fallback (notifications, screen readers).
 */
export interface CardModel {
  template: string;
  data: Record<string, unknown>;
  summary: string;
}

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
  /**
   * Set on cards whose content depends on who looks (a PDSA cycle, a seminar's RSVP, the overwrite question). In
   * group chats and channels Teams asks the bot for each viewer's own version (Universal Actions `refresh`): the
   * core's view `verb` with `data` (conversation/view-card.ts). `teamId` names the team whose members' clients refresh
   * by themselves (null: the team the conversation is linked to).
   */
  refresh?: CardRefresh;
}

/** How a person-dependent card is rendered again for one viewer (see CardModel.refresh). */
export interface CardRefresh {
  verb: string;
  data: Record<string, unknown>;
  teamId: string | null;
}

/** Renders a card model as filled Adaptive Card JSON (render-adaptive-card.ts); channels get it injected. */
export type RenderCard = (model: CardModel) => Record<string, unknown>;

import type { CardModel, CardRefresh, RenderCard } from '../../cards/card-model';
import type { Store } from '../../domain';

/** What a refresh verb ends with: `pdsa.cycle.refresh` asks for the core's view `pdsa.cycle`. */
export const REFRESH_SUFFIX = '.refresh';

/**
 * Most users a card's `refresh.userIds` may name; with more, userIds is left out and the card refreshes
 * automatically only in conversations of at most 60 members (others get a "Refresh card" menu item).
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views
 */
export const MAX_REFRESH_USERS = 60;

/** Where the card goes: Teams conversation type, tenant and the improvement team a channel is linked to. */
export interface RefreshTarget {
  kind: 'personal' | 'group' | 'channel';
  tenantId: string;
  linkedTeamId: string | null;
}

/** True for the verb of a Universal Actions refresh invoke. */
export function isRefreshVerb(verb: unknown): verb is string {
  return typeof verb === 'string' && verb.length > REFRESH_SUFFIX.length && verb.endsWith(REFRESH_SUFFIX);
}

/**
 * The Teams user ids (MRIs, `29:…`) of a team's members, from the personal chats the bot has with them (opened
 * by the rollout or by the person writing): undefined when more than MAX_REFRESH_USERS, so userIds is left out.
 */
export async function refreshUserIds(store: Store, tenantId: string, teamId: string): Promise<string[] | undefined> {
  const personIds = [...new Set((await store.memberships.listForTeam(teamId)).map((m) => m.personId))];
  const ids = new Set<string>();
  for (const personId of personIds) {
    for (const ref of await store.conversationRefs.forPerson(personId)) {
      const user = (ref.reference as { user?: { id?: unknown } }).user;
      if (ref.platform !== 'teams' || ref.tenantId !== tenantId || typeof user?.id !== 'string') continue;
      if (user.id.startsWith('29:')) ids.add(user.id);
    }
    if (ids.size > MAX_REFRESH_USERS) return undefined;
  }
  return [...ids].sort();
}

/** The card with its Universal Actions refresh: an Action.Execute of `<view>.refresh` and, when known, the userIds. */
export function withRefresh(
  card: Record<string, unknown>,
  refresh: CardRefresh,
  userIds: string[] | undefined,
): Record<string, unknown> {
  const action = { type: 'Action.Execute', verb: `${refresh.verb}${REFRESH_SUFFIX}`, data: refresh.data };
  return { ...card, refresh: { action, ...(userIds ? { userIds } : {}) } };
}

/**
 * A card renderer for one conversation: in group chats and channels, cards that depend on who looks carry their
 * refresh (the userIds of their team, or of the team the channel is linked to); in personal chats none is needed.
 */
export async function refreshingRenderer(
  store: Store,
  renderCard: RenderCard,
  target: RefreshTarget,
  models: Array<CardModel | undefined>,
): Promise<RenderCard> {
  if (target.kind === 'personal') return renderCard;
  const userIds = new Map<string, string[] | undefined>();
  for (const model of models) {
    const teamId = model?.refresh ? (model.refresh.teamId ?? target.linkedTeamId) : null;
    if (teamId && !userIds.has(teamId)) userIds.set(teamId, await refreshUserIds(store, target.tenantId, teamId));
  }
  return (model) => {
    const card = renderCard(model);
    if (!model.refresh) return card;
    const teamId = model.refresh.teamId ?? target.linkedTeamId;
    return withRefresh(card, model.refresh, teamId ? userIds.get(teamId) : undefined);
  };
}

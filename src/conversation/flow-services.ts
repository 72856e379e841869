import { DEFAULT_TIME_RULES, type Repos } from '../domain';
import type { ConversationDeps } from './create-conversation';
import type { FlowContext } from './flow';
import { scopedStore } from './scoped-store';

/** What every flow gets besides its turn and person: the store scoped to the turn's transaction, and the services. */
export type FlowServices = Pick<
  FlowContext,
  'store' | 'clock' | 'logger' | 'charts' | 'calendar' | 'storyboards' | 'timeRules' | 'analyses'
>;

/** The services of a flow context, for a chat turn and a card view alike. */
export function flowServices(deps: ConversationDeps & Pick<FlowContext, 'analyses'>, tx: Repos): FlowServices {
  return {
    store: scopedStore(deps.store, tx),
    clock: deps.clock,
    logger: deps.logger,
    charts: deps.charts,
    calendar: deps.calendar ?? null,
    storyboards: deps.storyboards ?? null,
    timeRules: deps.timeRules ?? DEFAULT_TIME_RULES,
    analyses: deps.analyses,
  };
}

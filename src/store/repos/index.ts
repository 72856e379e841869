import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock } from '../../domain/ports/clock';
import type { Repos } from '../../domain/ports/store';
import type { ReferenceView } from '../reference-cache';
import type { SeriesCache } from '../series-cache';
import type { Database } from '../tables';
import { createActionPlanRepo } from './action-plan-repo';
import { createAuditRepo } from './audit-repo';
import { createBroadcastRepo } from './broadcast-repo';
import { createCollaborativeRepo } from './collaborative-repo';
import { createContactPrefsRepo } from './contact-prefs-repo';
import { createConversationRefRepo } from './conversation-ref-repo';
import { createConversationStateRepo } from './conversation-state-repo';
import { createIdempotencyRepo } from './idempotency-repo';
import { createInboxRepo } from './inbox-repo';
import { createInviteRepo } from './invite-repo';
import { createMeasureRepo } from './measure-repo';
import { createMeasurementRepo } from './measurement-repo';
import { createMembershipRepo } from './membership-repo';
import { createPdsaRepo } from './pdsa-repo';
import { createPersonRepo } from './person-repo';
import { createReachRepo } from './reach-repo';
import { createProgressRepo } from './progress-repo';
import { createReminderRepo } from './reminder-repo';
import { createSeminarRepo } from './seminar-repo';
import { createStoryboardRepo } from './storyboard-repo';
import { createBaselineRepo } from './baseline-repo';
import { createSubscriptionRepo } from './subscription-repo';
import { createTeamRepo } from './team-repo';
import { createTurnStartRepo } from './turn-start-repo';

/** The raw better-sqlite3 handle (SQLite only): reminders claim in one synchronous BEGIN IMMEDIATE block. */
export type SqliteHandle = SqliteDatabase.Database;

/** What repositories need besides the Kysely instance. */
export interface RepoContext {
  clock: Clock;
  sqlite?: SqliteHandle;
  /** Loaded series of this store handle (one per handle, shared by its transactions). */
  seriesCache: SeriesCache;
}

/**
 * Every repository bound to one Kysely instance (the database, or a transaction); `view`, in a turn's transaction,
 * serves collaboratives, teams and measures from the instance's reference cache.
 */
export function createRepos(db: Kysely<Database>, ctx: RepoContext, view?: ReferenceView | null): Repos {
  return {
    collaboratives: createCollaborativeRepo(db, view),
    teams: createTeamRepo(db, view),
    persons: createPersonRepo(db),
    memberships: createMembershipRepo(db),
    invites: createInviteRepo(db),
    measures: createMeasureRepo(db, view),
    measurements: createMeasurementRepo(db, ctx.seriesCache),
    pdsa: createPdsaRepo(db),
    actionPlans: createActionPlanRepo(db),
    progress: createProgressRepo(db),
    audit: createAuditRepo(db),
    reminders: createReminderRepo(db, ctx),
    seminars: createSeminarRepo(db),
    storyboards: createStoryboardRepo(db),
    baselines: createBaselineRepo(db),
    subscriptions: createSubscriptionRepo(db),
    broadcasts: createBroadcastRepo(db),
    conversationRefs: createConversationRefRepo(db),
    conversationState: createConversationStateRepo(db),
    idempotency: createIdempotencyRepo(db),
    inbox: createInboxRepo(db),
    reach: createReachRepo(db),
    contactPrefs: createContactPrefsRepo(db),
    turnStart: createTurnStartRepo(db),
  };
}

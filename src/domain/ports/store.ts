import type { ActionPlanRepo, AuditRepo, PdsaRepo } from './work-repos';
import type { BroadcastRepo, ReminderRepo, SeminarRepo, SubscriptionRepo } from './schedule-repos';
import type { CollaborativeRepo, InviteRepo, MembershipRepo, PersonRepo, TeamRepo } from './organisation-repos';
import type { ConversationRefRepo, ConversationStateRepo, IdempotencyRepo } from './conversation-repos';
import type { MeasureRepo, MeasurementRepo } from './measure-repos';
import type { StoryboardRepo } from './storyboard-repo';

/** Every repository the core uses. One implementation (Kysely) serves SQLite and PostgreSQL. */
export interface Repos {
  collaboratives: CollaborativeRepo;
  teams: TeamRepo;
  persons: PersonRepo;
  memberships: MembershipRepo;
  invites: InviteRepo;
  measures: MeasureRepo;
  measurements: MeasurementRepo;
  pdsa: PdsaRepo;
  actionPlans: ActionPlanRepo;
  audit: AuditRepo;
  reminders: ReminderRepo;
  seminars: SeminarRepo;
  storyboards: StoryboardRepo;
  subscriptions: SubscriptionRepo;
  broadcasts: BroadcastRepo;
  conversationRefs: ConversationRefRepo;
  conversationState: ConversationStateRepo;
  idempotency: IdempotencyRepo;
}

/** The store port: repositories plus transactions. Writes that belong together run in one transaction. */
export interface Store extends Repos {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction; it commits when fn resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

import type { ActionPlanRepo, AuditRepo, PdsaRepo, ProgressRepo } from './work-repos';
import type { BroadcastRepo, ReminderRepo, SeminarRepo, SubscriptionRepo } from './schedule-repos';
import type { CollaborativeRepo, InviteRepo, MembershipRepo, PersonRepo, TeamRepo } from './organisation-repos';
import type { ConversationRefRepo, ConversationStateRepo, IdempotencyRepo, InboxRepo } from './conversation-repos';
import type { MeasureRepo, MeasurementRepo } from './measure-repos';
import type { StoryboardRepo } from './storyboard-repo';
import type { BaselineRepo } from './baseline-repo';
import type { ContactPrefsRepo, ReachRepo } from './reach-repos';

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
  progress: ProgressRepo;
  audit: AuditRepo;
  reminders: ReminderRepo;
  seminars: SeminarRepo;
  storyboards: StoryboardRepo;
  baselines: BaselineRepo;
  subscriptions: SubscriptionRepo;
  broadcasts: BroadcastRepo;
  conversationRefs: ConversationRefRepo;
  conversationState: ConversationStateRepo;
  idempotency: IdempotencyRepo;
  inbox: InboxRepo;
  reach: ReachRepo;
  contactPrefs: ContactPrefsRepo;
}

/** The store port: repositories plus transactions. Writes that belong together run in one transaction. */
export interface Store extends Repos {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction. The rule, the same on SQLite and PostgreSQL:
   * - `fn` runs exactly once; nothing here retries it or runs it again.
   * - When `fn` resolves, every write of it commits.
   * - When `fn` throws — a refusal (DomainError), an early answer (the conversation's ReplyInterrupt) or a fault —
   *   every write of it is rolled back and the error is rethrown unchanged, so the caller answers the refusal.
   * - Called on the repos of an open transaction, it runs `fn` in a savepoint: a throw undoes only `fn`'s writes,
   *   and the outer transaction goes on if the caller catches the error. Do not run other work of the same
   *   transaction concurrently with a nested one.
   */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query (readiness); rejects with STORE_UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

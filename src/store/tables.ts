// Row types of the store's tables, identical on SQLite and PostgreSQL.
// Portable encodings (converted in the repo layer, see ./codec.ts):
// - instants are ISO-8601 UTC strings from Date#toISOString() (fixed width, so text order = time order);
// - calendar dates are `YYYY-MM-DD` text;
// - booleans are integers 0/1;
// - JSON is text (JSON.stringify / JSON.parse);
// - `*_key` columns hold a lower-cased copy for case-insensitive lookups (SQLite's lower() is ASCII-only).
import type { ColumnType, Generated } from 'kysely';

export interface CollaborativeTable {
  id: string;
  name: string;
  name_key: string;
  clinical_area: string;
  start_date: string;
  end_date: string;
  goals: string | null;
  created_at: string;
}

export interface TeamTable {
  id: string;
  collaborative_id: string;
  name: string;
  name_key: string;
  department: string;
  region: string;
  municipality: string | null;
  created_at: string;
}

export interface PersonTable {
  id: string;
  display_name: string;
  email: string | null;
  locale: string;
  time_zone: string;
  deleted_at: string | null;
  created_at: string;
}

export interface PersonIdentityTable {
  person_id: string;
  platform: string;
  tenant_id: string;
  user_id: string;
}

export interface MembershipTable {
  id: string;
  person_id: string;
  role: string;
  team_id: string | null;
  collaborative_id: string | null;
  region: string | null;
  created_at: string;
}

export interface InviteTable {
  code: string;
  team_id: string;
  role: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface MeasureTable {
  id: string;
  collaborative_id: string;
  team_id: string | null;
  code: string;
  code_key: string;
  name: string;
  type: string;
  unit_kind: string;
  unit: string | null;
  direction: string;
  goal: number | null;
  period: string;
  scope: string;
  data_source: string | null;
  multiplier: number;
  chart: string;
  created_at: string;
}

export interface MeasurementTable {
  id: string;
  measure_id: string;
  team_id: string;
  period_key: string;
  period_start: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface PdsaCycleTable {
  id: string;
  team_id: string;
  title: string;
  change_idea: string | null;
  owner_id: string | null;
  phase: string;
  plan_json: string;
  do_json: string | null;
  study_json: string | null;
  act_json: string | null;
  due_dates_json: string;
  measure_ids_json: string;
  previous_cycle_id: string | null;
  /** What the team asks of its sponsor on this cycle, and since when (ISO instant); null when nothing. */
  sponsor_help: string | null;
  sponsor_help_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionPlanTable {
  id: string;
  team_id: string;
  title: string;
  what_to_change: string;
  success_criterion: string | null;
  when_text: string | null;
  /** Legacy: always `[]` since migration 009; steps live in action_plan_steps. */
  steps_json: string;
  test_method: string | null;
  report_back: string | null;
  plan_date: string;
  created_by: string | null;
  created_at: string;
}

/** One step of an action plan; `comments_json` is an array of { personId, at, text }. */
export interface ActionPlanStepTable {
  id: string;
  plan_id: string;
  position: number;
  what: string;
  owner_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: string;
  done_at: string | null;
  sponsor_help: string | null;
  comments_json: string;
  updated_at: string;
}

/** A team's IHI progress score for one month; `score_tenths` is the score × 10 (5–50), exact on every dialect. */
export interface ProgressScoreTable {
  team_id: string;
  month: string;
  score_tenths: number;
  reason: string;
  person_id: string | null;
  recorded_at: string;
}

export interface SeminarTable {
  id: string;
  collaborative_id: string;
  region: string | null;
  title: string;
  starts_at: string;
  location: string | null;
  online_url: string | null;
  agenda: string | null;
  reminder_days_json: string;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  /** Null on rows from before migration 009 (read as three hours after the start). */
  ends_at: string | null;
  material_url: string | null;
  /** iCalendar SEQUENCE: raised on every change and on cancellation. */
  sequence: ColumnType<number, number | undefined, number>;
  updated_at: string | null;
}

/** Version token of a series (measure, team), replaced by every write to its measurements. */
export interface SeriesVersionTable {
  measure_id: string;
  team_id: string;
  version: string;
}

export interface StoryboardNoteTable {
  seminar_id: string;
  team_id: string;
  text: string;
  author_id: string | null;
  updated_at: string;
}

export interface SeminarRsvpTable {
  seminar_id: string;
  person_id: string;
  attending: number;
  answered_at: string;
}

export interface SubscriptionTable {
  person_id: string;
  team_id: string;
  weekday: number;
  time: string;
  paused: number;
}

export interface BroadcastTable {
  id: string;
  collaborative_id: string;
  region: string | null;
  text: string;
  created_by: string | null;
  created_at: string;
  sent_at: string | null;
  report_json: string | null;
}

export interface ReminderTable {
  id: string;
  kind: string;
  dedupe_key: string;
  cause_key: string;
  recipient_json: string;
  due_at: string;
  payload_json: string;
  status: string;
  attempts: number;
  claimed_by: string | null;
  claimed_until: string | null;
  delivered_at: string | null;
  last_error: string | null;
  created_at: string;
  /** Identifies the current claim (random per claim); the marks are fenced on it. */
  claim_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ConversationRefTable {
  id: string;
  platform: string;
  tenant_id: string;
  conversation_id: string;
  kind: string;
  person_id: string | null;
  team_id: string | null;
  reference_json: string;
  dead_at: string | null;
  updated_at: string;
}

export interface ConversationStateTable {
  key: string;
  value_json: string;
  expires_at: string;
}

export interface IdempotencyTable {
  key: string;
  expires_at: string;
  /** JSON replies of the first attempt (null until it finished, or for keys that are not turns). */
  replies_json: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The playground inbox: one row per proactive message; `seq` is the page's cursor. */
export interface LocalInboxTable {
  seq: Generated<number>;
  user_id: string;
  message_json: string;
  expires_at: string;
}

export interface AuditTable {
  /** Auto-increment (SQLite integer primary key, PostgreSQL bigserial); orders entries written at the same instant. */
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  old_json: string | null;
  new_json: string | null;
}

/** Every table of the store, as Kysely sees it. */
export interface Database {
  collaboratives: CollaborativeTable;
  teams: TeamTable;
  persons: PersonTable;
  person_identities: PersonIdentityTable;
  memberships: MembershipTable;
  invites: InviteTable;
  measures: MeasureTable;
  measurements: MeasurementTable;
  series_versions: SeriesVersionTable;
  pdsa_cycles: PdsaCycleTable;
  action_plans: ActionPlanTable;
  action_plan_steps: ActionPlanStepTable;
  progress_scores: ProgressScoreTable;
  seminars: SeminarTable;
  seminar_rsvps: SeminarRsvpTable;
  storyboard_notes: StoryboardNoteTable;
  baseline_events: BaselineEventTable;
  baseline_proposals: BaselineProposalTable;
  sponsor_subscriptions: SubscriptionTable;
  broadcasts: BroadcastTable;
  reminders: ReminderTable;
  conversation_refs: ConversationRefTable;
  conversation_state: ConversationStateTable;
  idempotency_keys: IdempotencyTable;
  audit_log: AuditTable;
  local_inbox: LocalInboxTable;
  reach_status: ReachStatusTable;
  contact_prefs: ContactPrefsTable;
  reference_version: ReferenceVersionTable;
}

export interface ReachStatusTable {
  person_id: string;
  platform: string;
  tenant_id: string;
  state: string;
  reason: string | null;
  detail: string | null;
  attempts: number;
  updated_at: string;
}

export interface ContactPrefsTable {
  person_id: string;
  introduced_at: string | null;
  /** JSON array of paused kinds (PAUSE_KINDS). */
  paused_json: string;
  updated_at: string;
}

/** The version of collaboratives, teams and measures (one row, id 1); see reference-cache.ts. */
export interface ReferenceVersionTable {
  id: number;
  version: number;
}

export interface BaselineEventTable {
  /** Auto-increment: the order events were stored in. */
  seq: Generated<number>;
  id: string;
  team_id: string;
  measure_id: string;
  kind: string;
  period_key: string;
  why: string | null;
  created_by: string | null;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface BaselineProposalTable {
  team_id: string;
  measure_id: string;
  period_key: string;
  status: string;
  proposed_by: string | null;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

import type { Actor } from '../model/common';
import type { ChatIdentity } from '../model/organisation';
import type {
  Collaborative,
  CollaborativeInput,
  Invite,
  Membership,
  MembershipInput,
  Person,
  PersonInput,
  Role,
  Team,
  TeamInput,
} from '../model/organisation';

// Every create/update parses its input with the domain's zod schema (CPR guard included) and
// throws DomainError('VALIDATION_FAILED' | 'CPR_NUMBER_REFUSED') before anything is written.

/** Collaboratives. `create` defaults endDate to two years after startDate. */
export interface CollaborativeRepo {
  create(input: CollaborativeInput, actor: Actor): Promise<Collaborative>;
  update(id: string, patch: Partial<CollaborativeInput>, actor: Actor): Promise<Collaborative>;
  get(id: string): Promise<Collaborative | null>;
  findByName(name: string): Promise<Collaborative | null>;
  list(): Promise<Collaborative[]>;
}

/** Teams of collaboratives. */
export interface TeamRepo {
  create(input: TeamInput, actor: Actor): Promise<Team>;
  update(id: string, patch: Partial<TeamInput>, actor: Actor): Promise<Team>;
  get(id: string): Promise<Team | null>;
  findByName(collaborativeId: string, name: string): Promise<Team | null>;
  listByCollaborative(collaborativeId: string): Promise<Team[]>;
  list(): Promise<Team[]>;
}

/** People and their chat identities. */
export interface PersonRepo {
  create(input: PersonInput, actor: Actor): Promise<Person>;
  update(id: string, patch: Partial<Omit<PersonInput, 'identities'>>, actor: Actor): Promise<Person>;
  get(id: string): Promise<Person | null>;
  findByIdentity(identity: ChatIdentity): Promise<Person | null>;
  findByEmail(email: string): Promise<Person | null>;
  /** Adds a chat identity; a no-op if the person has it; DomainError('CONFLICT') if another person has it. */
  linkIdentity(personId: string, identity: ChatIdentity, actor: Actor): Promise<Person>;
  list(): Promise<Person[]>;
  /** Data-protection deletion: name becomes "slettet bruger", email and identities removed, audit kept. */
  anonymise(id: string, actor: Actor): Promise<void>;
}

/** Roles in scopes. `grant` is idempotent for the same person, role and scope. */
export interface MembershipRepo {
  grant(input: MembershipInput, actor: Actor): Promise<Membership>;
  revoke(id: string, actor: Actor): Promise<void>;
  listForPerson(personId: string): Promise<Membership[]>;
  listForTeam(teamId: string): Promise<Membership[]>;
  /** Collaborative-scoped memberships (tovholder, expert). */
  listForCollaborative(collaborativeId: string): Promise<Membership[]>;
  listByRole(role: Role): Promise<Membership[]>;
}

/** Team invite codes (short, unambiguous, upper case). */
export interface InviteRepo {
  create(input: { teamId: string; role: Role; expiresAt: Date }, actor: Actor): Promise<Invite>;
  /** Case-insensitive lookup; spaces and dashes between groups are ignored. */
  get(code: string): Promise<Invite | null>;
  /** Withdraws a code (idempotent); null when there is no such code. */
  revoke(code: string, actor: Actor): Promise<Invite | null>;
}

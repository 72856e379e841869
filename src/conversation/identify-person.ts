import {
  isDomainError,
  type Actor,
  type ConversationRef,
  type Membership,
  type Person,
  type Store,
  type TurnStart,
} from '../domain';
import { linkPersonByEmail } from '../domain/use-cases/link-person-by-email';
import type { Translator } from '../i18n/translator';
import type { Turn } from './turn';

/** The person, their memberships and the stored conversation of a turn, in one round trip. */
export function loadTurnStart(store: Store, turn: Turn): Promise<TurnStart> {
  return store.turnStart.load(turn.identity, {
    tenantId: turn.conversation.tenantId,
    conversationId: turn.conversation.id,
  });
}

/**
 * The memberships a turn starts with: those of its start when the person was known then; a person linked or
 * created since may have roles already (set up by email), so theirs are read (inside the turn's transaction).
 */
export function startMemberships(start: TurnStart, person: Person, tx: Store['memberships']): Promise<Membership[]> {
  return start.person?.id === person.id ? Promise.resolve(start.memberships) : tx.listForPerson(person.id);
}

/**
 * Finds the person behind a chat identity (`start.person`, when the turn's start found them). An unknown identity
 * is linked to the person set up with the platform's email (`forbedringsbot setup`), else becomes a new person
 * with the platform's display name and no team. A display name the store refuses (CPR-like, empty) is replaced by a
 * neutral one.
 */
export async function identifyPerson(
  store: Store,
  turn: Turn,
  now: Date,
  t: Translator,
  start: TurnStart,
): Promise<Person> {
  if (start.person) return start.person;
  const actor: Actor = { personId: null, at: now };
  if (turn.email) {
    const linked = await linkPersonByEmail(store, turn.identity, turn.email, actor);
    if (linked) return linked;
  }
  const base = { locale: turn.localeHint ?? 'da', identities: [turn.identity] };
  try {
    return await store.persons.create(
      { ...base, displayName: turn.displayName?.trim() || t('common.unnamedPerson') },
      actor,
    );
  } catch (err) {
    // Two first turns at once: the other one created the person.
    const raced = await store.persons.findByIdentity(turn.identity);
    if (raced) return raced;
    if (!isDomainError(err, 'CPR_NUMBER_REFUSED') && !isDomainError(err, 'VALIDATION_FAILED')) throw err;
    return store.persons.create({ ...base, displayName: t('common.unnamedPerson') }, actor);
  }
}

/**
 * Records the turn's conversation so the scheduler can write to it later. Keeps a `forbind` team link;
 * writes only when something changed (`existing` is the conversation as the turn's start read it), so an ordinary
 * turn costs nothing here.
 */
export async function rememberConversation(
  store: Store,
  turn: Turn,
  person: Person,
  now: Date,
  existing: ConversationRef | null,
): Promise<ConversationRef> {
  const { conversation } = turn;
  const personId = conversation.kind === 'personal' ? person.id : null;
  const reference = conversation.reference ?? existing?.reference ?? {};
  if (
    existing &&
    existing.deadAt === null &&
    existing.personId === personId &&
    existing.kind === conversation.kind &&
    JSON.stringify(existing.reference) === JSON.stringify(reference)
  ) {
    return existing;
  }
  return store.conversationRefs.upsert(
    {
      platform: turn.channel,
      tenantId: conversation.tenantId,
      conversationId: conversation.id,
      kind: conversation.kind,
      personId,
      teamId: existing?.teamId ?? null,
      reference,
    },
    now,
  );
}

import type { ChatIdentity, DomainErrorCode, Locale, Platform } from '../domain';
import type { ChartType } from '../analysis';
import type { CardModel } from '../cards/card-model';

/** A card button press or form submit: a dotted verb (`measurement.add`) and its data, inputs merged in. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

/** One incoming turn from any channel, platform-neutral. No SDK type crosses into the core. */
export interface Turn {
  channel: Platform;
  /** Who is talking (Teams AAD object id + tenant, Slack user + workspace, playground person id). */
  identity: ChatIdentity;
  /** The platform's display name for the user, used when a person is first seen. */
  displayName?: string;
  /**
   * The user's email when the platform tells it (Teams member email/UPN, Slack profile.email). On first
   * contact it links the identity to a person `forbedringsbot setup` created by email (linkPersonByEmail).
   */
  email?: string;
  /** The client's locale hint (e.g. Teams `locale`); the person's stored locale wins. */
  localeHint?: Locale;
  conversation: {
    id: string;
    kind: 'personal' | 'group' | 'channel';
    /** Teams tenant id / Slack workspace id. */
    tenantId: string;
    /** The platform's opaque reference for proactive messages (stored as a ConversationRef). */
    reference?: Record<string, unknown>;
  };
  /** Text the user wrote, with bot mentions already stripped. */
  text?: string;
  action?: CardAction;
  /** The platform's id for this request (activity id, Slack event_id, …); a retry with the same id is handled once. */
  requestId?: string;
}

/** A chart the channel may need to render itself (Slack uploads the PNG); cards already carry its signed URL. */
export interface ChartRequest {
  measureId: string;
  teamId: string;
  chart: ChartType;
  size: 'full' | 'sparkline';
  /** Alt text (plain-language summary of the analysis). */
  alt: string;
}

/** One reply of the core: text and/or a card model, plus chart requests for channels that upload images. */
export interface Reply {
  text?: string;
  card?: CardModel;
  charts?: ChartRequest[];
  /**
   * Set when the reply is a refusal (a DomainError; `text` says why): its code and, when known, the id of
   * the submitted card input it is about, so a channel can show the text next to that field.
   */
  error?: { code: DomainErrorCode; field?: string };
  /**
   * Set on the replies of a retried request id: the first attempt's replies, answered again. A channel that answers
   * in the HTTP response shows them; a channel that already posted them as messages (Slack) does not post them twice.
   */
  replayed?: true;
}

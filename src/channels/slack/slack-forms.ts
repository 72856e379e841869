import type { webApi } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import { collectInputs, str, type CardElement } from './block-kit/card-json';
import { renderModal } from './block-kit/render-modal';
import { MODAL } from './slack-limits';
import type { Destination } from './slack-replies';

/** What a form modal carries in private_metadata: the stored card and where the answer goes. */
export interface FormMeta {
  /** SlackState form key. */
  k: string;
  /** response_url of the interaction that opened the form (replies go there, ephemeral). */
  u?: string;
  /** Channel to post replies in when there is no response_url. */
  c?: string;
  /** Thread of the conversation, for replies in a channel thread. */
  th?: string;
}

/** The private_metadata for a form opened from `dest`. */
export function formMeta(key: string, dest: Destination): string {
  const meta: FormMeta = { k: key };
  if (dest.kind === 'respond') meta.u = dest.responseUrl;
  if (dest.channelId) meta.c = dest.channelId;
  if (dest.kind === 'post' && dest.threadTs) meta.th = dest.threadTs;
  const json = JSON.stringify(meta);
  return json.length <= MODAL.privateMetadata ? json : JSON.stringify({ k: key, ...(meta.c ? { c: meta.c } : {}) });
}

/** Parses private_metadata written by `formMeta`; null when it is not ours. */
export function parseFormMeta(raw: string | undefined): FormMeta | null {
  try {
    const m = JSON.parse(raw ?? '') as Partial<FormMeta>;
    return typeof m.k === 'string' ? (m as FormMeta) : null;
  } catch {
    return null;
  }
}

/** Where the replies to a submitted form go. */
export function formDestination(meta: FormMeta, userId: string): Destination {
  if (meta.u) return { kind: 'respond', responseUrl: meta.u, userId, ...(meta.c ? { channelId: meta.c } : {}) };
  return { kind: 'post', channelId: meta.c ?? userId, userId, ...(meta.th ? { threadTs: meta.th } : {}) };
}

/** Opens a stored card as a modal (the trigger_id is valid for 3 seconds after the click). */
export async function openFormModal(
  client: webApi.WebClient,
  triggerId: string,
  card: Record<string, unknown>,
  privateMetadata: string,
  opts: { publicImages: boolean; t: Translator },
): Promise<void> {
  const { t } = opts;
  const view = renderModal(card, {
    publicImages: opts.publicImages,
    defaultAlt: t('slack.chart.alt'),
    labels: { title: t('slack.form.title'), submit: t('slack.form.submit'), close: t('slack.form.close') },
    privateMetadata,
  });
  await client.views.open({ trigger_id: triggerId, view });
}

/** A copy of the card with the user's values as the inputs' initial values (nothing typed is lost). */
export function prefillCard(card: Record<string, unknown>, values: Record<string, string>): Record<string, unknown> {
  const copy = structuredClone(card);
  for (const input of collectInputs(copy as CardElement)) {
    const id = str(input, 'id');
    if (id && values[id] !== undefined) input.value = values[id];
  }
  return copy;
}

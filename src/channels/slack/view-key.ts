import { createHash } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { CardRefresh } from '../../cards/card-model';

/** Prefix of the block_id that names the view a message shows (a person-dependent card: a cycle, a seminar). */
const PREFIX = 'fbview:';

/** The key of a card's view: its verb and a digest of its data (a block_id is at most 255 characters). */
export function viewKey(refresh: CardRefresh): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(sorted(refresh.data)))
    .digest('base64url')
    .slice(0, 22);
  return `${PREFIX}${refresh.verb.slice(0, 100)}:${digest}`;
}

/**
 * Marks a message with the view it shows (the first block's block_id), so a press on it in a channel can tell
 * that the answer is the same card, updated: then the shared message is updated in place.
 */
export function markView(blocks: types.KnownBlock[], refresh: CardRefresh): void {
  const first = blocks[0] as { block_id?: string } | undefined;
  if (first && !first.block_id) first.block_id = viewKey(refresh);
}

/** The view a posted message shows (from its blocks as Slack sends them back with a press), if any. */
export function viewOfMessage(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  const id = (blocks[0] as { block_id?: unknown } | undefined)?.block_id;
  return typeof id === 'string' && id.startsWith(PREFIX) ? id : undefined;
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  return value;
}

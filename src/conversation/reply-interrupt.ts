import type { Reply } from './turn';

/**
 * Thrown by a flow helper to end the turn early with ready replies (a team picker, "you are in no team"),
 * so handlers stay linear. The router turns it into the turn's replies; it is not an error.
 */
export class ReplyInterrupt extends Error {
  constructor(readonly replies: Reply[]) {
    super('reply interrupt');
    this.name = 'ReplyInterrupt';
  }
}

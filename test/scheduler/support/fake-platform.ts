import type { Clock, ConversationRef, DeliveryResult, Notifier, OutgoingMessage } from '../../../src/domain';

/** One message the fake platform accepted. */
export interface Delivery {
  at: number;
  conversationId: string;
  refId: string;
  message: OutgoingMessage;
}

/** Limits a fake platform enforces like the real ones: 429 with Retry-After when exceeded. */
export interface FakeLimits {
  perConversationPerSec?: number;
  overallPerSec?: number;
}

/**
 * A notifier that records every accepted delivery and enforces per-conversation and overall rates over a
 * sliding one-second window (answering 429 with retryAfterMs). `script` can return a scripted answer first.
 */
export class FakePlatform implements Notifier {
  readonly deliveries: Delivery[] = [];
  readonly rejected: Array<{ at: number; refId: string; result: DeliveryResult }> = [];
  private lastByConversation = new Map<string, number>();
  private window: number[] = [];
  script: ((ref: ConversationRef, message: OutgoingMessage) => DeliveryResult | null) | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly limits: FakeLimits = {},
    readonly platform: ConversationRef['platform'] = 'local',
  ) {}

  async send(ref: ConversationRef, message: OutgoingMessage): Promise<DeliveryResult> {
    const now = this.clock.now().getTime();
    const scripted = this.script?.(ref, message);
    if (scripted) return this.reject(now, ref, scripted);
    const per = this.limits.perConversationPerSec;
    const last = this.lastByConversation.get(ref.conversationId);
    if (per && last !== undefined && now - last < 1000 / per) {
      return this.reject(now, ref, {
        ok: false,
        retryable: true,
        retryAfterMs: Math.ceil(1000 / per - (now - last)),
        reason: 'HTTP 429',
      });
    }
    const overall = this.limits.overallPerSec;
    if (overall) {
      this.window = this.window.filter((t) => t > now - 1000);
      if (this.window.length >= overall) {
        return this.reject(now, ref, { ok: false, retryable: true, retryAfterMs: 1000, reason: 'HTTP 429' });
      }
      this.window.push(now);
    }
    this.lastByConversation.set(ref.conversationId, now);
    this.deliveries.push({ at: now, conversationId: ref.conversationId, refId: ref.id, message });
    return { ok: true };
  }

  private reject(at: number, ref: ConversationRef, result: DeliveryResult): DeliveryResult {
    this.rejected.push({ at, refId: ref.id, result });
    return result;
  }
}

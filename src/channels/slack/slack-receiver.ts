import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { verifySlackRequest, type App, type Receiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Clock } from '../../domain';
import { readBody, type Route } from '../../server/http-server';

/** Slack's request bodies are small; 1 MB leaves room for big view_submission payloads. */
const BODY_LIMIT = 1_000_000;

/**
 * A Bolt Receiver mounted as a route on our shared HTTP server (events, commands and interactivity on one
 * URL). It verifies the signature with Bolt's `verifySlackRequest` on the raw body against our Clock
 * (forged or older than 5 minutes → 401), answers url_verification/ssl_check, and hands the body to
 * `app.processEvent`; `ack()` writes the HTTP response, the listener's slow work continues after it.
 */
/** Slack's own limit: a request timestamped more than 5 minutes from now, either way, is refused. */
const MAX_SKEW_SECONDS = 5 * 60;

export class SlackHttpReceiver implements Receiver {
  private app: App | undefined;
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly opts: { signingSecret: string; clock: Clock; logger: Logger; path: string }) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves when every request received so far is fully processed (ack and the work after it). */
  async idle(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  /** The route for `createHttpServer`. */
  route(): Route {
    return { method: 'POST', path: this.opts.path, handler: (req, res) => this.track(this.handle(req, res)) };
  }

  private track(work: Promise<void>): Promise<void> {
    this.inflight.add(work);
    return work.finally(() => this.inflight.delete(work));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.opts;
    let raw: string;
    try {
      raw = await readBody(req, BODY_LIMIT);
    } catch {
      res.writeHead(413).end();
      return;
    }
    const form = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    if (form && parseQuery(raw).ssl_check === '1') {
      res.writeHead(200).end();
      return;
    }
    // Bolt refuses only old timestamps; one from the future (a replay prepared in advance) is refused too.
    const sentAt = Number(header(req, 'x-slack-request-timestamp'));
    if (!Number.isFinite(sentAt) || Math.abs(this.opts.clock.now().getTime() / 1000 - sentAt) > MAX_SKEW_SECONDS) {
      logger.warn('slack request refused: timestamp more than 5 minutes off');
      res.writeHead(401).end();
      return;
    }
    try {
      verifySlackRequest({
        signingSecret: this.opts.signingSecret,
        body: raw,
        headers: {
          'x-slack-signature': header(req, 'x-slack-signature') ?? '',
          'x-slack-request-timestamp': Number(header(req, 'x-slack-request-timestamp')),
        },
        nowMilliseconds: this.opts.clock.now().getTime(),
      });
    } catch (err) {
      logger.warn({ reason: (err as Error).message }, 'slack request refused: signature');
      res.writeHead(401).end();
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = parseBody(raw, form);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (body.type === 'url_verification') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ challenge: body.challenge }));
      return;
    }
    let acked = false;
    const ack = async (response?: unknown) => {
      if (acked) return;
      acked = true;
      if (response === undefined || response === '') res.writeHead(200).end();
      else if (typeof response === 'string')
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(response);
      else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(response));
    };
    const retry = header(req, 'x-slack-retry-num');
    try {
      await this.app?.processEvent({
        body,
        ack,
        ...(retry ? { retryNum: Number(retry), retryReason: header(req, 'x-slack-retry-reason') } : {}),
      });
    } catch (err) {
      logger.error({ err }, 'slack event processing failed');
    }
    if (!acked) await ack();
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Slack sends JSON (Events API) or form fields; interactivity puts its JSON in the `payload` field. */
function parseBody(raw: string, form: boolean): Record<string, unknown> {
  if (!form) return JSON.parse(raw) as Record<string, unknown>;
  const fields = parseQuery(raw);
  if (typeof fields.payload === 'string') return JSON.parse(fields.payload) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifySignedPath } from './signed-url';

/** Dependencies of the chart endpoint. */
export interface ChartHttpHandlerOptions {
  secret: string;
  now: () => Date;
  /** Loads (or renders) the PNG for verified parameters; null when the chart does not exist. */
  loadPng: (params: Record<string, string>) => Promise<Buffer | null>;
  /** Called when loadPng throws; the client gets a bare 500. */
  onError?: (err: unknown) => void;
}

/** Longest time a client may cache a chart image, in seconds (capped by the link's expiry). */
const MAX_AGE_S = 24 * 60 * 60;

/** HTTP handler for signed chart URLs: 403 (no body) on a bad or expired signature, 404 when missing, else 200 image/png. */
export function createChartHttpHandler(
  options: ChartHttpHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' }).end();
      return;
    }
    const now = options.now();
    const verified = verifySignedPath(req.url ?? '', options.secret, now);
    if (!verified) {
      res.writeHead(403, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    let png: Buffer | null;
    try {
      png = await options.loadPng(verified.params);
    } catch (err) {
      options.onError?.(err);
      res.writeHead(500, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    if (!png) {
      res.writeHead(404, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    const maxAge = Math.max(0, Math.min(MAX_AGE_S, Math.floor((verified.expiresAt.getTime() - now.getTime()) / 1000)));
    res.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Length': String(png.length),
      'Cache-Control': `private, max-age=${maxAge}`,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : png);
  };
}

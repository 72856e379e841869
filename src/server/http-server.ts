import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** A request handler for one path prefix; handlers read the body themselves (Slack needs it raw). */
export interface Route {
  method: 'GET' | 'POST' | '*';
  /** Exact path, or a prefix when it ends with '/'. */
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
}

/** Headers every response carries; a page sets its own Content-Security-Policy over the strict default. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * One HTTP server for every channel, the playground and chart images. Unknown paths get 404; a known path
 * with another method 405 (HEAD is answered by the GET route, without a body). A handler that throws an
 * error carrying a 4xx `statusCode` (readBody's 413) answers with it; anything else is a logged 500.
 */
export function createHttpServer(routes: Route[], logger: Logger): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const onPath = routes.filter((r) =>
      r.path.endsWith('/') && r.path.length > 1 ? path.startsWith(r.path) : path === r.path,
    );
    const route = onPath.find((r) => r.method === '*' || r.method === method);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!route) {
      const allow = [...new Set(onPath.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])))].join(', ');
      if (allow)
        res.writeHead(405, { 'content-type': 'application/json', allow }).end('{"error":"method not allowed"}');
      else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    Promise.resolve(route.handler(req, res)).catch((err: unknown) => {
      const status = (err as { statusCode?: unknown }).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: status === 413 ? 'body too large' : 'bad request' }));
        return;
      }
      logger.error({ err, path }, 'unhandled error in HTTP handler');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"internal error"}');
    });
  });
}

/** Reads a request body as a UTF-8 string, refusing bodies over `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw Object.assign(new Error('body too large'), { statusCode: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends a JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

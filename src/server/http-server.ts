import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** A request handler for one path prefix; handlers read the body themselves (Slack needs it raw). */
export interface Route {
  method: 'GET' | 'POST' | '*';
  /** Exact path, or a prefix when it ends with '/'. */
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
}

/** One HTTP server for every channel, the playground and chart images. Unknown paths get 404. */
export function createHttpServer(routes: Route[], logger: Logger): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes.find(
      (r) =>
        (r.method === '*' || r.method === req.method) &&
        (r.path.endsWith('/') && r.path.length > 1 ? path.startsWith(r.path) : path === r.path),
    );
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    Promise.resolve(route.handler(req, res)).catch((err: unknown) => {
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

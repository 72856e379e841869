import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type Route } from '../../server/http-server';

const COOKIE = 'forbedringsbot_playground';

/**
 * Puts the playground's routes behind a secret token (PLAYGROUND_TOKEN): a request passes with
 * `Authorization: Bearer <token>` or the cookie that opening `/?token=<token>` once sets (HttpOnly,
 * SameSite=Strict), so the page's own scripts need no change. Anything else gets 401 and learns nothing.
 */
export function guardPlayground(routes: Route[], token: string): Route[] {
  const expected = digest(token);
  const allowed = (req: IncomingMessage) =>
    [bearer(req), cookie(req)].some((t) => t !== null && timingSafeEqual(digest(t), expected));
  return routes.map((route) => ({
    ...route,
    handler: (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://local.invalid');
      const offered = url.searchParams.get('token');
      if (url.pathname === '/' && offered !== null && timingSafeEqual(digest(offered), expected)) {
        res
          .writeHead(303, {
            location: '/',
            'set-cookie': `${COOKIE}=${encodeURIComponent(offered)}; HttpOnly; SameSite=Strict; Path=/`,
          })
          .end();
        return;
      }
      if (!allowed(req)) {
        sendJson(res, 401, { error: 'unauthorized', message: 'The playground needs its token.' });
        return;
      }
      return route.handler(req, res);
    },
  }));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

function cookie(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

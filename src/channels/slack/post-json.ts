import { Agent as HttpAgent, request as httpRequest, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

// Keep-alive agents: replies go to the same Slack host (hooks.slack.com) again and again. Idle sockets are
// dropped after 4 s, before a typical server's 5 s keep-alive timeout closes them under us.
const agents = {
  http: new HttpAgent({ keepAlive: true, timeout: 4000 }),
  https: new HttpsAgent({ keepAlive: true, timeout: 4000 }),
};
const TIMEOUT_MS = 10_000;

/**
 * POSTs JSON to a URL (a Slack response_url) and resolves with the HTTP status; rejects on network errors.
 * A reused keep-alive socket the server closed meanwhile (ECONNRESET before any answer) is retried once on a
 * fresh socket, as Node's documentation advises: the request never reached the server.
 */
export async function postJson(url: string, body: unknown): Promise<number> {
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  try {
    return await send(new URL(url), payload);
  } catch (err) {
    if (!(err as { staleSocket?: boolean }).staleSocket) throw err;
    return send(new URL(url), payload);
  }
}

function send(target: URL, payload: Buffer): Promise<number> {
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req: ClientRequest = (secure ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`response_url timed out after ${TIMEOUT_MS} ms`)));
    req.on('error', (err: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && (err.code === 'ECONNRESET' || err.message === 'socket hang up');
      reject(stale ? Object.assign(err, { staleSocket: true }) : err);
    });
    req.end(payload);
  });
}

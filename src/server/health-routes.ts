import { sendJson, type Route } from './http-server';

/** How long /readyz waits for the store before calling it unreachable. */
const READY_TIMEOUT_MS = 2_000;

/** What the probes read: the store, and whether this instance is shutting down. */
export interface HealthDeps {
  /** The store's ping (Store.ping): resolves when the database answers. */
  store: { ping(): Promise<void> };
  draining(): boolean;
}

/**
 * `GET /healthz` (liveness: the process answers) and `GET /readyz` (readiness: not shutting down and the store
 * answers). Both reply with one status word and nothing else, so they are safe to expose to a load balancer.
 */
export function healthRoutes(deps: HealthDeps): Route[] {
  return [
    { method: 'GET', path: '/healthz', handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/readyz',
      handler: async (_req, res) => {
        if (deps.draining()) return sendJson(res, 503, { status: 'draining' });
        const ok = await reachable(deps.store);
        sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable' });
      },
    },
  ];
}

async function reachable(store: HealthDeps['store']): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      store.ping().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

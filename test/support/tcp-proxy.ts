// A TCP proxy on 127.0.0.1 (port 0) in front of a database, for fault tests: it can stop forwarding (a network
// partition: sockets stay open, nothing arrives), resume, or cut every connection.
import { createServer, connect, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket | null;
  /** Bytes not yet forwarded (arrived while paused, or before the upstream connection existed). */
  toUpstream: Buffer[];
  toClient: Buffer[];
}

/** A pausable TCP proxy to `targetPort`. */
export interface TcpProxy {
  port: number;
  /** Stops forwarding in both directions; new connections are accepted but not connected upstream. */
  pause(): void;
  /** Forwards again, including what arrived while paused. */
  resume(): void;
  /** Local ports of the upstream connections (PostgreSQL's pg_stat_activity.client_port). */
  upstreamPorts(): number[];
  close(): Promise<void>;
}

/** Starts a proxy; stop it with close(). */
export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  const pending: Array<() => void> = [];
  let paused = false;

  const forward = (from: Socket, to: () => Socket | null, held: Buffer[]) =>
    from.on('data', (chunk: Buffer) => {
      const target = to();
      if (paused || !target) held.push(chunk);
      else target.write(chunk);
    });
  const flush = (pair: Pair) => {
    for (const chunk of pair.toUpstream.splice(0)) pair.upstream?.write(chunk);
    for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
  };
  const open = (pair: Pair) => {
    const upstream = connect(targetPort, targetHost);
    pair.upstream = upstream;
    forward(upstream, () => pair.client, pair.toClient);
    upstream.on('error', () => pair.client.destroy());
    upstream.on('close', () => {
      pair.client.destroy();
      pairs.delete(pair);
    });
    flush(pair);
  };

  const server: Server = createServer((client) => {
    const pair: Pair = { client, upstream: null, toUpstream: [], toClient: [] };
    pairs.add(pair);
    forward(client, () => pair.upstream, pair.toUpstream);
    client.on('error', () => pair.upstream?.destroy());
    client.on('close', () => {
      pair.upstream?.destroy();
      pairs.delete(pair);
    });
    if (paused) pending.push(() => open(pair));
    else open(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  return {
    port,
    pause() {
      // Keep reading and hold the bytes: a socket the client closes meanwhile is cut, its bytes never arrive.
      paused = true;
    },
    resume() {
      paused = false;
      for (const p of pairs) flush(p);
      for (const start of pending.splice(0)) start();
    },
    upstreamPorts: () => [...pairs].map((p) => p.upstream?.localPort).filter((x): x is number => typeof x === 'number'),
    async close() {
      for (const p of pairs) {
        p.client.destroy();
        p.upstream?.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

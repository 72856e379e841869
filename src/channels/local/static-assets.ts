import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

const publicDir = (name: string): string => fileURLToPath(new URL(`./public/${name}`, import.meta.url));

/** The playground's files by URL path: its own page and the `adaptivecards` browser bundle. No other path is served. */
const ASSETS: Record<string, { file: () => string; type: string }> = {
  '/': { file: () => publicDir('index.html'), type: 'text/html; charset=utf-8' },
  '/playground/playground.js': { file: () => publicDir('playground.js'), type: 'text/javascript; charset=utf-8' },
  '/playground/card-host.js': { file: () => publicDir('card-host.js'), type: 'text/javascript; charset=utf-8' },
  '/playground/playground.css': { file: () => publicDir('playground.css'), type: 'text/css; charset=utf-8' },
  '/playground/favicon.svg': { file: () => publicDir('favicon.svg'), type: 'image/svg+xml' },
  '/playground/adaptivecards.min.js': {
    file: () => createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

// Scripts only from this server; adaptivecards sets inline styles; chart images may come from PUBLIC_URL.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:; frame-ancestors 'none'";

/** True when `path` is one of the playground's files. */
export function isPlaygroundAsset(path: string): boolean {
  return Object.hasOwn(ASSETS, path);
}

/** Sends a playground file, or 404 for any other path. */
export async function sendPlaygroundAsset(path: string, res: ServerResponse): Promise<void> {
  const asset = Object.hasOwn(ASSETS, path) ? ASSETS[path] : undefined;
  if (!asset) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    return;
  }
  const body = await readFile(asset.file());
  res
    .writeHead(200, {
      'content-type': asset.type,
      'cache-control': 'no-cache',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    })
    .end(body);
}

/** The URL paths of every playground file (for route registration). */
export const PLAYGROUND_PATHS = Object.keys(ASSETS);

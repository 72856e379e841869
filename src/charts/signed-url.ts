import { createHmac, timingSafeEqual } from 'node:crypto';

/** Default lifetime of a chart link, in days: 14 months, so a chart in chat history still loads 13 months later. */
export const DEFAULT_CHART_TTL_DAYS = 425;
/**
 * Default lifetime of a chart link in ms. Long on purpose: the images show team aggregates, never persons, and
 * rotating CHART_SIGNING_SECRET invalidates every link at once (docs/charts.md).
 */
export const DEFAULT_CHART_TTL_MS = DEFAULT_CHART_TTL_DAYS * 24 * 60 * 60 * 1000;

/** Where a kind of signed link lives: `/<dir>/<opaque>.<ext>`; `tag` separates the MACs of different kinds. */
export interface SignedRoute {
  dir: string;
  ext: string;
  tag: string;
}

/** Chart images: `/charts/<opaque>.png` (no tag, so chart links signed before tags existed stay valid). */
export const CHART_ROUTE: SignedRoute = { dir: 'charts', ext: 'png', tag: '' };

/**
 * Signs chart parameters into `/charts/<opaque>.png?e=<unix seconds>&s=<HMAC-SHA256, base64url>`.
 * NOTE: the opaque part is base64url JSON, encoded but not encrypted: put ids in it, never personal data.
 */
export function signChartPath(
  params: Record<string, string>,
  secret: string,
  expiresAt: Date,
  route: SignedRoute = CHART_ROUTE,
): string {
  const sorted = Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const opaque = Buffer.from(JSON.stringify(sorted), 'utf8').toString('base64url');
  const e = Math.floor(expiresAt.getTime() / 1000);
  return `/${route.dir}/${opaque}.${route.ext}?e=${e}&s=${mac(secret, route, opaque, e).toString('base64url')}`;
}

/** Checks a signed path (as `req.url`): returns the parameters, or null when malformed, tampered or expired at `now`. */
export function verifyChartPath(path: string, secret: string, now: Date): Record<string, string> | null {
  const verified = verifySignedPath(path, secret, now);
  return verified ? verified.params : null;
}

/** Like `verifyChartPath`, also returning the expiry (used for cache lifetimes). */
export function verifySignedPath(
  path: string,
  secret: string,
  now: Date,
  route: SignedRoute = CHART_ROUTE,
): { params: Record<string, string>; expiresAt: Date } | null {
  let url: URL;
  try {
    url = new URL(path, 'http://chart.invalid');
  } catch {
    return null; // not a URL at all: treat as a bad signature
  }
  const opaque = new RegExp(`^/${route.dir}/([A-Za-z0-9_-]+)\\.${route.ext}$`).exec(url.pathname)?.[1];
  const eText = url.searchParams.get('e') ?? '';
  const sText = url.searchParams.get('s') ?? '';
  if (!opaque || !/^\d{1,12}$/.test(eText) || !/^[A-Za-z0-9_-]{43}$/.test(sText)) return null;
  const e = Number(eText);
  // Compare the base64url text, not decoded bytes: the last character carries 2 unused bits, so
  // several spellings decode to the same MAC, and only the canonical one may pass.
  const expected = Buffer.from(mac(secret, route, opaque, e).toString('base64url'), 'latin1');
  const given = Buffer.from(sText, 'latin1');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (now.getTime() >= e * 1000) return null;
  const params = decodeParams(opaque);
  return params ? { params, expiresAt: new Date(e * 1000) } : null;
}

function mac(secret: string, route: SignedRoute, opaque: string, e: number): Buffer {
  return createHmac('sha256', secret).update(`${route.tag}${opaque}.${e}`).digest();
}

function decodeParams(opaque: string): Record<string, string> | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(opaque, 'base64url').toString('utf8'));
  } catch {
    return null; // signed but not JSON cannot come from signChartPath
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') return null;
    out[k] = v;
  }
  return out;
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { signChartPath, verifySignedPath, type SignedRoute } from '../../charts/signed-url';
import type { Clock, Locale, StoryboardLinks, Store } from '../../domain';
import { createTranslator } from '../../i18n/translator';
import { renderStoryboardPng, storyboardPdf } from './render-storyboard';
import { loadStoryboard } from './storyboard-data';

const PNG_ROUTE: SignedRoute = { dir: 'storyboards', ext: 'png', tag: 'storyboard:' };
const PDF_ROUTE: SignedRoute = { dir: 'storyboards', ext: 'pdf', tag: 'storyboard:' };
/** A board link stays valid this long after the seminar's start (ms). */
const VALID_AFTER_START_MS = 90 * 24 * 3600 * 1000;

/** The storyboards' HTTP route; app.ts mounts it on the server (it fits server/http-server.ts' `Route`). */
export interface StoryboardRoute {
  method: 'GET';
  path: '/storyboards/';
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

/** Signed storyboard links, the boards behind them (rendered from the store on request) and their HTTP route. */
export interface StoryboardService extends StoryboardLinks {
  /** The team's board for the seminar as PNG, or null when the seminar or team does not exist. */
  png(seminarId: string, teamId: string, locale: Locale): Promise<Buffer | null>;
  /** The same board as a one-page A4 PDF. */
  pdf(seminarId: string, teamId: string, locale: Locale): Promise<Buffer | null>;
  httpRoute(): StoryboardRoute;
}

/** Builds the storyboard service; `secret` is the chart-signing secret, `publicUrl` the bot's base URL. */
export function createStoryboardService(options: {
  store: Store;
  clock: Clock;
  secret: string;
  publicUrl: string;
  logger?: Logger;
}): StoryboardService {
  const { store, clock, secret } = options;
  const base = options.publicUrl.replace(/\/+$/, '');

  async function png(seminarId: string, teamId: string, locale: Locale): Promise<Buffer | null> {
    const [seminar, team] = await Promise.all([store.seminars.get(seminarId), store.teams.get(teamId)]);
    if (!seminar || !team || team.collaborativeId !== seminar.collaborativeId) return null;
    return renderStoryboardPng(await loadStoryboard(store, { seminar, team, locale, now: clock.now() }));
  }

  async function pdf(seminarId: string, teamId: string, locale: Locale): Promise<Buffer | null> {
    const image = await png(seminarId, teamId, locale);
    const team = await store.teams.get(teamId);
    return image && team
      ? storyboardPdf(image, createTranslator(locale)('storyboard.title', { team: team.name }), clock.now())
      : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '';
    const format = /^\/storyboards\/[^?]*\.pdf(\?|$)/.test(path) ? 'pdf' : 'png';
    const verified = verifySignedPath(path, secret, clock.now(), format === 'pdf' ? PDF_ROUTE : PNG_ROUTE);
    if (!verified?.params.s || !verified.params.t) {
      res.writeHead(403, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    const locale: Locale = verified.params.l === 'en' ? 'en' : 'da';
    let body: Buffer | null;
    try {
      body = await (format === 'pdf' ? pdf : png)(verified.params.s, verified.params.t, locale);
    } catch (err) {
      options.logger?.error({ err }, 'storyboard rendering failed');
      res.writeHead(500, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    if (!body) {
      res.writeHead(404, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': format === 'pdf' ? 'application/pdf' : 'image/png',
      'Content-Length': String(body.length),
      // Rendered from the current data: the learning text may still change until the seminar.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(format === 'pdf' ? { 'Content-Disposition': 'inline; filename="storyboard.pdf"' } : {}),
    });
    res.end(body);
  }

  return {
    boardUrl({ seminarId, teamId, startsAt, format, locale }) {
      const expiresAt = new Date(Math.max(clock.now().getTime(), startsAt.getTime()) + VALID_AFTER_START_MS);
      return `${base}${signChartPath({ s: seminarId, t: teamId, l: locale }, secret, expiresAt, format === 'pdf' ? PDF_ROUTE : PNG_ROUTE)}`;
    },
    png,
    pdf,
    httpRoute: () => ({ method: 'GET', path: '/storyboards/', handler: handle }),
  };
}

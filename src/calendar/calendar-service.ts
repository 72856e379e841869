import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { signChartPath, verifySignedPath, type SignedRoute } from '../charts/signed-url';
import type { CalendarLinks, Clock, Locale, Seminar, Store } from '../domain';
import { createTranslator } from '../i18n/translator';
import type { Route } from '../server/http-server';
import { seminarIcs } from './seminar-ics';

/** Calendar files: `/calendar/<opaque>.ics`, signed like chart links with their own MAC tag. */
export const CALENDAR_ROUTE: SignedRoute = { dir: 'calendar', ext: 'ics', tag: 'ics:' };

/** A calendar link stays valid this long after the seminar's start (ms), so a late cancellation still reaches it. */
const VALID_AFTER_START_MS = 90 * 24 * 3600 * 1000;

/** Signed links to seminars' calendar entries and the HTTP route that serves them. */
export interface CalendarService extends CalendarLinks {
  /** The seminar's iCalendar text, or null when there is no such seminar. */
  ics(seminarId: string, locale: Locale): Promise<string | null>;
  /** `GET /calendar/…`: 403 on a bad or expired signature, 404 for an unknown seminar, else text/calendar. */
  httpRoute(): Route;
}

/** Options: `publicUrl` is the bot's base URL (PUBLIC_URL); `secret` the chart-signing secret. */
export interface CalendarServiceOptions {
  store: Store;
  clock: Clock;
  secret: string;
  publicUrl: string;
  logger?: Logger;
}

/** Builds the calendar service. The file is made from the stored seminar on every request, so it is always current. */
export function createCalendarService(options: CalendarServiceOptions): CalendarService {
  const { store, clock, secret } = options;
  const base = options.publicUrl.replace(/\/+$/, '');
  const uidDomain = new URL(base).hostname || 'forbedringsbot';

  async function ics(seminarId: string, locale: Locale): Promise<string | null> {
    const seminar = await store.seminars.get(seminarId);
    return seminar
      ? seminarIcs(seminar, {
          description: describe(seminar, locale),
          uidDomain,
          language: locale === 'en' ? 'EN' : 'DA',
        })
      : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' }).end();
      return;
    }
    const verified = verifySignedPath(req.url ?? '', secret, clock.now(), CALENDAR_ROUTE);
    if (!verified?.params.s) {
      res.writeHead(403, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    let body: string | null;
    try {
      body = await ics(verified.params.s, verified.params.l === 'en' ? 'en' : 'da');
    } catch (err) {
      options.logger?.error({ err }, 'calendar file failed');
      res.writeHead(500, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    if (body === null) {
      res.writeHead(404, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
      return;
    }
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="seminar.ics"',
      'Content-Length': String(bytes.length),
      // Always fetched anew: a change or cancellation must reach the next download.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  return {
    seminarUrl(seminar, locale) {
      const expiresAt = new Date(Math.max(clock.now().getTime(), seminar.startsAt.getTime()) + VALID_AFTER_START_MS);
      return `${base}${signChartPath({ s: seminar.id, l: locale }, secret, expiresAt, CALENDAR_ROUTE)}`;
    },
    ics,
    httpRoute: () => ({ method: 'GET', path: '/calendar/', handler: handle }),
  };
}

/** The DESCRIPTION lines: agenda, meeting link and material, labelled in the reader's language. */
function describe(s: Seminar, locale: Locale): string[] {
  const t = createTranslator(locale);
  const lines: string[] = [];
  if (s.agenda) lines.push(`${t('seminar.ics.agenda')}:`, s.agenda, '');
  if (s.onlineUrl) lines.push(`${t('seminar.ics.online')}: ${s.onlineUrl}`);
  if (s.materialUrl) lines.push(`${t('seminar.ics.material')}: ${s.materialUrl}`);
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
}

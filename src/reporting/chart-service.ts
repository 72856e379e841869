import type { Logger } from 'pino';
import { CHART_TYPES, type ChartType } from '../analysis';
import {
  createChartHttpHandler,
  DEFAULT_CHART_TTL_MS,
  renderChartPng,
  renderSparklinePng,
  signChartPath,
  TEAMS_CHART,
} from '../charts';
import type { ChartAnnotation } from '../charts';
import {
  DEFAULT_TIME_ZONE,
  localDate,
  type ChartLinks,
  type Clock,
  type Locale,
  type Measure,
  type PdsaCycle,
  type Store,
} from '../domain';
import { renderOverviewForViewer } from './overview-image';
import { analyseSeries } from './series-analysis';

/** One chart image: a team's chart of a measure, its type and size, and the language of its labels (default Danish). */
export interface ChartPngRequest {
  measureId: string;
  teamId: string;
  chart: ChartType;
  size: 'full' | 'sparkline';
  locale?: Locale;
}

/** The chart images' HTTP route; app.ts mounts it on the server (it fits server/http-server.ts' `Route`). */
export interface ChartRoute {
  method: 'GET';
  path: '/charts/';
  handler: ReturnType<typeof createChartHttpHandler>;
}

/** Signed chart links for cards (team charts and the cross-team overview), the PNGs behind them, and their HTTP route. */
export interface ChartService extends Required<ChartLinks> {
  /** Renders the chart of a measure for a team; null when the measure or team does not exist. */
  png(req: ChartPngRequest): Promise<Buffer | null>;
  /** `GET /charts/…`: serves signed chart URLs (403 on a bad or expired signature). */
  httpRoute(): ChartRoute;
}

/** Options: `publicUrl` is the bot's public base URL (PUBLIC_URL); `ttlMs` the link lifetime (default 7 days). */
export interface ChartServiceOptions {
  store: Store;
  secret: string;
  publicUrl: string;
  clock: Clock;
  ttlMs?: number;
  logger?: Logger;
}

/** Builds the chart service: loads the series, analyses it with the chart type, marks PDSA cycles, renders PNG. */
export function createChartService(options: ChartServiceOptions): ChartService {
  const { store, secret, clock } = options;
  const base = options.publicUrl.replace(/\/+$/, '');
  const ttl = options.ttlMs ?? DEFAULT_CHART_TTL_MS;

  async function png(req: ChartPngRequest): Promise<Buffer | null> {
    const [measure, team] = await Promise.all([store.measures.get(req.measureId), store.teams.get(req.teamId)]);
    if (!measure || !team || measure.collaborativeId !== team.collaborativeId) return null;
    const locale = req.locale ?? 'da';
    const series = await store.measurements.series(measure.id, team.id);
    const events = await store.baselines.active(team.id, measure.id);
    const analysis = analyseSeries(measure, series, locale, req.chart, clock.now(), events);
    if (req.size === 'sparkline')
      return renderSparklinePng({
        analysis: analysis.result,
        chart: req.chart,
        goal: analysis.goal,
        quantity: measure.unitKind,
        better: measure.direction,
      });
    return renderChartPng(
      {
        analysis: analysis.result,
        chart: req.chart,
        periodLabels: analysis.axisLabels,
        periodYears: analysis.years,
        measureName: measure.name,
        unit: measure.unit ?? undefined,
        quantity: measure.unitKind,
        goal: analysis.goal,
        better: measure.direction,
        annotations: await pdsaAnnotations(store, measure, team.id, analysis.starts),
        baseline: analysis.baseline,
        locale,
      },
      TEAMS_CHART,
    );
  }

  const sign = (params: Record<string, string>) =>
    `${base}${signChartPath(params, secret, new Date(clock.now().getTime() + ttl))}`;

  return {
    url(req) {
      const params: Record<string, string> = { m: req.measureId, t: req.teamId, c: req.chart, z: req.size };
      if (req.locale) params.l = req.locale;
      return sign(params);
    },
    overviewUrl(req) {
      return sign({ k: 'overview', m: req.measureId, v: req.viewerId, l: req.locale });
    },
    png,
    httpRoute() {
      const handler = createChartHttpHandler({
        secret,
        now: () => clock.now(),
        onError: (err) => options.logger?.error({ err }, 'chart rendering failed'),
        loadPng: async (p) => {
          const locale = p.l === 'en' ? 'en' : 'da';
          // The overview across teams (flows/overview.ts): measure, viewer and label language.
          if (p.k === 'overview') {
            return p.m && p.v
              ? renderOverviewForViewer(store, { measureId: p.m, viewerId: p.v, locale }, clock.now())
              : null;
          }
          const chart = CHART_TYPES.find((c) => c === p.c);
          const size = p.z === 'sparkline' ? 'sparkline' : p.z === 'full' ? 'full' : null;
          if (!p.m || !p.t || !chart || !size) return null;
          return png({ measureId: p.m, teamId: p.t, chart, size, locale });
        },
      });
      return { method: 'GET', path: '/charts/', handler };
    },
  };
}

/**
 * The team's PDSA cycles on this measure (or on no measure in particular), in the order they were created, each
 * marked at the analysed value (`starts`: first day of each value's period) where its test started: the Do phase's start date when the team wrote one, else the day the
 * cycle was created (in Danish time).
 */
export async function pdsaAnnotations(
  store: Store,
  measure: Measure,
  teamId: string,
  starts: readonly string[],
): Promise<Array<ChartAnnotation & { cycle: PdsaCycle }>> {
  if (starts.length === 0) return [];
  const cycles = (await store.pdsa.listForTeam(teamId))
    .filter((c) => c.measureIds.length === 0 || c.measureIds.includes(measure.id))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return cycles.map((cycle, i) => {
    const started = cycle.do?.startedOn ?? localDate(cycle.createdAt, DEFAULT_TIME_ZONE);
    // The last point whose period began on or before that day.
    let at = 0;
    starts.forEach((start, j) => {
      if (start <= started) at = j;
    });
    return { index: at, label: `PDSA ${i + 1}`, cycle };
  });
}

import type { Kysely } from 'kysely';
import { containsCpr, numberText, redactCpr } from '../domain';
import { bumpReferenceVersion } from './reference-cache';
import { bumpSeriesVersions } from './series-version';

/** Where users' and platforms' text is stored: free-text columns, and JSON columns whose ids stay untouched. */
const TARGETS: Array<{
  table: string;
  key: string;
  text?: string[];
  json?: string[];
  numbers?: string[];
  /** Columns read besides the scanned ones (a measurement's series, whose cached copies a redaction invalidates). */
  also?: string[];
}> = [
  { table: 'collaboratives', key: 'id', text: ['name', 'name_key', 'clinical_area', 'goals'] },
  { table: 'teams', key: 'id', text: ['name', 'name_key', 'department', 'municipality'] },
  { table: 'persons', key: 'id', text: ['display_name', 'email'] },
  { table: 'measures', key: 'id', text: ['name', 'code', 'code_key', 'unit', 'data_source'] },
  {
    table: 'measurements',
    key: 'id',
    text: ['note'],
    numbers: ['value', 'numerator', 'denominator'],
    also: ['measure_id', 'team_id'],
  },
  {
    table: 'pdsa_cycles',
    key: 'id',
    text: ['title', 'change_idea'],
    json: ['plan_json', 'do_json', 'study_json', 'act_json'],
  },
  {
    table: 'action_plans',
    key: 'id',
    text: ['title', 'what_to_change', 'success_criterion', 'when_text', 'test_method', 'report_back'],
    json: ['steps_json'],
  },
  { table: 'seminars', key: 'id', text: ['title', 'location', 'online_url', 'agenda'] },
  { table: 'broadcasts', key: 'id', text: ['text'], json: ['report_json'] },
  { table: 'reminders', key: 'id', text: ['last_error'], json: ['payload_json'] },
  { table: 'conversation_refs', key: 'id', json: ['reference_json'] },
  { table: 'conversation_state', key: 'key', json: ['value_json'] },
  { table: 'audit_log', key: 'id', json: ['old_json', 'new_json'] },
];

/** JSON keys that hold generated or platform identifiers, URLs or timestamps: never rewritten. */
const ID_KEY = /(^id$|Ids?$|_id$|_ids$|^ts$|token|nonce|url|Url|At$|_at$|^key$|Key$)/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a scan found: per table and column, how many rows hold a CPR-like number. Counts only, never values. */
export interface PrivacyScanResult {
  findings: Array<{ table: string; column: string; rows: number }>;
  /** Rows changed (redacted text) or, for a CPR-like measurement value, deleted; 0 without `redact`. */
  redacted: number;
}

/**
 * Finds CPR-like numbers already stored (from before the guard covered every shape and entrance) and, with
 * `redact`, replaces them with "[CPR fjernet]" in place; a measurement whose value itself is CPR-like is
 * deleted. Identifiers (UUIDs, platform ids in references) are left alone. Used by a migration and by
 * `forbedringsbot privacy scan [--redact]`.
 */
export async function scanStoredCpr(db: Kysely<any>, options: { redact: boolean }): Promise<PrivacyScanResult> {
  const counts = new Map<string, number>();
  const count = (table: string, column: string) =>
    counts.set(`${table}.${column}`, (counts.get(`${table}.${column}`) ?? 0) + 1);
  let redacted = 0;
  // Running instances cache collaboratives, teams, measures and series behind version tokens: a redaction there
  // bumps them, so no instance keeps showing the redacted text.
  let references = false;
  const series: Array<{ measureId: string; teamId: string }> = [];
  for (const target of TARGETS) {
    const columns = [...(target.text ?? []), ...(target.json ?? []), ...(target.numbers ?? []), ...(target.also ?? [])];
    const rows = (await db
      .selectFrom(target.table)
      .select([target.key, ...columns])
      .execute()) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const update: Record<string, unknown> = {};
      let remove = false;
      for (const column of target.numbers ?? []) {
        const v = row[column];
        if (typeof v !== 'number' || !Number.isInteger(v) || !containsCpr(numberText(v))) continue;
        count(target.table, column);
        remove = true;
      }
      for (const column of target.text ?? []) {
        const v = row[column];
        if (typeof v !== 'string' || !containsCpr(v.replace(UUID, ''))) continue;
        count(target.table, column);
        const clean = redactKeepingIds(v);
        update[column] = column.endsWith('_key') ? clean.toLocaleLowerCase('da') : clean;
      }
      for (const column of target.json ?? []) {
        const v = row[column];
        if (typeof v !== 'string' || !containsCpr(v.replace(UUID, ''))) continue;
        const clean = redactJson(v);
        if (clean === v) continue;
        count(target.table, column);
        update[column] = clean;
      }
      if (!options.redact || (!remove && Object.keys(update).length === 0)) continue;
      if (remove)
        await db
          .deleteFrom(target.table)
          .where(target.key, '=', row[target.key] as string)
          .execute();
      else
        await db
          .updateTable(target.table)
          .set(update)
          .where(target.key, '=', row[target.key] as string)
          .execute();
      redacted++;
      if (['collaboratives', 'teams', 'measures'].includes(target.table)) references = true;
      if (target.table === 'measurements')
        series.push({ measureId: row.measure_id as string, teamId: row.team_id as string });
    }
  }
  if (references) await bumpReferenceVersion(db, null);
  if (series.length) await bumpSeriesVersions(db, series);
  const findings = [...counts].map(([where, rows]) => {
    const [table, column] = where.split('.') as [string, string];
    return { table, column, rows };
  });
  return { findings, redacted };
}

function redactKeepingIds(text: string): string {
  const ids: string[] = [];
  const masked = text.replace(UUID, (id) => `\u0000${ids.push(id) - 1}\u0000`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the identifiers set aside above
  return redactCpr(masked).replace(/\u0000(\d+)\u0000/g, (_m, i: string) => ids[Number(i)]!);
}

function redactJson(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return redactKeepingIds(text);
  }
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return ID_KEY.test(key) ? v : redactKeepingIds(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [ID_KEY.test(k) ? k : redactCpr(k), walk(x, k)]));
    return v;
  };
  return JSON.stringify(walk(parsed, ''));
}

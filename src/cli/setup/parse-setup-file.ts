import { type Document, LineCounter, isMap, isPair, isScalar, parseDocument, type Node } from 'yaml';
import type { ZodIssue } from 'zod';
import { findCprPaths, redactCpr } from '../../domain';
import { setupFileSchema, type SetupFile } from './setup-file-schema';

const CPR_MESSAGE = 'looks like it contains a CPR number; personal ID numbers are never stored';

/** One problem in a setup file: its 1-based line (null when the file is empty), where, and what. */
export interface SetupProblem {
  line: number | null;
  path: string;
  message: string;
}

/** Finds the line of a path in the file (the deepest part of the path that exists). */
export type LineOf = (path: Array<string | number>) => number | null;

export type ParsedSetupFile = { ok: true; file: SetupFile; lineOf: LineOf } | { ok: false; problems: SetupProblem[] };

/** Parses and validates a setup file; every YAML and schema problem is returned with its line. */
export function parseSetupFile(text: string): ParsedSetupFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), path: '', message: firstLine(e.message) })),
    };
  }
  const lineOf: LineOf = (path) => lineOfPath(doc, path, lineAt);
  const raw: unknown = doc.toJS() ?? {};
  // Every value and key, known to the schema or not, is searched: a CPR number anywhere refuses the file.
  const cpr = findCprPaths(raw).map((path) => ({
    line: lineOf(path),
    path: redactCpr(formatPath(path)),
    message: CPR_MESSAGE,
  }));
  const parsed = setupFileSchema.safeParse(raw);
  if (parsed.success && cpr.length === 0) return { ok: true, file: parsed.data, lineOf };
  const problems = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => issueProblems(issue, doc, lineOf, lineAt));
  const merged = [...cpr, ...problems.filter((p) => p.message !== CPR_MESSAGE)];
  return {
    ok: false,
    problems: sortProblems(merged).map((p) => ({ ...p, path: redactCpr(p.path), message: redactCpr(p.message) })),
  };
}

/** Orders problems by line so the operator can walk down the file. */
export function sortProblems(problems: SetupProblem[]): SetupProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
}

/** `people[2].roles[0].team` */
export function formatPath(path: Array<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueProblems(
  issue: ZodIssue,
  doc: Document,
  lineOf: LineOf,
  lineAt: (offset: number) => number,
): SetupProblem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      line: keyLine(doc, path, key, lineAt) ?? lineOf(path),
      path: formatPath([...path, key]),
      message: `unknown key "${key}"`,
    }));
  }
  const exists = doc.hasIn(path);
  const message =
    !exists && issue.code === 'invalid_type' && issue.received === 'undefined'
      ? `missing required key "${String(path[path.length - 1])}"`
      : issue.message === 'CPR_NUMBER_REFUSED'
        ? CPR_MESSAGE
        : issue.message;
  return [{ line: lineOf(path), path: formatPath(path), message }];
}

function lineOfPath(doc: Document, path: Array<string | number>, lineAt: (offset: number) => number): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | null | undefined;
    if (node?.range) {
      // A value on the line of its key reports that line; a block (map, list) reports its first entry.
      return lineAt(node.range[0]);
    }
  }
  return null;
}

function keyLine(
  doc: Document,
  path: Array<string | number>,
  key: string,
  lineAt: (offset: number) => number,
): number | null {
  const parent = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isMap(parent)) return null;
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  const k = pair && isScalar(pair.key) ? pair.key : null;
  return k?.range ? lineAt(k.range[0]) : null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

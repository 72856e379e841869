import { redactCpr } from './cpr';

/** Nesting deeper than this is cut off (logs and stored references never need it; it bounds the walk). */
const MAX_DEPTH = 20;

/**
 * Returns a copy of a value with every CPR-like number in its strings replaced by "[CPR fjernet]".
 * Errors become plain `{ type, message, stack, code }` objects; cycles and nesting beyond MAX_DEPTH end
 * in a marker instead of a stack overflow. Only strings that change are copied.
 */
export function redactDeep(value: unknown, keyFilter?: (key: string) => boolean): unknown {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number, redactHere: boolean): unknown => {
    if (typeof v === 'string') return redactHere ? redactCpr(v) : v;
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[Circular]';
    if (depth >= MAX_DEPTH) return '[Too deep]';
    seen.add(v);
    try {
      if (v instanceof Error) {
        const code = (v as { code?: unknown }).code;
        const out: Record<string, unknown> = { type: v.name, message: redactCpr(v.message) };
        if (v.stack) out.stack = redactCpr(v.stack);
        if (code !== undefined) out.code = walk(code, depth + 1, true);
        return out;
      }
      if (v instanceof Date || Buffer.isBuffer(v) || ArrayBuffer.isView(v)) return v;
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1, redactHere));
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, depth + 1, keyFilter ? keyFilter(k) : true);
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return walk(value, 0, !keyFilter);
}

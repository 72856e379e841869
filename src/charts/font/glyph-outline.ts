/** One closed contour of a TrueType glyph: points in font units, y up. */
interface Contour {
  x: number[];
  y: number[];
  on: boolean[];
}

/** Decodes glyph `id` (simple or composite) into SVG path data in font units with y pointing down. */
export function glyphOutline(
  view: DataView,
  outlineOf: (id: number) => number | null,
  id: number,
): string {
  return contoursToPath(contoursOf(view, outlineOf, id, 0));
}

function contoursOf(
  view: DataView,
  outlineOf: (id: number) => number | null,
  id: number,
  depth: number,
): Contour[] {
  const at = outlineOf(id);
  if (at === null || depth > 8) return [];
  const numContours = view.getInt16(at);
  return numContours >= 0
    ? simpleContours(view, at, numContours)
    : compositeContours(view, outlineOf, at, depth);
}

// Flag bits of simple glyphs (OpenType spec, 'glyf' table).
const ON_CURVE = 1, X_SHORT = 2, Y_SHORT = 4, REPEAT = 8, X_SAME = 16, Y_SAME = 32;

function simpleContours(view: DataView, at: number, numContours: number): Contour[] {
  let p = at + 10;
  const ends: number[] = [];
  for (let i = 0; i < numContours; i++, p += 2) ends.push(view.getUint16(p));
  const numPoints = numContours ? (ends[numContours - 1] ?? -1) + 1 : 0;
  p += 2 + view.getUint16(p); // skip instructions
  const flags = new Uint8Array(numPoints);
  for (let i = 0; i < numPoints; ) {
    const f = view.getUint8(p++);
    flags[i++] = f;
    if (f & REPEAT) for (let r = view.getUint8(p++); r > 0; r--) flags[i++] = f;
  }
  const readAxis = (short: number, same: number): number[] => {
    const out: number[] = [];
    let v = 0;
    for (let i = 0; i < numPoints; i++) {
      const f = flags[i] ?? 0;
      if (f & short) {
        const d = view.getUint8(p++);
        v += f & same ? d : -d;
      } else if (!(f & same)) {
        v += view.getInt16(p);
        p += 2;
      }
      out.push(v);
    }
    return out;
  };
  const xs = readAxis(X_SHORT, X_SAME);
  const ys = readAxis(Y_SHORT, Y_SAME);
  const contours: Contour[] = [];
  let start = 0;
  for (const end of ends) {
    const c: Contour = { x: [], y: [], on: [] };
    for (let i = start; i <= end; i++) {
      c.x.push(xs[i] ?? 0);
      c.y.push(ys[i] ?? 0);
      c.on.push(((flags[i] ?? 0) & ON_CURVE) !== 0);
    }
    contours.push(c);
    start = end + 1;
  }
  return contours;
}

// Flag bits of composite glyph components.
const ARG_WORDS = 0x1, ARGS_XY = 0x2, SCALE = 0x8, MORE = 0x20, XY_SCALE = 0x40, TWO_BY_TWO = 0x80;

function compositeContours(
  view: DataView,
  outlineOf: (id: number) => number | null,
  at: number,
  depth: number,
): Contour[] {
  const out: Contour[] = [];
  let p = at + 10;
  let flags: number;
  do {
    flags = view.getUint16(p);
    const glyph = view.getUint16(p + 2);
    p += 4;
    let dx: number, dy: number;
    if (flags & ARG_WORDS) {
      dx = view.getInt16(p);
      dy = view.getInt16(p + 2);
      p += 4;
    } else {
      dx = view.getInt8(p);
      dy = view.getInt8(p + 1);
      p += 2;
    }
    // NOTE: point-matching placement (ARGS_XY unset) is not used by DejaVu; treat as no offset.
    if (!(flags & ARGS_XY)) dx = dy = 0;
    let a = 1, b = 0, c = 0, d = 1;
    const f2dot14 = (o: number) => view.getInt16(o) / 16384;
    if (flags & SCALE) {
      a = d = f2dot14(p);
      p += 2;
    } else if (flags & XY_SCALE) {
      a = f2dot14(p);
      d = f2dot14(p + 2);
      p += 4;
    } else if (flags & TWO_BY_TWO) {
      a = f2dot14(p);
      b = f2dot14(p + 2);
      c = f2dot14(p + 4);
      d = f2dot14(p + 6);
      p += 8;
    }
    for (const k of contoursOf(view, outlineOf, glyph, depth + 1)) {
      out.push({
        x: k.x.map((x, i) => a * x + c * (k.y[i] ?? 0) + dx),
        y: k.y.map((y, i) => b * (k.x[i] ?? 0) + d * y + dy),
        on: k.on,
      });
    }
  } while (flags & MORE);
  return out;
}

/** Quadratic TrueType contours → SVG path (y flipped), with implied on-curve midpoints. */
function contoursToPath(contours: Contour[]): string {
  const r = (v: number) => Math.round(v);
  let d = '';
  for (const { x, y, on } of contours) {
    const n = x.length;
    if (n === 0) continue;
    // Start at an on-curve point, or at the midpoint of the first two off-curve points.
    let first = on.indexOf(true);
    let sx: number, sy: number;
    if (first < 0) {
      sx = ((x[0] ?? 0) + (x[1 % n] ?? 0)) / 2;
      sy = ((y[0] ?? 0) + (y[1 % n] ?? 0)) / 2;
      first = 0;
    } else {
      sx = x[first] ?? 0;
      sy = y[first] ?? 0;
    }
    d += `M${r(sx)} ${r(-sy)}`;
    let ctrl: [number, number] | null = null;
    for (let k = 1; k <= n; k++) {
      const i = (first + k) % n;
      const px = x[i] ?? 0;
      const py = y[i] ?? 0;
      if (on[i]) {
        d += ctrl ? `Q${r(ctrl[0])} ${r(-ctrl[1])} ${r(px)} ${r(-py)}` : `L${r(px)} ${r(-py)}`;
        ctrl = null;
      } else {
        if (ctrl) {
          const mx = (ctrl[0] + px) / 2;
          const my = (ctrl[1] + py) / 2;
          d += `Q${r(ctrl[0])} ${r(-ctrl[1])} ${r(mx)} ${r(-my)}`;
        }
        ctrl = [px, py];
      }
    }
    if (ctrl) d += `Q${r(ctrl[0])} ${r(-ctrl[1])} ${r(sx)} ${r(-sy)}`;
    d += 'Z';
  }
  return d;
}

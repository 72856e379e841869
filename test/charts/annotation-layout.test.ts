import { describe, expect, it } from 'vitest';
import { palette, renderChartSvg } from '../../src/charts';
import { layoutAnnotations } from '../../src/charts/annotation-layout';
import { mergeLabels } from '../../src/charts/merge-labels';
import { createTextRenderer } from '../../src/charts/svg/text-renderer';
import { crowdedProportionChart, danishShiftChart } from './fixtures';

const t = createTextRenderer('text');

interface Box {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Boxes of the annotation labels in an SVG (text mode), from their position and measured width. */
function labelBoxes(svg: string): Box[] {
  const re = new RegExp(
    `<text x="([\\d.]+)" y="([\\d.]+)" font-size="10"( text-anchor="(\\w+)")? fill="${palette.annotationText}">([^<]+)<`,
    'g',
  );
  return [...svg.matchAll(re)].map((m) => {
    const w = t.measure(m[5]!, 10);
    const x = Number(m[1]);
    const x0 = m[4] === 'end' ? x - w : m[4] === 'middle' ? x - w / 2 : x;
    return { text: m[5]!, x0, x1: x0 + w, y0: Number(m[2]) - 10, y1: Number(m[2]) + 2.5 };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Left edge of the right-hand line labels (median, goal): the plot's right edge + 5. */
function edgeLabelX(svg: string): number {
  return Math.min(
    ...[...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="10" fill="#(?!8F4A78)[0-9A-F]{6}">/g)].map((m) =>
      Number(m[1]),
    ),
  );
}

describe('PDSA annotation labels', () => {
  it('do not overlap and stay over the plot when cycles crowd the right edge', () => {
    const svg = renderChartSvg(crowdedProportionChart());
    const boxes = labelBoxes(svg);
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    const right = edgeLabelX(svg) - 5;
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(right + 0.01); // coordinates are printed to 2 decimals
    }
    // Every cycle is still named (merged labels name several) and keeps its own marker line.
    const named = boxes.flatMap((b) => expandNumbers(b.text));
    expect(named.sort()).toEqual([1, 2, 3, 4]);
    expect(
      svg.match(new RegExp(`stroke="${palette.annotation}" stroke-width="1.25" stroke-dasharray="2 2"`, 'g')),
    ).toHaveLength(4);
  });

  it('keep full labels where there is room', () => {
    const boxes = labelBoxes(renderChartSvg(danishShiftChart()));
    expect(boxes.map((b) => b.text)).toEqual(['PDSA 1: triage ved døren', 'PDSA 2: én kø']);
  });

  it('never overlap nor leave the plot, however many cycles there are', () => {
    const frame = { left: 30, right: 520, x: (i: number) => 30 + (i + 0.5) * (490 / 104) };
    let s = 5;
    for (let run = 0; run < 40; run++) {
      const count = 1 + (run % 12);
      const annotations = Array.from({ length: count }, (_, k) => {
        s = (s * 1103515245 + 12345) % 2147483648;
        return { index: s % 104, label: run % 3 === 0 ? `Forsøg med ny praksis ${k + 1}` : `PDSA ${k + 1}` };
      });
      for (const rows of [1, 2]) {
        const layout = layoutAnnotations(t, annotations, frame, rows);
        expect(layout.rows).toBeLessThanOrEqual(rows);
        expect(layout.markers).toHaveLength(new Set(annotations.map((a) => a.index)).size);
        expect(layout.labels.flatMap((l) => l.indices).sort((a, b) => a - b)).toEqual(
          layout.markers.map((m) => m.index),
        );
        for (const l of layout.labels) {
          expect(l.x).toBeGreaterThanOrEqual(frame.left);
          expect(l.x + l.width).toBeLessThanOrEqual(frame.right + 1e-9);
          expect(l.width).toBeCloseTo(t.measure(l.text, 10), 9);
        }
        const sameRow = (r: number) => layout.labels.filter((l) => l.row === r).sort((a, b) => a.x - b.x);
        for (let r = 0; r < rows; r++) {
          const row = sameRow(r);
          for (let k = 1; k < row.length; k++)
            expect(row[k]!.x).toBeGreaterThanOrEqual(row[k - 1]!.x + row[k - 1]!.width);
        }
      }
    }
  });

  it('right-aligns a label at its marker when it would run past the plot', () => {
    const frame = { left: 30, right: 520, x: (i: number) => 30 + (i + 0.5) * (490 / 104) };
    const [label] = layoutAnnotations(t, [{ index: 100, label: 'PDSA 5: ny vagtplan' }], frame).labels;
    expect(label!.x + label!.width).toBeCloseTo(frame.x(100) + 3, 9);
  });
});

describe('mergeLabels', () => {
  it('collapses consecutive numbered cycles into a range', () => {
    expect(mergeLabels(['PDSA 2', 'PDSA 3', 'PDSA 4'])).toBe('PDSA 2–4');
  });

  it('lists cycles that are not consecutive, dropping their descriptions', () => {
    expect(mergeLabels(['PDSA 1: triage ved døren', 'PDSA 3: én kø', 'PDSA 4'])).toBe('PDSA 1, 3–4');
  });

  it('joins labels that are not numbered cycles with commas', () => {
    expect(mergeLabels(['Ny praksis', 'Nyt skema'])).toBe('Ny praksis, Nyt skema');
  });
});

/** "PDSA 2–4" → [2, 3, 4]; "PDSA 1, 3" → [1, 3]. */
function expandNumbers(text: string): number[] {
  return [...text.matchAll(/(\d+)(?:–(\d+))?/g)].flatMap((m) => {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  });
}

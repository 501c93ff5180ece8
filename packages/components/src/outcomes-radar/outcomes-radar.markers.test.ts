import { describe, expect, it } from 'vitest';
import { seriesMarker } from './outcomes-radar.markers.js';

/** Area of a closed polygon path written as M x,y L x,y … Z (shoelace formula). */
function polygonArea(path: string): number {
  const points = path
    .replace(/^M|Z$/g, '')
    .split('L')
    .map((p) => p.split(',').map(Number) as [number, number]);
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

describe('seriesMarker', () => {
  it('gives six different shapes, then repeats', () => {
    const shapes = Array.from({ length: 6 }, (_, i) => seriesMarker(i));
    expect(new Set(shapes).size).toBe(6);
    expect(seriesMarker(6)).toBe(shapes[0]);
  });

  it('draws every shape with the area asked for, so no series looks heavier', () => {
    const circle = seriesMarker(0, 64);
    const r = Number(/A([\d.]+),/.exec(circle)![1]);
    expect(Math.PI * r * r).toBeCloseTo(64, 0);
    for (let i = 1; i < 6; i++) expect(polygonArea(seriesMarker(i, 64)), `shape ${i}`).toBeCloseTo(64, 0);
  });

  it('centres every shape on 0,0', () => {
    for (let i = 1; i < 6; i++) {
      const nums = seriesMarker(i, 100).replace(/[MLZ]/g, ' ').trim().split(/[ ,]+/).map(Number);
      const xs = nums.filter((_, k) => k % 2 === 0);
      const ys = nums.filter((_, k) => k % 2 === 1);
      expect(Math.max(...xs) + Math.min(...xs), `shape ${i} x`).toBeCloseTo(0, 1);
      expect(Math.abs(Math.max(...ys)) + Math.abs(Math.min(...ys))).toBeGreaterThan(0);
    }
  });
});

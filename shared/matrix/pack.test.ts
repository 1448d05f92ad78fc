import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inside, intersects } from '../common/geometry';
import { cellRect, packField, packMatrix } from './pack';
import { quadrantOf, quadrants } from './quadrant';

const unit = { x: 0, y: 0, width: 1, height: 1 };

describe('packing the matrix for the summary and print', () => {
  it('gives each card of a field its own cell, near where it was placed', () => {
    const field = packField([
      { id: 'top-left', point: { x: 0.05, y: 0.05 } },
      { id: 'bottom-right', point: { x: 0.45, y: 0.45 } },
    ]);
    expect(field).toMatchObject({ columns: 2, rows: 2, scale: 1 });
    expect(field.cards).toEqual([
      { id: 'top-left', column: 0, row: 0 },
      { id: 'bottom-right', column: 1, row: 1 },
    ]);
  });

  it('puts cards placed on one spot side by side', () => {
    const field = packField(['a', 'b', 'c'].map((id) => ({ id, point: { x: 0.75, y: 0.75 } })));
    expect(new Set(field.cards.map((c) => `${c.column}:${c.row}`)).size).toBe(3);
  });

  it('grows the grid and shrinks the text when a field holds many cards', () => {
    const many = packField(Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, point: { x: 0.6, y: 0.1 } })));
    expect(many.columns * many.rows).toBeGreaterThanOrEqual(10);
    expect(many.scale).toBeLessThan(1);
  });

  it('never overlaps two cards and keeps every card inside its field, however they were placed', () => {
    const placement = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(placement, { maxLength: 40 }), (points) => {
        const placements = points.map((p, i) => ({ itemId: `i${i}`, ...p }));
        const matrix = packMatrix(placements);
        for (const quadrant of quadrants) {
          const field = matrix.fields[quadrant];
          expect(field.cards.map((c) => c.id).sort()).toEqual(placements.filter((p) => quadrantOf(p) === quadrant).map((p) => p.itemId).sort());
          expect(field.rows).toBeLessThanOrEqual(matrix.rows);
          const rects = field.cards.map((card) => cellRect(field, card));
          rects.forEach((a, i) => {
            expect(inside(a, unit)).toBe(true);
            rects.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false));
          });
        }
      }),
    );
  });
});

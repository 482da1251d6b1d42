import { describe, expect, it } from 'vitest';
import { sameCase, shapeOf, shortWordShapes } from './word-case.js';

describe('short words in case', () => {
  it('reads capitals and words apart, short words only', () => {
    expect(shapeOf('CO')).toBe('capitals');
    expect(shapeOf('Co')).toBe('word');
    const shapes = shortWordShapes('Boulder, CO. Co-founded Acme Co. MARKETING in the US and with us.');
    expect([...shapes.get('co')!].sort()).toEqual(['capitals', 'word']);
    expect([...shapes.get('us')!].sort()).toEqual(['capitals', 'word']);
    expect(shapes.has('marketing')).toBe(false);
  });

  it('lets a short word be quoted only in a shape both texts write', () => {
    expect(sameCase('us', new Set(['word']), new Set(['capitals']))).toBe(false);
    expect(sameCase('rfi', new Set(['capitals']), new Set(['capitals', 'word']))).toBe(true);
    // Longer words match across case (resume headings in capitals), and unread texts do not block.
    expect(sameCase('sales', new Set(['word']), new Set(['capitals']))).toBe(true);
    expect(sameCase('it', undefined, new Set(['capitals']))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { findDuplicateGroups } from './find-duplicates.js';
import { syntheticAccount } from './synthetic-account.js';
import type { IdentityInput } from './types.js';

describe('findDuplicateGroups', () => {
  it('groups records transitively and leaves near-misses apart', () => {
    const candidates: IdentityInput[] = [
      { id: 'c1', name: 'Robert Harrington', company: 'Contoso', emailAddresses: [{ value: 'rh@example.com' }] },
      { id: 'c2', name: 'Bob Harrington', company: 'Contoso Ltd' },
      { id: 'c3', name: 'Harrington, Robert', emailAddresses: [{ value: 'RH@example.com' }] },
      { id: 'c4', name: 'Anna Novak', emailAddresses: [{ value: 'novak.family@example.com' }] },
      { id: 'c5', name: 'Peter Novak', emailAddresses: [{ value: 'novak.family@example.com' }] },
      { id: 'c6', name: 'Wei Zhang', socialLinks: [{ type: 'LinkedIn', url: 'uk.linkedin.com/in/wzhang' }] },
      { id: 'c7', name: 'Zhang Wei', socialLinks: [{ type: 'LinkedIn', url: 'https://www.linkedin.com/in/WZhang/' }] },
    ];
    const result = findDuplicateGroups(candidates);
    expect(result.groups).toEqual([
      ['c1', 'c2', 'c3'],
      ['c6', 'c7'],
    ]);
    for (const pair of result.pairs) expect(pair.a < pair.b).toBe(true);
    expect(result.pairs.find((p) => p.a === 'c1' && p.b === 'c3')?.reasons).toContain('same email address');
  });

  it('scales near-linearly on a 20k synthetic account and finds its duplicates', () => {
    const account = syntheticAccount(20_000, { seed: 7 });
    const result = findDuplicateGroups(account.candidates);
    // Blocking keeps comparisons to a few per record instead of n²/2 = 2·10⁸.
    expect(result.stats.comparisons).toBeLessThan(20 * account.candidates.length);

    const truth = new Set(account.duplicateGroups.flatMap((g) => g.flatMap((x, i) => g.slice(i + 1).map((y) => `${x}|${y}`))));
    const found = result.pairs.map((p) => `${p.a}|${p.b}`);
    const correct = found.filter((p) => truth.has(p)).length;
    expect(correct / found.length).toBeGreaterThanOrEqual(0.98);
    expect(correct / truth.size).toBeGreaterThanOrEqual(0.9);
  });
});

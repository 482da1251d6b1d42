import { describe, expect, it } from 'vitest';
import { SAID_VALUES as PHRASES, reversedIn, sweepCueLists } from '../../../test/support/negation-values.js';
import { NEGATION_CUES } from './cue-words.js';

/*
 * Round 18 (issue 11): a later list member introduced by a people word after "and"/"plus" under one exclusion cue
 * ("except X and ANYONE in Y", "X plus EVERYONE at Offer", "X, anyone in Y and THE ONES WHO …"), generated over the
 * demo account's values of mixed kinds after every cue of the table, and the removal verbs round 18 added before and
 * after their object. A governed value may be excluded or refused (free text), never positive.
 */
describe('round 18: later list members after a people word never yield a positive filter', () => {
  it('every cue × "X and anyone Y" / "X plus everyone Y" / "X, anyone Y and the ones who were Z"', () => {
    // "non" negates only the word glued to it ("non-referral"); before a cued value it is no cue at all.
    const { checked, reversed } = sweepCueLists(NEGATION_CUES, 11, (cue, p, a, b) =>
      cue === 'non'
        ? []
        : [
            `engineers, ${cue} ${a.said} and anyone ${p.said}`,
            `engineers, ${cue} people ${a.said} plus everyone ${p.said}`,
            `${cue} anyone ${b.said}, anyone ${a.said} and the ones who were ${p.said}`,
            `engineers; ${cue} ${p.said} and anybody ${a.said}`,
          ],
    );
    expect(checked).toBeGreaterThan(2000);
    expect(reversed).toEqual([]);
  }, 900_000);

  it('every round-18 removal verb before its object, and its participle after it', () => {
    const reversed: string[] = [];
    const before = ['hold back', 'sift out', 'sieve out', 'count out', 'winnow out', 'keep away from', 'keep clear of'];
    const after = ['held back', 'sifted out', 'sieved out', 'counted out', 'winnowed out'];
    PHRASES.forEach((p, i) => {
      const v = before[i % before.length];
      for (const request of [`engineers; ${v} anyone ${p.said}`, `${v} the ones ${p.said}`, `engineers, anyone ${p.said} ${after[i % after.length]}`]) {
        const found = reversedIn(request, [p.value]);
        if (found) reversed.push(found);
      }
    });
    expect(reversed).toEqual([]);
  }, 900_000);
});

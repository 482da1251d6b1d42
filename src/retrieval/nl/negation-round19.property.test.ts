import { describe, expect, it } from 'vitest';
import { SAID_VALUES as PHRASES, otherKind as other, reversedIn, sweepCueLists, vocab } from '../../../test/support/negation-values.js';
import { NEGATION_CUES } from './cue-words.js';

/*
 * Round 19 (issue 11, nl-heldout22 h22-120): a negated list whose members are each opened by a people word ("not THOSE
 * rejected for skills OR THOSE from agencies") keeps the negation for every member, and a split removal verb after a
 * conjunction ("…, AND leave Omar's candidates out") still removes. Generated over the demo account's values of
 * mixed kinds after every cue of the table. A governed value may be excluded or refused (free text), never positive.
 */
describe('round 19: members opened by a people word again never yield a positive filter', () => {
  it('every cue × "those A or those B" / "the ones A nor the ones B" / "anyone A, or anyone who was B"', () => {
    // "non" negates only the word glued to it ("non-referral"); before a people word it is no cue at all.
    const { checked, reversed } = sweepCueLists(NEGATION_CUES, 11, (cue, p, a, b) =>
      cue === 'non'
        ? []
        : [
            `engineers with 5+ years, but ${cue} those ${a.said} or those ${p.said}`,
            `engineers, ${cue} the ones ${a.said} nor the ones ${p.said}`,
            `${cue} anyone ${a.said}, or anyone who was ${p.said}`,
            `engineers; ${cue} those ${b.said} or those ${a.said} or those ${p.said}, and leave the rest`,
            `${cue} people ${p.said} and people ${a.said}`,
          ],
    );
    expect(checked).toBeGreaterThan(2000);
    expect(reversed).toEqual([]);
  }, 900_000);

  it('a split removal verb after a conjunction, for every value and every recruiter', () => {
    const reversed: string[] = [];
    PHRASES.forEach((p, i) => {
      const other1 = other(p.dimension, i);
      for (const request of [`${other1.said}, and leave the ones ${p.said} out`, `engineers, but leave anyone ${p.said} out`, `${other1.said} and then leave those ${p.said} out`]) {
        const found = reversedIn(request, [p.value]);
        if (found) reversed.push(found);
      }
    });
    for (const r of vocab.recruiters) {
      const first = r.name.split(' ')[0];
      for (const request of [`Platform roles in Seattle, and leave ${first}'s candidates out`, `Seattle folks, also leave ${r.name}'s people out?`]) {
        const found = reversedIn(request, [r.name.toLowerCase()]);
        if (found) reversed.push(found);
      }
    }
    expect(reversed).toEqual([]);
  }, 900_000);
});

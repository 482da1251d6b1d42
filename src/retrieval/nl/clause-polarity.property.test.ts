import { describe, expect, it } from 'vitest';
import { CUED_PHRASES as CUED, cuedValue as valueOf, excluded, parsedFilters as filtersOf, positives } from '../../../test/support/negation-values.js';

/*
 * Clause polarity: a negation's scope ends at its clause ("but", ";", ", and" before a new cue, "while",
 * "though"), and a negation that opens the second clause never reaches back into a positive first one.
 * For every value of the demo account, negated in a second clause after a positive first clause (and
 * the other way round, a removal word after its value, then a positive clause), the negated value never
 * comes out positive and the positive value is never excluded.
 */


/** Every (negated value, positive value of another dimension) pair, the positive one cycling through its dimension. */
function pairs(): { neg: [string, string]; pos: [string, string] }[] {
  const out: { neg: [string, string]; pos: [string, string] }[] = [];
  let n = 0;
  CUED.forEach(([, cue, values], d) => {
    for (const v of values) {
      const [, posCue, posValues] = CUED[(d + 1 + (n % (CUED.length - 1))) % CUED.length];
      out.push({ neg: [cue, v], pos: [posCue, posValues[n % posValues.length]] });
      n++;
    }
  });
  return out;
}

/** Second clauses that negate, each joined to a positive first clause. */
const TEMPLATES: ((pos: string, neg: string) => string)[] = [
  (pos, neg) => `${pos} but not ${neg}`,
  (pos, neg) => `${pos}; not ${neg}`,
  (pos, neg) => `${pos}, but never ${neg}`,
  (pos, neg) => `${pos} though not ${neg}`,
  (pos, neg) => `${pos}, excluding anyone ${neg}`,
  (pos, neg) => `${pos} while nobody ${neg}`,
  // The negated clause first, closed by its own punctuation: the positive clause after it stays positive.
  (pos, neg) => `not ${neg}; ${pos}`,
  (pos, neg) => `nobody ${neg}, but ${pos}`,
];

describe('negation scope ends at its clause', () => {
  it('a negated value in one clause never comes out positive, and the positive clause is never excluded', () => {
    const wrong: string[] = [];
    let positiveKept = 0;
    let n = 0;
    for (const { neg, pos } of pairs()) {
      for (const template of TEMPLATES) {
        const request = template(`${pos[0]} ${pos[1]}`, `${neg[0]} ${neg[1]}`);
        const f = filtersOf(request);
        n++;
        if (positives(f).includes(valueOf(neg[1])) && !excluded(f).includes(valueOf(neg[1]))) wrong.push(`${request} → ${JSON.stringify(f)} (negated value positive)`);
        if (excluded(f).includes(valueOf(pos[1]))) wrong.push(`${request} → ${JSON.stringify(f)} (positive value excluded)`);
        if (positives(f).includes(valueOf(pos[1]))) positiveKept++;
      }
    }
    expect(wrong).toEqual([]);
    // The positive clause is a plain cue and value: read as the filter nearly always.
    expect(positiveKept / n).toBeGreaterThan(0.9);
  });

  it('a removal word after its value, then a positive clause ("Y excluded, X only")', () => {
    const wrong: string[] = [];
    for (const { neg, pos } of pairs()) {
      for (const removal of ['excluded', 'not wanted', 'aside']) {
        const request = `${neg[1]} ${removal}, ${pos[0]} ${pos[1]} only`;
        const f = filtersOf(request);
        if (positives(f).includes(valueOf(neg[1])) && !excluded(f).includes(valueOf(neg[1]))) wrong.push(`${request} → ${JSON.stringify(f)} (negated value positive)`);
        if (excluded(f).includes(valueOf(pos[1]))) wrong.push(`${request} → ${JSON.stringify(f)} (positive value excluded)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a negation covers a coordinated list ("not X or Y", "neither X nor Y"), never leaving a member positive', () => {
    const wrong: string[] = [];
    for (const [, cue, values] of CUED) {
      for (let k = 0; k + 1 < values.length; k += 2) {
        const [a, b] = [values[k], values[k + 1]];
        for (const request of [`designers, not ${cue} ${a} or ${b}`, `designers ${cue} neither ${a} nor ${b}`, `designers, nobody ${cue} ${a} or ${cue} ${b}`]) {
          const f = filtersOf(request);
          for (const v of [a, b]) if (positives(f).includes(valueOf(v))) wrong.push(`${request} → ${JSON.stringify(f)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

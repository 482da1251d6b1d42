import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { NEGATION_CUES, ingForm } from './cue-words.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Issue 11, round 16: nl-heldout14 h14-106 ("…, setting aside the boomerangs and ex-interns") kept a tag
 * positive. The rule: a removal verb removes in its -ing form too, every member of its list. Tested on
 * phrasings invented here, never the eval set's own request.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const filters = (text: string) => parseNaturalLanguage(text, vocab, { now }).request.filters ?? {};

describe('-ing forms are derived by rule', () => {
  it.each([
    ['set', 'setting'], ['leave', 'leaving'], ['rule', 'ruling'], ['weed', 'weeding'], ['filter', 'filtering'],
    ['omit', 'omitting'], ['drop', 'dropping'], ['stay', 'staying'], ['steer', 'steering'], ['hold', 'holding'], ['remove', 'removing'],
  ])('%s → %s', (verb, ing) => expect(ingForm(verb)).toBe(ing));

  it('every removal phrase has its -ing form among the cues', () => {
    for (const cue of ['setting aside', 'weeding out', 'filtering out', 'steering clear of', 'staying away from', 'holding off on', 'leaving off']) {
      expect(NEGATION_CUES, cue).toContain(cue);
    }
  });
});

describe('a gerund removal cue excludes every member of its list', () => {
  it.each([
    ['setting aside the referrals and the agency people', { source: ['Referral', 'Agency'] }],
    ['leaving out boomerangs and ex-interns in Austin', { tag: ['Boomerang', 'Former Intern'] }],
    ['Design roles, weeding out boomerangs and ex-interns', { tag: ['Boomerang', 'Former Intern'] }],
    ['Berlin, filtering out the ex-interns and boomerangs', { tag: ['Former Intern', 'Boomerang'] }],
    ['Berlin, holding off on the agency people and ex-interns', { source: ['Agency'], tag: ['Former Intern'] }],
    ['staying away from referrals and boomerangs, Design dept', { source: ['Referral'], tag: ['Boomerang'] }],
  ])('%s', (request, excluded) => {
    const f = filters(request);
    expect(f.exclude, request).toEqual(expect.objectContaining(excluded));
    for (const [key, values] of Object.entries(excluded)) {
      for (const v of values) expect((f as Record<string, unknown>)[key] ?? [], `${request}: ${v} positive`).not.toContain(v);
    }
  });
});

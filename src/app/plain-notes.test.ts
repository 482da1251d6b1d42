import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from '../retrieval/nl/offline-parser.js';
import { FILTER_KEYS } from '../retrieval/query/search-request.js';
import { fromPackageRoot } from '../shared/paths.js';
import { plainNote, unmappedNotInNotes } from './plain-notes.js';

describe('plainNote', () => {
  it('says what happened in plain words', () => {
    expect(plainNote('Not understood as a filter, searched as free text: "backend engineers"')).toBe(`Searched "backend engineers" as keywords.`);
    expect(plainNote('Could not apply "over 3 years of experience" negated; kept it as free text')).toBe(
      `Couldn't search for the opposite of "over 3 years of experience" — searched it as text.`,
    );
    expect(plainNote('Not understood whether "agency" is negated (by "besides"); kept it as free text, not as a filter')).toBe('Not sure "besides" applies to "agency" — searched it as text.');
    expect(plainNote('Not understood whether "Lisbon" is negated (it follows a negated value in a list); kept it as free text, not as a filter')).toBe(
      'Not sure whether you meant "not" for "Lisbon" — searched it as text.',
    );
    expect(plainNote('Could not tell whether "Berlin" is negated (several negations, or a "those/them" with several referents); kept it as free text')).toBe(
      'Not sure whether you meant "not" for "Berlin" — searched it as text.',
    );
    expect(plainNote('Could not apply a double negation ("application status other than Active"); kept it as free text')).toBe(
      `Couldn't apply a double negation ("application status other than Active") — searched it as text.`,
    );
    expect(plainNote('No job title contains "quant"; kept as free text')).toBe('No job title contains "quant" — searched it as text.');
    expect(plainNote('No recruiter named "Bob" in this account; kept "sourced by Bob" as free text')).toBe('No recruiter named "Bob" here — searched "sourced by Bob" as text.');
    expect(plainNote('Could not read "a AND (b" as a Boolean query (Unbalanced parenthesis at 7); searched it as free text')).toBe(`Couldn't read "a AND (b" as AND/OR/NOT — searched it as text.`);
    expect(plainNote('The model suggested the source "Mars", which this account does not have; searched it as free text')).toBe(
      'The model suggested the source "Mars", which this account does not have — searched it as text.',
    );
    // Already plain: unchanged.
    expect(plainNote('Read "Seatle" as Seattle (spelling corrected)')).toBe('Read "Seatle" as Seattle (spelling corrected)');
  });

  it('every note the evaluation requests produce reads without parser jargon or field names', () => {
    const vocab = demoVocabulary();
    const jargon = /free text|not understood|not as a filter|\bnegated\b|Boolean/i;
    const fieldName = new RegExp(`\\b(${FILTER_KEYS.filter((k) => /[A-Z]/.test(k)).join('|')})\\b`);
    const bad: string[] = [];
    let notes = 0;
    for (const file of fs.readdirSync(fromPackageRoot('evals')).filter((f) => /^nl-.*\.jsonl$/.test(f))) {
      for (const line of fs.readFileSync(fromPackageRoot(`evals/${file}`), 'utf8').split('\n').filter(Boolean)) {
        const parsed = parseNaturalLanguage((JSON.parse(line) as { request: string }).request, vocab, { now: new Date('2026-11-27T12:00:00Z') });
        for (const note of parsed.notes) {
          notes++;
          const plain = plainNote(note).replace(/"[^"]*"/g, '""'); // the recruiter's own words may say anything
          if (jargon.test(plain) || fieldName.test(plain)) bad.push(note);
        }
      }
    }
    expect(notes).toBeGreaterThan(500);
    expect(bad).toEqual([]);
    // Every frozen batch is parsed (~4,500 requests and growing): over a minute on a loaded 2-core machine.
  }, 300_000);

  it('lists unmapped phrases only when no note already names them', () => {
    expect(unmappedNotInNotes(['quant', 'Mars'], ['No job title contains "quant" — searched it as text.'])).toEqual(['Mars']);
  });
});

import { describe, expect, it } from 'vitest';
import { SearchRequest } from '../query/search-request.js';
import { fixtureVocabulary } from '../../../test/support/nl-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

const vocab = fixtureVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now });

describe('parseNaturalLanguage', () => {
  it('reads the issue example into filters plus free text', () => {
    const { request } = parse('backend engineers in Berlin who reached onsite for any platform job since last spring, not rejected for skills');
    expect(request).toEqual({
      text: 'backend engineers',
      filters: {
        location: ['Berlin'],
        stageReached: ['Onsite'],
        department: ['Platform'],
        updated: { after: '2026-03-01' },
        exclude: { rejectionReason: ['Lacks Skills/Qualifications'] },
      },
    });
    expect(SearchRequest.safeParse(request).success).toBe(true);
  });

  it('maps recruiter phrasing for stages, reasons, owners, sources and departments', () => {
    expect(parse('made it to final round').request.filters).toEqual({ stageReached: ['Final Round'] });
    expect(parse('currently sitting at the hm screen').request.filters).toEqual({ stage: ['Hiring Manager Screen'] });
    expect(parse('rejected for comp or timing').request.filters).toEqual({ rejectionReason: ['Compensation', 'Timing'] });
    expect(parse("Maya's candidates").request.filters).toEqual({ recruiter: ['Maya Patel'] });
    expect(parse('sourced by jordan').request.filters).toEqual({ recruiter: ['Jordan Lee'] });
    expect(parse('referrals from LinkedIn').request.filters).toEqual({ source: ['Referral', 'LinkedIn'] });
    expect(parse('not in sales').request.filters).toEqual({ exclude: { department: ['Sales'] } });
    expect(parse('tagged boomerang, hired').request.filters).toEqual({ tag: ['Boomerang'], applicationStatus: ['Hired'] });
  });

  it('sends whatever a negation reaches to exclude, in any position and for every dimension', () => {
    expect(parse('backend engineers not from agencies').request).toEqual({ text: 'backend engineers', filters: { exclude: { source: ['Agency'] } } });
    expect(parse('anyone except agency candidates').request.filters).toEqual({ exclude: { source: ['Agency'] } });
    expect(parse('designers in Seattle but not in Berlin').request.filters).toEqual({ location: ['Seattle'], exclude: { location: ['Berlin'] } });
    expect(parse('nobody who applied to Product Manager, Platform').request.filters).toEqual({ exclude: { job: ['Product Manager, Platform'] } });
    expect(parse("engineers who weren't rejected for comp or timing").request.filters).toEqual({ exclude: { rejectionReason: ['Compensation', 'Timing'] } });
    expect(parse('referrals who never reached onsite, sourced by Maya').request.filters).toEqual({ source: ['Referral'], exclude: { stageReached: ['Onsite'] }, recruiter: ['Maya Patel'] });
    expect(parse('anyone but Jordan').request.filters).toEqual({ exclude: { recruiter: ['Jordan Lee'] } });
    expect(parse('silver medalists we never hired').request.filters).toEqual({ tag: ['Silver Medalist'], exclude: { applicationStatus: ['Hired'] } });
    expect(parse('engineers who never worked at Google').request.filters).toEqual({ exclude: { pastCompany: ['Google'] } });
  });

  it('refuses a negation it cannot express, and turns "without <word>" into a keyword exclusion', () => {
    expect(parse('not contacted since 2024').request.filters).toEqual({ updated: { before: '2024-01-01' } });
    // A negated range has no exact opposite (someone may have applied both in it and outside it).
    const refused = parse("boomerangs who didn't apply in 2024");
    expect(refused.request.filters).toEqual({ tag: ['Boomerang'] });
    expect(refused.request.filters?.applied).toBeUndefined();
    expect(refused.notes.join('\n')).toMatch(/Could not apply "not (?:apply )?in 2024"/);
    expect(parse('designers without figma').request).toMatchObject({ text: 'designers', boolean: '-"figma"' });
  });

  it('reads recruiters by first name anywhere, reasons by their own words, stages without a cue word', () => {
    expect(parse('anyone Maya sourced').request.filters).toEqual({ recruiter: ['Maya Patel'] });
    expect(parse('rejected for timing by Jordan').request.filters).toEqual({ rejectionReason: ['Timing'], recruiter: ['Jordan Lee'] });
    expect(parse('overqualified candidates').request.filters).toEqual({ rejectionReason: ['Overqualified'] });
    expect(parse('in the hiring manager screen right now').request.filters).toEqual({ stage: ['Hiring Manager Screen'] });
    expect(parse('applied to any Engineering department job in 2024').request.filters).toEqual({ department: ['Engineering'], applied: { after: '2024-01-01', before: '2025-01-01' } });
    expect(parse('ex-google engineers').request).toEqual({ text: 'engineers', filters: { pastCompany: ['google'] } });
    expect(parse('designers who used to work at Stripe').request.filters).toEqual({ pastCompany: ['Stripe'] });
    expect(parse('10 years or more').request.filters).toEqual({ yearsExperience: { min: 10 } });
  });

  it('says what it did not understand', () => {
    expect(parse('backend engineers who love climbing').notes).toContain('Not understood as a filter, searched as free text: "backend engineers love climbing"');
  });

  it('resolves dates against now, choosing applied when the phrase is about applying', () => {
    expect(parse('last 6 months').request.filters).toEqual({ updated: { after: '2026-05-27' } });
    expect(parse('since March').request.filters).toEqual({ updated: { after: '2026-03-01' } });
    expect(parse('who applied in 2023').request.filters).toEqual({ applied: { after: '2023-01-01', before: '2024-01-01' } });
    expect(parse('past year').request.filters).toEqual({ updated: { after: '2025-11-27' } });
    expect(parse('not touched in 2 years').request.filters).toEqual({ updated: { before: '2024-11-27' } });
  });

  it('takes years only from explicit numbers', () => {
    expect(parse('5+ years').request.filters).toEqual({ yearsExperience: { min: 5 } });
    expect(parse('at least 3 years of experience').request.filters).toEqual({ yearsExperience: { min: 3 } });
    expect(parse('senior staff engineers')).toMatchObject({ request: { text: 'senior staff engineers', filters: {} } });
  });

  it('never guesses a filter: unknown names stay free text and are reported', () => {
    const parsed = parse('sourced by Bob for any blockchain job in Gotham');
    expect(parsed.request.filters).toEqual({});
    expect(parsed.request.text).toBe('sourced Bob blockchain Gotham');
    expect(parsed.unmapped).toEqual(['Bob', 'blockchain']);
    expect(parsed.notes.join('\n')).toMatch(/No recruiter named "Bob"/);
  });

  it('turns quoted words, must-haves and typed Boolean into the boolean query', () => {
    expect(parse('"machine learning" engineers').request).toMatchObject({ boolean: '"machine learning"', text: 'engineers' });
    expect(parse('must know kubernetes and go').request).toMatchObject({ boolean: '"kubernetes" "go"' });
    expect(parse('python AND (django OR flask) in Seattle').request).toEqual({ boolean: 'python AND (django OR flask)', filters: { location: ['Seattle'] } });
    expect(parse('skill:react -angular').request).toMatchObject({ boolean: 'skill:react -angular' });
    expect(parse('top 25 go engineers').request).toMatchObject({ limit: 25, text: 'go engineers' });
  });

  it('keeps a malformed typed Boolean as free text with a note instead of failing', () => {
    const parsed = parse('python AND');
    expect(parsed.request.boolean).toBeUndefined();
    expect(parsed.request.text).toBe('python AND');
    expect(parsed.notes[0]).toMatch(/Boolean/);
  });
});

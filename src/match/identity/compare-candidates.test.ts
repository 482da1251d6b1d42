import { describe, expect, it } from 'vitest';
import { compareCandidates } from './compare-candidates.js';
import { SAME_THRESHOLD } from './types.js';

const email = (value: string) => [{ value }];
const phone = (value: string) => [{ value }];
const linkedIn = (url: string) => [{ type: 'LinkedIn', url }];

describe('compareCandidates', () => {
  it('matches on a normalised email and says so without the value', () => {
    const decision = compareCandidates({ name: 'Maria Okafor', emailAddresses: email('maria.okafor.x@gmail.com') }, { name: 'Maria Okafor', emailAddresses: email('Maria.Okafor.X+jobs@gmail.com') });
    expect(decision.same).toBe(true);
    expect(decision.reasons).toContain('same email address');
    expect(decision.reasons.join(' ')).not.toContain('@');
  });

  it('does not merge a family sharing an email when the first names differ', () => {
    const decision = compareCandidates({ name: 'Anna Novak', emailAddresses: email('novak.family@example.com') }, { name: 'Peter Novak', emailAddresses: email('novak.family@example.com') });
    expect(decision.same).toBe(false);
    expect(decision.reasons).toContain('different first names');
  });

  it('keeps a changed surname together when a personal identifier is shared', () => {
    const decision = compareCandidates({ name: 'Hannah Berg', emailAddresses: email('hb@example.com') }, { name: 'Hannah Lindqvist', emailAddresses: email('hb@example.com') });
    expect(decision.same).toBe(true);
  });

  it('matches LinkedIn variants and ignores role mailboxes', () => {
    expect(compareCandidates({ name: 'Olga P', socialLinks: linkedIn('uk.linkedin.com/in/olga-p-1') }, { name: 'Olga P', socialLinks: linkedIn('https://www.linkedin.com/in/Olga-P-1/') }).same).toBe(true);
    expect(compareCandidates({ name: 'Thomas Becker', emailAddresses: email('jobs@agency.example') }, { name: 'Aylin Yilmaz', emailAddresses: email('jobs@agency.example') }).same).toBe(false);
  });

  it('needs a compatible name for a shared phone, and separates Jr. from Sr.', () => {
    expect(compareCandidates({ name: 'Marcus Reed', phoneNumbers: phone('(415) 555-0132') }, { name: 'Marcus Reed', phoneNumbers: phone('+1 415-555-0132') }).same).toBe(true);
    expect(compareCandidates({ name: 'Olivia Grant', phoneNumbers: phone('+44 20 7946 0018') }, { name: 'Ben Carter', phoneNumbers: phone('020 7946 0018') }).same).toBe(false);
    expect(compareCandidates({ name: 'Robert Miller Sr.', phoneNumbers: phone('614-555-0166') }, { name: 'Robert Miller Jr.', phoneNumbers: phone('614-555-0166') }).same).toBe(false);
  });

  it('needs history next to a matching name', () => {
    expect(compareCandidates({ name: 'Bob Harrington', company: 'Contoso' }, { name: 'Robert Harrington', company: 'Contoso Ltd' }).same).toBe(true);
    expect(compareCandidates({ name: 'John Smith', company: 'Acme', location: 'Chicago' }, { name: 'John Smith', company: 'Globex', location: 'Denver' }).same).toBe(false);
    expect(compareCandidates({ name: 'Ahmed Hassan' }, { name: 'Ahmed Hassan' }).same).toBe(false);
  });

  it('counts two different LinkedIn profiles against a name match', () => {
    const a = { name: 'Jennifer Davis', company: 'Contoso', socialLinks: linkedIn('linkedin.com/in/jdavis-1') };
    const b = { name: 'Jennifer Davis', company: 'Contoso', socialLinks: linkedIn('linkedin.com/in/jdavis-2') };
    const decision = compareCandidates(a, b);
    expect(decision.same).toBe(false);
    expect(decision.reasons).toContain('different LinkedIn profiles');
  });

  it('uses employers named in resume text', () => {
    const decision = compareCandidates({ name: 'Bogdan Ionescu', company: 'Fabrikam' }, { name: 'Bogdan Ionescu', resumeText: 'Bogdan Ionescu\nSenior Accountant — Fabrikam (2018 – present)' });
    expect(decision.same).toBe(true);
    expect(decision.reasons.join(' ')).toContain('resume');
  });

  it('keeps confidence consistent with the decision and tolerates empty records', () => {
    for (const [a, b] of [
      [{}, {}],
      [{ name: 'A B' }, {}],
      [{ name: 'Bob Harrington', company: 'Contoso' }, { name: 'Robert Harrington', company: 'Contoso' }],
    ] as const) {
      const decision = compareCandidates(a, b);
      expect(decision.same).toBe(decision.confidence >= SAME_THRESHOLD);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { identityQueryKind, lookupIdentity, NameIndex, type ContactLookup } from './identity-lookup.js';

const names = new NameIndex([
  ['C1', 'Ada Example'],
  ['C2', 'Grace Hopper'],
  ['C3', 'Ada María Lovelace'],
  ['C4', 'Adam Examples'],
  ['C5', 'José Núñez'],
]);
const contacts: ContactLookup = {
  byEmail: (e) => (e.toLowerCase() === 'ada@example.com' ? ['C1'] : []),
  byPhone: (k) => (k === '5551010000' ? ['C2'] : []),
};
const find = (q: string) => Object.fromEntries(lookupIdentity(q, () => names, contacts));

describe('identity lookup (names, e-mails, phones)', () => {
  it('recognises which queries identify people, leaving skills and titles alone', () => {
    expect(identityQueryKind('Ada Example')).toBe('name');
    expect(identityQueryKind('ada@example.com')).toBe('email');
    expect(identityQueryKind('+1 (555) 101-0000')).toBe('phone');
    expect(identityQueryKind('Swift')).toBeNull();
    expect(identityQueryKind('python AND django')).toBe('name');
    expect(identityQueryKind('backend engineers in Berlin who reached onsite')).toBeNull();
    expect(identityQueryKind('2024')).toBeNull();
  });

  it('finds an exact name first, a name with extra words next, and typos within the edit budget', () => {
    // "Ada" is too short for a fuzzy match, so Adam Examples is not found.
    expect(find('Ada Example')).toEqual({ C1: { kind: 'name', quality: 1 } });
    // One edit beats two: Adam Examples (1) above Ada Example (2).
    expect(find('Adam Exampls')).toEqual({ C4: { kind: 'fuzzy-name', quality: 0.9 }, C1: { kind: 'fuzzy-name', quality: 0.8 } });
    expect(find('example ada').C1).toEqual({ kind: 'name', quality: 1 });
    expect(find('Ada Lovelace')).toEqual({ C3: { kind: 'name', quality: 0.95 } });
    expect(find('Grace Hoper')).toEqual({ C2: { kind: 'fuzzy-name', quality: 0.9 } });
    expect(find('jose nunez')).toEqual({ C5: { kind: 'name', quality: 1 } });
    // A title is not a name: nobody's name contains both words.
    expect(find('backend engineer')).toEqual({});
    // Short words must match exactly ("Ed" is not "Ada").
    expect(find('Ed Example')).toEqual({});
  });

  it('looks up e-mails and phones through the contact lookup', () => {
    expect(find('ADA@example.com')).toEqual({ C1: { kind: 'email', quality: 1 } });
    expect(find('(555) 101-0000')).toEqual({ C2: { kind: 'phone', quality: 1 } });
    expect(find('nobody@example.com')).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneKey, phonesMatch } from './normalize-phone.js';

describe('normalizePhone', () => {
  it.each([
    ['(415) 555-0132', 'US', '+14155550132'],
    ['415.555.0132', 'US', '+14155550132'],
    ['1-415-555-0132', 'US', '+14155550132'],
    ['+1 415 555 0132', undefined, '+14155550132'],
    ['+44 7700 900123', undefined, '+447700900123'],
    ['07911 123456', 'GB', '+447911123456'],
    ['0044 7700 900123', undefined, '+447700900123'],
    ['+33 6 12 34 56 78', undefined, '+33612345678'],
    ['tel:+4930901820', undefined, '+4930901820'],
    ['+1 (212) 555-0147 ext. 12', undefined, '+12125550147'],
  ] as const)('%s (%s) → %s', (raw, country, expected) => {
    expect(normalizePhone(raw, country)).toBe(expected);
  });

  it('gives null for what cannot be a phone number', () => {
    expect(normalizePhone('n/a')).toBeNull();
    expect(normalizePhone('12')).toBeNull();
    expect(normalizePhone('0712 345678', 'US')).toBeNull(); // a foreign national number is not a US one
    expect(normalizePhone('')).toBeNull();
  });
});

describe('phonesMatch', () => {
  const match = (a: string, b: string) => phonesMatch(phoneKey(a)!, phoneKey(b)!);

  it('matches a national form against its international form', () => {
    expect(match('+44 7700 900123', '07700 900123')).toBe(true);
    expect(match('+254 712 345678', '0712 345678')).toBe(true);
    expect(match('+49 30 901820', '030 901820')).toBe(true);
  });

  it('does not match two numbers with different explicit country codes', () => {
    expect(match('+44 20 7946 0958', '+1 207 946 0958')).toBe(false);
    expect(match('+1 415 555 0132', '+1 415 555 0123')).toBe(false);
  });
});

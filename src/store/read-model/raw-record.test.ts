import { describe, expect, it } from 'vitest';
import { contactsOf } from './contacts.js';
import { parseRawCandidate } from './raw-record.js';

describe('parseRawCandidate', () => {
  it('reads contacts, social links and the location object of an Ashby record', () => {
    const raw = {
      name: 'Ada',
      primaryEmailAddress: { value: 'ada@example.com', type: 'Personal', isPrimary: true },
      emailAddresses: [{ value: 'ada@example.com', type: 'Personal', isPrimary: true }, { value: 'ada@work.example', type: 'Work', isPrimary: false }],
      phoneNumbers: [{ value: '+1 415 555 0100', type: 'Mobile', isPrimary: false }],
      socialLinks: [{ type: 'LinkedIn', url: 'https://linkedin.com/in/ada' }],
      location: { locationSummary: 'London, UK', locationComponents: [{ type: 'City', name: 'London' }] },
    };
    expect(parseRawCandidate(JSON.stringify(raw))).toEqual({
      primaryEmailAddress: { value: 'ada@example.com', type: 'Personal', isPrimary: true },
      emailAddresses: raw.emailAddresses,
      primaryPhoneNumber: null,
      phoneNumbers: raw.phoneNumbers,
      socialLinks: raw.socialLinks,
      location: raw.location,
    });
  });

  it('reads a malformed field as missing and keeps the list members that parse', () => {
    const fields = parseRawCandidate(
      JSON.stringify({
        primaryEmailAddress: 'not an object',
        emailAddresses: [{ value: 'a@example.com', type: 7 }, { type: 'Work' }, null],
        phoneNumbers: 'none',
        socialLinks: [{ url: 'github.com/ada' }],
        location: { locationSummary: 3 },
      }),
    );
    expect(fields.primaryEmailAddress).toBeNull();
    expect(fields.emailAddresses).toEqual([{ value: 'a@example.com', type: null, isPrimary: false }]);
    expect(fields.phoneNumbers).toBeNull();
    expect(fields.socialLinks).toEqual([{ type: null, url: 'github.com/ada' }]);
    expect(fields.location).toEqual({ locationSummary: null, locationComponents: null });
  });

  it.each([null, '', 'not json', '[1,2]', '"text"'])('reads %j as a record with no fields', (text) => {
    expect(Object.values(parseRawCandidate(text)).every((v) => v === null)).toBe(true);
  });

  it('is what the profile view reads contacts from, the columns standing in for a missing primary', () => {
    const contacts = contactsOf(JSON.stringify({ emailAddresses: [{ value: 'b@example.com', type: 'Work' }], socialLinks: [{ url: 'x.example/b' }] }), {
      email: 'a@example.com',
      phone: null,
    });
    expect(contacts).toEqual({
      emails: [
        { value: 'a@example.com', type: null, isPrimary: true },
        { value: 'b@example.com', type: 'Work', isPrimary: false },
      ],
      phones: [],
      socialLinks: [{ type: 'Other', url: 'x.example/b' }],
    });
  });
});

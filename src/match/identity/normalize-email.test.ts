import { describe, expect, it } from 'vitest';
import { isRoleEmail, normalizeEmail } from './normalize-email.js';

describe('normalizeEmail', () => {
  it('lowercases, trims and strips mailto:', () => {
    expect(normalizeEmail('  Alice.Nguyen@Example.COM ')).toBe('alice.nguyen@example.com');
    expect(normalizeEmail('mailto:R.Singh@example.org')).toBe('r.singh@example.org');
    expect(normalizeEmail('<bob@example.org>')).toBe('bob@example.org');
  });

  it('folds Gmail dots, plus tags and googlemail.com', () => {
    expect(normalizeEmail('Jane.Q.Doe+jobs@gmail.com')).toBe('janeqdoe@gmail.com');
    expect(normalizeEmail('jane.q.doe@googlemail.com')).toBe('janeqdoe@gmail.com');
  });

  it('drops plus tags only for providers that alias them, and keeps dots elsewhere', () => {
    expect(normalizeEmail('li.wei+cv@outlook.com')).toBe('li.wei@outlook.com');
    expect(normalizeEmail('dana.levi+ashby@example.com')).toBe('dana.levi+ashby@example.com');
    expect(normalizeEmail('dana.levi@example.com')).not.toBe(normalizeEmail('danalevi@example.com'));
  });

  it('rejects what is not an email', () => {
    expect(normalizeEmail('not an email')).toBeNull();
    expect(normalizeEmail('a@b')).toBeNull();
    expect(normalizeEmail('')).toBeNull();
    expect(normalizeEmail(null)).toBeNull();
  });

  it('recognises role and shared mailboxes', () => {
    expect(isRoleEmail('jobs@agency.example')).toBe(true);
    expect(isRoleEmail('info@bianchi-design.example')).toBe(true);
    expect(isRoleEmail('jane@example.com')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { impliedLanguageSource } from './implied-languages.js';

describe('impliedLanguageSource', () => {
  it('a framework implies its language', () => {
    expect(impliedLanguageSource('JavaScript', new Set(['html', 'css', 'jquery']))).toBe('jQuery');
    expect(impliedLanguageSource('Python', new Set(['django']))).toBe('Django');
    expect(impliedLanguageSource('Java', new Set(['hibernate']))).toBe('Hibernate');
    expect(impliedLanguageSource('C#', new Set(['.net']))).toBeNull(); // .NET may be VB.NET
  });
  it('no framework, or a framework of another language, implies nothing', () => {
    expect(impliedLanguageSource('JavaScript', new Set(['html', 'css']))).toBeNull();
    expect(impliedLanguageSource('Python', new Set(['jquery']))).toBeNull();
    expect(impliedLanguageSource('Networking', new Set(['jquery']))).toBeNull();
  });
});

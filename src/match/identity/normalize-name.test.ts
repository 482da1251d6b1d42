import { describe, expect, it } from 'vitest';
import { compareNames } from './name-match.js';
import { normalizeName, parseName } from './normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['José Hernández', 'jose hernandez'],
    ['Smith, Robert J.', 'robert j smith'],
    ['Dr. Priya Raman, MD', 'priya raman'],
    ['Robert Miller Jr.', 'robert miller jr'],
    ["Siobhán O'Brien", 'siobhan obrien'],
    ['Jürgen Groß', 'jurgen gross'],
    ['Дмитрий Иванов', 'dmitry ivanov'],
    ['  MARY-KATE  smith ', 'mary kate smith'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it('keeps the generational suffix apart', () => {
    expect(parseName('Thomas Wright Sr.')).toMatchObject({ first: 'thomas', last: 'wright', suffix: 'sr' });
    expect(parseName('')).toBeNull();
  });
});

describe('compareNames', () => {
  const level = (a: string, b: string) => compareNames(parseName(a), parseName(b)).level;

  it.each([
    ['Bob Smith', 'Robert Smith', 'variant'],
    ['Bill Foster', 'William Foster', 'variant'],
    ['Liz Abernathy', 'Elizabeth Abernathy', 'variant'],
    ['Kate Brennan', 'Katherine Brennan', 'variant'],
    ['Mike Adeyemi', 'Michael Adeyemi', 'variant'],
    ['Alex Romanov', 'Alexander Romanov', 'variant'],
    ['Wei Zhang', 'Zhang Wei', 'variant'],
    ['Nakamura, Yuki', 'Yuki Nakamura', 'exact'],
    ['Aisha B. Mensah', 'Aisha Mensah', 'exact'],
    ['J. Okonkwo', 'Jane Okonkwo', 'initial'],
    ['Jonathon Reyes', 'Jonathan Reyes', 'typo'],
    ['Emily Smtih', 'Emily Smith', 'typo'],
    ['Ji-woo Park', 'Jiwoo Park', 'exact'],
    ['Sofia Marquez', 'Sofia Marquez-Hale', 'variant'],
    ['J. Robert Klein', 'Robert Klein', 'variant'],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
  });

  it.each([
    ['Anna Novak', 'Peter Novak'],
    ['Alexander Petrov', 'Alexandra Petrov'],
    ['Maria Lopez', 'Marie Lopez'],
    ['Daniel Rossi', 'Daniela Rossi'],
    ['Robert Miller Sr.', 'Robert Miller Jr.'],
    ['John A. Murray', 'John D. Murray'],
    ['Jean-Paul Martin', 'Jean-Pierre Martin'],
    ['Nguyen Van An', 'Nguyen Van Anh'],
    ['Jon Andersen', 'Jan Andersen'],
  ])('%s and %s are different people', (a, b) => {
    expect(level(a, b)).toBe('conflict');
  });

  it('tells a different surname (possible name change) from a different first name', () => {
    expect(compareNames(parseName('Hannah Berg'), parseName('Hannah Lindqvist'))).toMatchObject({ givenConflict: false, surnameConflict: true });
    expect(compareNames(parseName('Anna Novak'), parseName('Peter Novak'))).toMatchObject({ givenConflict: true, surnameConflict: false });
  });
});

import { describe, expect, it } from 'vitest';
import { isCalendarWord, usedAsDate } from './calendar-words.js';

/** usedAsDate for the first occurrence of `word` in `text`. */
const dated = (text: string, word: string): boolean => {
  const at = text.indexOf(word);
  return usedAsDate(text, at, at + word.length);
};

describe('calendar words (held-out round o, G245)', () => {
  it('knows seasons and months in any case', () => {
    for (const w of ['Spring', 'autumn', 'WINTER', 'May', 'december']) expect(isCalendarWord(w)).toBe(true);
    for (const w of ['Springs', 'Java', 'Mayor']) expect(isCalendarWord(w)).toBe(false);
  });
  it('reads a season or month beside a year as a date', () => {
    expect(dated('Group project, Winter 2017: a booking site', 'Winter')).toBe(true);
    expect(dated('Graduated spring of 2009', 'spring')).toBe(true);
    expect(dated('Scholarship (Spring\n2004)', 'Spring')).toBe(true);
    expect(dated("Intern, Summer '16", 'Summer')).toBe(true);
    expect(dated('the 2020 autumn collection', 'autumn')).toBe(true);
    expect(dated('Completion expected: Spring: 2021', 'Spring')).toBe(true);
  });
  it('reads one beside a period of the year or another season as a date', () => {
    expect(dated('during the autumn semester', 'autumn')).toBe(true);
    expect(dated('Spring Break service trip', 'Spring')).toBe(true);
    expect(dated('Fall & Spring open houses', 'Spring')).toBe(true);
    expect(dated('summer, winter and spring camps', 'spring')).toBe(true);
    expect(dated('Spring to Summer rotation', 'Spring')).toBe(true);
  });
  it('leaves other uses alone', () => {
    expect(dated('Spring MVC, Spring Security', 'Spring')).toBe(false);
    expect(dated('Upgraded to Spring 5.2 and Java 11', 'Spring')).toBe(false);
    expect(dated('Skills: Hibernate, Spring\n2015 - 2018 Acme Corp', 'Spring')).toBe(false);
    expect(dated('Hibernate, Spring\nMay 2015 to Current', 'Spring')).toBe(false);
    expect(dated('Acme Corp 2012 - 2015\nSpring, Hibernate, Oracle', 'Spring')).toBe(false);
    expect(dated('SQL Server 2008, Spring, Hibernate', 'Spring')).toBe(false);
    expect(dated('Java 2019 certification', 'Java')).toBe(false);
  });
});

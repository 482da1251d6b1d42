import { findDateRange } from './dates.js';
import { looksLikeTitle, type RawJob } from './work.js';

/*
 * The Kaggle resume layout: a free-form blob, then "Education Details" (dated degree lines, then one or
 * two headline lines such as "Java Web Developer" / "Java Developer - Acme"), "Skill Details" and
 * "Company Details" with "company - X" / "description - ..." pairs.
 */

export function isKaggleLayout(text: string): boolean {
  return /Company Details|Skill Details|Education Details/.test(text) && /\bcompany - /.test(text);
}

const EDUCATION_LINE = /^\s|^(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|^\d{4}\b|Institution|University\s*\/\s*Board/i;

/** The headline lines Kaggle prints after the education lines, in order. */
export function kaggleHeadlines(educationLines: string[]): string[] {
  const headlines: string[] = [];
  for (let i = educationLines.length - 1; i >= 0; i--) {
    const line = educationLines[i];
    if (!line.trim()) continue;
    if (EDUCATION_LINE.test(line)) break;
    headlines.unshift(line.trim());
  }
  return headlines;
}

/** Jobs from the "Company Details" section. */
export function parseKaggleCompanies(lines: string[], headlines: string[]): RawJob[] {
  const jobs: RawJob[] = [];
  let current: RawJob | null = null;
  for (const line of lines) {
    const company = line.match(/^\s*company\s*-\s*(.*)$/i);
    if (company) {
      const name = company[1].trim() || null;
      const titled = name ? headlines.map((h) => h.match(/^(.+?)\s+-\s+(.+)$/)).find((m) => m && m[2].trim().toLowerCase() === name.toLowerCase()) : undefined;
      current = { title: titled ? titled[1].trim() : null, company: name, start: null, end: null, current: false, location: null };
      jobs.push(current);
      continue;
    }
    if (!current || current.start) continue;
    const range = findDateRange(line);
    if (range) {
      current.start = range.start;
      current.end = range.end;
      current.current = range.current;
    }
  }
  return jobs.filter((job) => job.company || job.start);
}

/** The candidate's current title as Kaggle states it: the first headline line, without " - Company". */
export function kaggleCurrentTitle(headlines: string[]): string | null {
  for (const line of headlines) {
    const title = line.replace(/\s+-\s+.*$/, '').trim();
    if (looksLikeTitle(title) || /^[A-Z][A-Z &/().-]+$/.test(title)) return title;
  }
  return null;
}

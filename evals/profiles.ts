import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { extractProfile, resumeDating } from '../src/match/profile/extract-profile.js';
import { normalizeTitle } from '../src/vocabulary/titles.js';
import type { CandidateProfile } from '../src/match/profile/types.js';

/*
 * Profile extraction report over a resume corpus (LiveCareer: ID, Resume_str; Kaggle: Category, Resume
 * with the row index as ID). "Current" in a resume ends at the resume's latest explicit date, since the
 * corpora carry no date of writing; the hand labels follow the same convention.
 */

export interface ResumeRow {
  ID: string;
  category: string;
  text: string;
}

export interface ProfileRow {
  ID: string;
  currentTitle: string | null;
  titles: string[];
  yearsExperience: number | null;
  highestDegree: string;
  schools: string[];
  majors: string[];
  skills: string[];
}

export interface Label {
  corpus: 'livecareer' | 'kaggle';
  ID: string;
  currentTitle: string | null;
  yearsExperience: number | null;
  highestDegree: string;
}

const FALLBACK_NOW = new Date(Date.UTC(2024, 0, 1));

/** Read either corpus CSV into rows with stable IDs. */
export function readResumeCorpus(file: string): ResumeRow[] {
  const records = parse(fs.readFileSync(file), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((record, index) => ({
    ID: record.ID ?? String(index),
    category: record.Category ?? '',
    text: record.Resume_str ?? record.Resume ?? '',
  }));
}

export function profileOf(row: ResumeRow): CandidateProfile {
  const { at, upTo } = resumeDating(row.text, FALLBACK_NOW);
  return extractProfile({ candidate: { name: '' }, resumeText: row.text, now: at, nowUpTo: upTo });
}

export function toProfileRow(ID: string, profile: CandidateProfile): ProfileRow {
  return {
    ID,
    currentTitle: profile.currentTitle?.value ?? null,
    titles: profile.work.map((w) => w.title).filter((t): t is string => !!t),
    yearsExperience: profile.yearsExperience,
    highestDegree: profile.highestDegree,
    schools: [...new Set(profile.education.map((e) => e.school).filter((s): s is string => !!s))],
    majors: [...new Set(profile.education.map((e) => e.major).filter((m): m is string => !!m))],
    skills: profile.skills.map((s) => s.value),
  };
}

export type Coverage = Record<'title' | 'company' | 'dates' | 'school' | 'degree' | 'skills' | 'yearsExperience', number>;

export function coverageOf(profiles: CandidateProfile[]): Coverage {
  const share = (test: (p: CandidateProfile) => boolean): number =>
    profiles.length === 0 ? 0 : Math.round((profiles.filter(test).length / profiles.length) * 1000) / 1000;
  return {
    title: share((p) => !!p.currentTitle),
    company: share((p) => !!p.currentCompany),
    dates: share((p) => p.work.some((w) => w.start)),
    school: share((p) => p.education.some((e) => e.school)),
    degree: share((p) => p.highestDegree !== 'none'),
    skills: share((p) => p.skills.length > 0),
    yearsExperience: share((p) => p.yearsExperience !== null),
  };
}

const fold = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Title agreement: equal after folding, equal canonical titles, or one containing the other. */
export function titlesAgree(predicted: string | null, expected: string | null): boolean {
  if (!predicted || !expected) return predicted === expected;
  const a = fold(predicted);
  const b = fold(expected);
  if (!a || !b) return false;
  if (a === b || a.includes(b) || b.includes(a)) return true;
  return fold(normalizeTitle(predicted).canonicalTitle) === fold(normalizeTitle(expected).canonicalTitle);
}

export interface Accuracy {
  labelled: number;
  currentTitle: number;
  yearsWithin2: number;
  highestDegree: number;
  misses: { ID: string; field: string; expected: unknown; got: unknown }[];
}

/** Accuracy of extracted rows against hand labels (title agreement, years ±2, highest degree exact). */
export function scoreAgainstLabels(rows: ProfileRow[], labels: Label[]): Accuracy {
  const byId = new Map(rows.map((r) => [r.ID, r]));
  let title = 0;
  let years = 0;
  let degree = 0;
  let n = 0;
  const misses: Accuracy['misses'] = [];
  for (const label of labels) {
    const row = byId.get(label.ID);
    if (!row) continue;
    n++;
    if (titlesAgree(row.currentTitle, label.currentTitle)) title++;
    else misses.push({ ID: label.ID, field: 'currentTitle', expected: label.currentTitle, got: row.currentTitle });
    const yearsOk =
      label.yearsExperience === null ? row.yearsExperience === null : row.yearsExperience !== null && Math.abs(row.yearsExperience - label.yearsExperience) <= 2;
    if (yearsOk) years++;
    else misses.push({ ID: label.ID, field: 'yearsExperience', expected: label.yearsExperience, got: row.yearsExperience });
    if (row.highestDegree === label.highestDegree) degree++;
    else misses.push({ ID: label.ID, field: 'highestDegree', expected: label.highestDegree, got: row.highestDegree });
  }
  const ratio = (k: number): number => (n === 0 ? 0 : Math.round((k / n) * 1000) / 1000);
  return { labelled: n, currentTitle: ratio(title), yearsWithin2: ratio(years), highestDegree: ratio(degree), misses };
}

export function readLabels(file: string): Label[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
}

export interface ProfilesEvalOptions {
  corpus: string;
  ids?: string[];
  json: boolean;
  labels?: string;
  /** Where to print (tests pass a collector). */
  out?: (line: string) => void;
}

export interface ProfilesEvalResult {
  coverage: Coverage;
  rows: ProfileRow[];
  accuracy?: Accuracy;
}

/** Run the report: coverage per field, a sample table, and accuracy when labels are given. */
export function runProfilesEval(options: ProfilesEvalOptions): ProfilesEvalResult {
  const out = options.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const corpusName = /kaggle|UpdatedResume/i.test(options.corpus) ? 'kaggle' : 'livecareer';
  let resumes = readResumeCorpus(options.corpus);
  const labels = options.labels ? readLabels(options.labels).filter((l) => l.corpus === corpusName) : undefined;
  const wanted = options.ids ?? labels?.map((l) => l.ID);
  if (wanted && options.ids) resumes = resumes.filter((r) => wanted.includes(r.ID));
  const started = performance.now();
  const profiles = resumes.map((r) => profileOf(r));
  const elapsedMs = performance.now() - started;
  const rows = profiles.map((p, i) => toProfileRow(resumes[i].ID, p));
  const coverage = coverageOf(profiles);
  const accuracy = labels ? scoreAgainstLabels(rows, labels) : undefined;
  if (options.json) {
    out(JSON.stringify({ coverage, rows, ...(accuracy ? { accuracy } : {}) }));
    return { coverage, rows, accuracy };
  }
  out(`resumes: ${resumes.length}  (${(elapsedMs / Math.max(1, resumes.length)).toFixed(2)} ms per resume)`);
  out('coverage:');
  for (const [field, share] of Object.entries(coverage)) out(`  ${field.padEnd(16)} ${(share * 100).toFixed(1)}%`);
  out('sample:');
  for (const row of rows.slice(0, 15)) {
    out(`  ${row.ID.padEnd(10)} ${String(row.currentTitle ?? '-').slice(0, 40).padEnd(40)} ${String(row.yearsExperience ?? '-').padStart(5)}y  ${row.highestDegree.padEnd(12)} ${row.schools[0] ?? '-'} | ${row.skills.slice(0, 5).join(', ')}`);
  }
  if (accuracy) {
    out(`accuracy on ${accuracy.labelled} labelled resumes:`);
    out(`  current title   ${accuracy.currentTitle}`);
    out(`  years (±2)      ${accuracy.yearsWithin2}`);
    out(`  highest degree  ${accuracy.highestDegree}`);
  }
  return { coverage, rows, accuracy };
}

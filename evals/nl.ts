import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseBoolean } from '../src/retrieval/query/boolean-parser.js';
import type { BoolAst } from '../src/retrieval/query/boolean-ast.js';
import { FILTER_KEYS, type SearchRequestInput } from '../src/retrieval/query/search-request.js';
import { demoVocabulary } from './demo-vocabulary.js';
import { contentWords, REQUEST_STOPWORDS } from '../src/retrieval/text/content-words.js';
import { parseNaturalLanguage } from '../src/retrieval/nl/offline-parser.js';
import type { NlVocabulary } from '../src/retrieval/nl/vocabulary.js';
import { AppError } from '../src/shared/errors.js';

/*
 * NL-parser evaluation. A case is {"id", "request", "expect"}; `expect` uses SearchRequest names:
 * `text`, `boolean`, `limit`, and every SearchFilters key AT THE TOP LEVEL of `expect` (not under
 * `filters`). Every key is strict both ways: a key present must match, and a key absent from
 * `expect` must be absent from the parse (so a free-text-only case fails if any filter is guessed).
 * Matching: lists are compared as case-insensitive sets; `text` as a set of content words
 * (REQUEST_STOPWORDS of src/retrieval/text/content-words.ts removed); `boolean` by parsed structure (AND/OR
 * children unordered, case-insensitive); date ranges by their YYYY-MM-DD bounds; numbers exactly;
 * `exclude` (the negated filters, e.g. {"rejectionReason": ["Compensation"]}) key by key as sets.
 */

export const DEFAULT_EVAL_NOW = '2026-11-27';

export const NlCase = z.object({
  id: z.string(),
  request: z.string(),
  expect: z.record(z.string(), z.unknown()),
});
export type NlCase = z.infer<typeof NlCase>;

const CHECKED_KEYS = ['text', 'boolean', 'limit', ...FILTER_KEYS] as const;

export interface NlCaseResult {
  id: string;
  request: string;
  pass: boolean;
  mismatches: { field: string; expected: unknown; actual: unknown }[];
  parsed: SearchRequestInput;
}

export interface NlEvalReport {
  exactMatch: number;
  /** Cases where a value meant as "not" came out as a positive filter, or the other way round. */
  reversed: { id: string; request: string; field: string; values: string[] }[];
  cases: NlCaseResult[];
  fields: Record<string, { correct: number; total: number; accuracy: number }>;
}

/** Read a JSONL file of cases; a bad line is an error naming its line number. */
export function readNlCases(file: string): NlCase[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cases: NlCase[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = NlCase.safeParse(JSON.parse(line));
    if (!parsed.success) throw new AppError('invalid_input', `${file}:${i + 1}: a case needs "id", "request" and "expect" (${parsed.error.issues[0]?.message})`);
    const unknown = Object.keys(parsed.data.expect).filter((k) => !(CHECKED_KEYS as readonly string[]).includes(k));
    if (unknown.length) throw new AppError('invalid_input', `${file}:${i + 1}: unknown expect key(s) ${unknown.join(', ')}; use ${CHECKED_KEYS.join(', ')}`);
    cases.push(parsed.data);
  });
  return cases;
}

function actualValue(parsed: SearchRequestInput, key: string): unknown {
  if (key === 'text' || key === 'boolean' || key === 'limit') return (parsed as Record<string, unknown>)[key];
  return (parsed.filters as Record<string, unknown> | undefined)?.[key];
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

function canonicalBoolean(ast: BoolAst): string {
  switch (ast.type) {
    case 'term':
      return `${ast.field ?? ''}:${ast.value.toLowerCase()}${ast.prefix ? '*' : ''}`;
    case 'phrase':
      return `${ast.field ?? ''}:"${ast.value.toLowerCase()}"`;
    case 'not':
      return `NOT(${canonicalBoolean(ast.child)})`;
    default: {
      const flat = ast.children.flatMap((c) => (c.type === ast.type ? (c as typeof ast).children : [c]));
      return `${ast.type.toUpperCase()}(${flat.map(canonicalBoolean).sort().join(',')})`;
    }
  }
}

function booleanForm(text: string): string {
  try {
    return canonicalBoolean(parseBoolean(text));
  } catch {
    return text.trim().toLowerCase();
  }
}

function sameSet(a: string[], b: string[]): boolean {
  const norm = (xs: string[]) => [...new Set(xs.map((x) => x.toLowerCase().trim()))].sort().join('\u0000');
  return norm(a) === norm(b);
}

/** `exclude` objects match key by key, each list as a case-insensitive set (an empty list counts as absent). */
function sameExclusions(expected: unknown, actual: unknown): boolean {
  const e = (expected ?? {}) as Record<string, unknown>;
  const a = (actual ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
  return [...keys].every((k) => {
    const ev = (e[k] as unknown[] | undefined) ?? [];
    const av = (a[k] as unknown[] | undefined) ?? [];
    return sameSet(ev.map(String), av.map(String));
  });
}

/** Whether one field of a parse matches its expectation (both absent counts as a match). */
export function fieldMatches(key: string, expected: unknown, actual: unknown): boolean {
  if (key === 'text') return sameSet(contentWords(String(expected ?? ''), REQUEST_STOPWORDS), contentWords(String(actual ?? ''), REQUEST_STOPWORDS));
  if (isEmpty(expected) || isEmpty(actual)) return isEmpty(expected) && isEmpty(actual);
  if (key === 'boolean') return booleanForm(String(expected)) === booleanForm(String(actual));
  if (key === 'exclude') return sameExclusions(expected, actual);
  if (Array.isArray(expected) && Array.isArray(actual)) return sameSet(expected.map(String), actual.map(String));
  if (typeof expected === 'object' && typeof actual === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const keys = new Set([...Object.keys(e), ...Object.keys(a)].filter((k) => e[k] !== undefined || a[k] !== undefined));
    return [...keys].every((k) => String(e[k] ?? '').slice(0, 10) === String(a[k] ?? '').slice(0, 10));
  }
  return expected === actual;
}

/**
 * Reversed meanings in one case: a value the case excludes that the parse filters FOR, or a value the
 * case filters for that the parse excludes. The worst failure, so it is counted on its own. The key
 * does not matter: "not at Stripe" parsed as a positive `pastCompany: Stripe` is as reversed as a
 * positive `currentCompany: Stripe`, so a value is matched against every list of the other polarity.
 * A (key, value) the case itself expects with that polarity is never a reversal ("ex-Stripe people not
 * currently at Stripe" expects both `pastCompany: Stripe` and `exclude.currentCompany: Stripe`). The
 * field reported is the parse's own (`exclude.<key>` for a value the parse excluded).
 */
export function reversedMeanings(testCase: NlCase, parsed: SearchRequestInput): { field: string; values: string[] }[] {
  const lower = (xs: unknown) => (Array.isArray(xs) ? xs.map((x) => String(x).toLowerCase()) : []);
  const lists = (o: Record<string, unknown>) => Object.entries(o).filter(([k, v]) => k !== 'exclude' && Array.isArray(v)).map(([k, v]) => [k, lower(v)] as const);
  const positive = (parsed.filters ?? {}) as Record<string, unknown>;
  const negative = (positive.exclude ?? {}) as Record<string, unknown>;
  const expectNegative = lists((testCase.expect.exclude ?? {}) as Record<string, unknown>);
  const expectPositive = lists(testCase.expect);
  const values = (ls: (readonly [string, string[]])[]) => new Set(ls.flatMap(([, v]) => v));
  const has = (ls: (readonly [string, string[]])[], key: string, v: string) => ls.some(([k, xs]) => k === key && xs.includes(v));
  const out: { field: string; values: string[] }[] = [];
  for (const [key, vs] of lists(positive)) {
    const hit = vs.filter((v) => values(expectNegative).has(v) && !has(expectPositive, key, v));
    if (hit.length) out.push({ field: key, values: hit });
  }
  for (const [key, vs] of lists(negative)) {
    const hit = vs.filter((v) => values(expectPositive).has(v) && !has(expectNegative, key, v));
    if (hit.length) out.push({ field: `exclude.${key}`, values: hit });
  }
  out.push(...reversedDates(testCase, parsed));
  return out;
}

const DATE_KEYS = ['updated', 'applied'] as const;
type Direction = 'before' | 'after';

/** A one-sided date range's direction ("no activity since June" is `before`); a closed or absent range has none. */
function direction(range: unknown): Direction | undefined {
  if (!range || typeof range !== 'object') return undefined;
  const r = range as { before?: unknown; after?: unknown };
  const before = r.before !== undefined && r.before !== null && r.before !== '';
  const after = r.after !== undefined && r.after !== null && r.after !== '';
  return before && !after ? 'before' : after && !before ? 'after' : undefined;
}

/**
 * Date-direction reversals: the case wants `before` (no activity since X) and the parse says `after`
 * (active since X), or the other way round. "no updates in the last 10 days" read as updated after is
 * as reversed as an excluded value kept positive. The parse's range is compared with the case's range
 * on the same key, or on the other date key when the case has none there ("no applications since
 * June" expected as `applied`, parsed as `updated`: still the opposite direction).
 */
export function reversedDates(testCase: NlCase, parsed: SearchRequestInput): { field: string; values: string[] }[] {
  const out: { field: string; values: string[] }[] = [];
  const filters = (parsed.filters ?? {}) as Record<string, unknown>;
  for (const key of DATE_KEYS) {
    const got = direction(filters[key]);
    if (!got) continue;
    const same = testCase.expect[key];
    const wanted = same !== undefined ? [direction(same)] : DATE_KEYS.filter((k) => k !== key).map((k) => direction(testCase.expect[k]));
    const opposite: Direction = got === 'after' ? 'before' : 'after';
    if (wanted.includes(opposite)) {
      const range = filters[key] as Record<string, unknown>;
      out.push({ field: `${key}.${got}`, values: [String(range[got]).slice(0, 10)] });
    }
  }
  return out;
}

/** Score one case: every checked key must match (absent keys must be absent). */
export function scoreCase(testCase: NlCase, parsed: SearchRequestInput): NlCaseResult {
  const mismatches: NlCaseResult['mismatches'] = [];
  for (const key of CHECKED_KEYS) {
    const expected = testCase.expect[key];
    const actual = actualValue(parsed, key);
    if (!fieldMatches(key, expected, actual)) mismatches.push({ field: key, expected: expected ?? null, actual: actual ?? null });
  }
  return { id: testCase.id, request: testCase.request, pass: mismatches.length === 0, mismatches, parsed };
}

export interface RunNlEvalOptions {
  cases: NlCase[] | string;
  now?: string | Date;
  json?: boolean;
  vocab?: NlVocabulary;
  /** The parser under test; the offline parser by default. */
  parse?: (request: string, vocab: NlVocabulary, now: Date) => Promise<SearchRequestInput> | SearchRequestInput;
}

/** Run the NL eval: parse every case, score it, and render a table or JSON. */
export async function runNlEval(options: RunNlEvalOptions): Promise<{ report: NlEvalReport; output: string }> {
  const cases = typeof options.cases === 'string' ? readNlCases(options.cases) : options.cases;
  const now = options.now instanceof Date ? options.now : new Date(`${options.now ?? DEFAULT_EVAL_NOW}T12:00:00Z`);
  if (Number.isNaN(now.getTime())) throw new AppError('invalid_input', `--now must be a date (YYYY-MM-DD), got "${String(options.now)}"`);
  const vocab = options.vocab ?? demoVocabulary();
  const parse = options.parse ?? ((request: string, v: NlVocabulary, n: Date) => parseNaturalLanguage(request, v, { now: n }).request);

  const results: NlCaseResult[] = [];
  for (const c of cases) results.push(scoreCase(c, await parse(c.request, vocab, now)));

  const fields: NlEvalReport['fields'] = {};
  for (const key of CHECKED_KEYS) {
    const relevant = results.filter((r, i) => !isEmpty(cases[i].expect[key]) || !isEmpty(actualValue(r.parsed, key)));
    if (relevant.length === 0) continue;
    const correct = relevant.filter((r) => !r.mismatches.some((m) => m.field === key)).length;
    fields[key] = { correct, total: relevant.length, accuracy: correct / relevant.length };
  }
  const exactMatch = results.length ? results.filter((r) => r.pass).length / results.length : 0;
  const reversed = results.flatMap((r, i) => reversedMeanings(cases[i], r.parsed).map((x) => ({ id: r.id, request: r.request, ...x })));
  const report: NlEvalReport = { exactMatch, reversed, fields, cases: results };
  return { report, output: options.json ? JSON.stringify(report, null, 2) : renderTable(report) };
}

function renderTable(report: NlEvalReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `NL parser: ${report.cases.filter((c) => c.pass).length}/${report.cases.length} exact match (${pct(report.exactMatch)}) · reversed meanings: ${report.reversed.length}`,
    '',
    'field                 correct/total  accuracy',
  ];
  for (const [field, f] of Object.entries(report.fields)) lines.push(`${field.padEnd(22)}${`${f.correct}/${f.total}`.padEnd(15)}${pct(f.accuracy)}`);
  if (report.reversed.length) {
    lines.push('', 'Reversed meanings:');
    for (const r of report.reversed) lines.push(`  ${r.id}: ${r.field} ${JSON.stringify(r.values)} — ${r.request}`);
  }
  const failures = report.cases.filter((c) => !c.pass);
  if (failures.length) {
    lines.push('', 'Failures:');
    for (const f of failures) {
      lines.push(`  ${f.id}: ${f.request}`);
      for (const m of f.mismatches) lines.push(`    ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
    }
  }
  return lines.join('\n');
}

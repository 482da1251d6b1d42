import { z } from 'zod';
import { memo } from './memo.js';
import { jobTitles, stageTitles, uniqueValues, type NlVocabulary } from './vocabulary.js';

/*
 * What the model fills in. Every property is required and nullable, because OpenAI's strict JSON
 * schema mode (the AI SDK 6 default) rejects optional properties. Dates are flat strings so the
 * model does not have to nest ranges. Account values are enums of the account's own spellings, so a
 * model that invents a stage fails validation (and the request falls back to the offline parser).
 */
const STATUSES = ['Active', 'Archived', 'Hired', 'Lead'] as const;
const DEGREES = ['high school', 'associate', 'bachelor', 'master', 'doctorate', 'certificate/diploma'] as const;

/** A nullable list of the account's values; a dimension the account has no values for can only be null. */
function oneOf(values: string[]) {
  const distinct = uniqueValues(values);
  if (distinct.length === 0) return z.null();
  return z.array(z.enum(distinct as [string, ...string[]])).nullable();
}
const free = () => z.array(z.string()).nullable();

/** The value-list fields, positive or inside `exclude`. */
function valueFields(vocab: NlVocabulary) {
  return {
    stage: oneOf(stageTitles(vocab)).describe('Stage the candidate is in now'),
    stageReached: oneOf(stageTitles(vocab)).describe('Stage the candidate ever reached'),
    job: oneOf(jobTitles(vocab)),
    department: oneOf(vocab.departments),
    recruiter: oneOf(vocab.recruiters.map((r) => r.name)),
    source: oneOf(vocab.sources.map((s) => s.title)),
    rejectionReason: oneOf(vocab.rejectionReasons.map((r) => r.text)),
    applicationStatus: z.array(z.enum(STATUSES)).nullable(),
    tag: oneOf(vocab.tags),
    currentTitle: free(),
    pastTitle: free(),
    currentCompany: free(),
    pastCompany: free(),
    location: free(),
    skill: free(),
    school: free(),
    degree: z.array(z.enum(DEGREES)).nullable(),
  };
}

/** The structured-output schema for one account (built once per vocabulary). */
export function llmOutputSchema(vocab: NlVocabulary) {
  return memo(vocab, 'llmOutputSchema', () =>
    z.object({
      text: z.string().nullable().describe('Free-text words that are not a filter (skills, titles, topics)'),
      boolean: z.string().nullable().describe('Boolean keyword query for quoted or must-have words, e.g. "kubernetes" AND (go OR rust)'),
      limit: z.number().int().nullable(),
      ...valueFields(vocab),
      updatedAfter: z.string().nullable().describe('YYYY-MM-DD'),
      updatedBefore: z.string().nullable().describe('YYYY-MM-DD'),
      appliedAfter: z.string().nullable().describe('YYYY-MM-DD'),
      appliedBefore: z.string().nullable().describe('YYYY-MM-DD'),
      yearsMin: z.number().nullable(),
      yearsMax: z.number().nullable(),
      exclude: z.object(valueFields(vocab)).nullable().describe('Values the recruiter said NOT to include ("not rejected for X", "no agencies", "not in Berlin")'),
    }),
  );
}
export type LlmSearchOutput = z.infer<ReturnType<typeof llmOutputSchema>>;
export type LlmValueFields = NonNullable<LlmSearchOutput['exclude']>;

/** The system prompt: rules plus the account's own vocabulary, so the model picks real values. */
export function systemPrompt(vocab: NlVocabulary, now: Date): string {
  const section = (name: string, values: string[]) => `${name}: ${values.length ? values.map((v) => JSON.stringify(v)).join(', ') : '(none)'}`;
  return [
    'You turn a recruiter\'s request into a structured search over their applicant tracking system.',
    `Today is ${now.toISOString().slice(0, 10)}. Resolve relative dates ("last 6 months", "since March") to YYYY-MM-DD.`,
    'Rules:',
    '- Use ONLY values from the lists below for stage, stageReached, job, department, recruiter, source, rejectionReason and tag. Copy them exactly.',
    '- "reached / made it to / got to X" means stageReached; "currently in / sitting at X" means stage.',
    '- Anything negated ("not", "never", "except", "excluding", "other than", "without", "nobody who", "anyone but") goes into `exclude` under the same key: "not rejected for X" is exclude.rejectionReason, "not from agencies" is exclude.source, "but not in Berlin" is exclude.location. Never put a negated value in a positive field.',
    '- "not contacted since <date>" means updatedBefore <date>; "applied …" dates go to applied*, other activity to updated*.',
    '- "for any <word> job" means the department of that name when there is one, else every job whose title contains that word.',
    '- Years of experience only from explicit numbers; never infer them from words like "senior".',
    '- Skills, titles and topics the recruiter merely mentions go into text; quoted words and "must know X" go into boolean as quoted phrases.',
    '- Anything you cannot map goes into text. Never guess a filter. Use null for everything not mentioned.',
    'Account vocabulary:',
    section('Jobs', jobTitles(vocab)),
    section('Departments', uniqueValues(vocab.departments)),
    section('Stages', stageTitles(vocab)),
    section('Recruiters', uniqueValues(vocab.recruiters.map((r) => r.name))),
    section('Sources', uniqueValues(vocab.sources.map((s) => s.title))),
    section('Rejection reasons', uniqueValues(vocab.rejectionReasons.map((r) => r.text))),
    section('Tags', uniqueValues(vocab.tags)),
    section('Locations', uniqueValues(vocab.locations)),
  ].join('\n');
}

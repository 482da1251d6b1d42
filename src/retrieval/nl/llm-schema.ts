import { z } from 'zod';
import { jobTitles, stageTitles, uniqueValues, type Vocabulary } from './vocabulary.js';

/*
 * What the model fills in. Every property is required and nullable, because OpenAI's strict JSON
 * schema mode (the AI SDK 6 default) rejects optional properties. Dates are flat strings so the
 * model does not have to nest ranges.
 */
const list = () => z.array(z.string()).nullable();

export const LlmSearchOutput = z.object({
  text: z.string().nullable().describe('Free-text words that are not a filter (skills, titles, topics)'),
  boolean: z.string().nullable().describe('Boolean keyword query for quoted or must-have words, e.g. "kubernetes" AND (go OR rust)'),
  limit: z.number().int().nullable(),
  stage: list().describe('Stage the candidate is in now'),
  stageReached: list().describe('Stage the candidate ever reached'),
  job: list(),
  department: list(),
  recruiter: list(),
  source: list(),
  rejectionReason: list(),
  notRejectionReason: list(),
  applicationStatus: z.array(z.enum(['Active', 'Archived', 'Hired', 'Lead'])).nullable(),
  tag: list(),
  updatedAfter: z.string().nullable().describe('YYYY-MM-DD'),
  updatedBefore: z.string().nullable().describe('YYYY-MM-DD'),
  appliedAfter: z.string().nullable().describe('YYYY-MM-DD'),
  appliedBefore: z.string().nullable().describe('YYYY-MM-DD'),
  currentTitle: list(),
  pastTitle: list(),
  currentCompany: list(),
  pastCompany: list(),
  location: list(),
  skill: list(),
  yearsMin: z.number().nullable(),
  yearsMax: z.number().nullable(),
  school: list(),
  degree: z.array(z.enum(['high school', 'associate', 'bachelor', 'master', 'doctorate', 'certificate/diploma'])).nullable(),
  excludeJob: list(),
  excludeDepartment: list(),
});
export type LlmSearchOutput = z.infer<typeof LlmSearchOutput>;

/** The system prompt: rules plus the account's own vocabulary, so the model picks real values. */
export function systemPrompt(vocab: Vocabulary, now: Date): string {
  const section = (name: string, values: string[]) => `${name}: ${values.length ? values.map((v) => JSON.stringify(v)).join(', ') : '(none)'}`;
  return [
    'You turn a recruiter\'s request into a structured search over their applicant tracking system.',
    `Today is ${now.toISOString().slice(0, 10)}. Resolve relative dates ("last 6 months", "since March") to YYYY-MM-DD.`,
    'Rules:',
    '- Use ONLY values from the lists below for stage, stageReached, job, department, recruiter, source, rejectionReason, notRejectionReason, tag, excludeJob, excludeDepartment. Copy them exactly.',
    '- "reached / made it to / got to X" means stageReached; "currently in / sitting at X" means stage.',
    '- "rejected for X" means rejectionReason; "not rejected for X" means notRejectionReason; "not in <department>" means excludeDepartment.',
    '- "for any <word> job" means every job whose title contains that word.',
    '- Dates go to updated* unless the request is about when they applied (applied*).',
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

import { z } from 'zod';

/*
 * The enriched profile of one candidate: what src/match extracts from Ashby fields and resume text,
 * stored in `candidate_profiles.profile` and read by search filters, facets, insights and matching.
 * Every fact says where it came from and how sure we are.
 */

export const Provenance = z.object({
  source: z.enum(['ashby', 'resume', 'llm']),
  confidence: z.number().min(0).max(1),
});
export type Provenance = z.infer<typeof Provenance>;

export const DEGREE_LEVELS = ['none', 'high school', 'certificate/diploma', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const WorkEntry = Provenance.extend({
  title: z.string().nullable(),
  /** Canonical title and O*NET-SOC code when the title could be normalised. */
  canonicalTitle: z.string().nullable(),
  occupationCode: z.string().nullable(),
  company: z.string().nullable(),
  start: z.string().nullable().describe('YYYY-MM'),
  end: z.string().nullable().describe('YYYY-MM, null when current'),
  current: z.boolean(),
  location: z.string().nullable(),
});
export type WorkEntry = z.infer<typeof WorkEntry>;

export const EducationEntry = Provenance.extend({
  school: z.string().nullable(),
  degree: z.string().nullable().describe('As written, e.g. "B.Sc."'),
  degreeLevel: z.enum(DEGREE_LEVELS).nullable(),
  major: z.string().nullable(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

export const Fact = Provenance.extend({ value: z.string() });
export type Fact = z.infer<typeof Fact>;

export const SocialProfile = Provenance.extend({
  type: z.enum(['linkedin', 'github', 'other']),
  url: z.string().describe('Normalised URL'),
  handle: z.string().nullable(),
});

export const CandidateProfile = z.object({
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  currentTitle: Fact.nullable(),
  currentCompany: Fact.nullable(),
  canonicalTitle: z.string().nullable(),
  occupationCode: z.string().nullable(),
  location: Fact.nullable(),
  work: z.array(WorkEntry),
  education: z.array(EducationEntry),
  highestDegree: z.enum(DEGREE_LEVELS),
  /** Canonical skill names (k8s → Kubernetes). */
  skills: z.array(Fact),
  certifications: z.array(Fact),
  languages: z.array(Fact),
  social: z.array(SocialProfile),
  emails: z.array(z.string()),
  phones: z.array(z.string()).describe('E.164 where parseable'),
  yearsExperience: z.number().nullable(),
  yearsInRole: z.number().nullable(),
});
export type CandidateProfile = z.infer<typeof CandidateProfile>;

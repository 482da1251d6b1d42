import { z } from 'zod';

/*
 * The enriched profile of one candidate: what src/match extracts from Ashby fields and resume text,
 * stored in `candidate_profiles.profile` (this schema is that column's type) and read through the
 * candidate read model by search filters, facets, insights and matching.
 * Every fact says where it came from and how sure we are.
 */

const Provenance = z.object({
  source: z.enum(['ashby', 'resume', 'llm']),
  confidence: z.number().min(0).max(1),
});
type Provenance = z.infer<typeof Provenance>;

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
  /** An academic-assistant role held while studying (a student job, left out of the dated total like an internship). */
  studentJob: z.boolean().optional(),
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

/** A short candidate-written list value (a group, interest or award): bounded, so prose never becomes a bucket. */
const ListFact = Provenance.extend({ value: z.string().min(1).max(80) });

const SocialProfile = Provenance.extend({
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
  /** Professional associations, societies and clubs from an affiliations/memberships section (role and dates dropped). */
  groups: z.array(ListFact).max(20),
  /** Interests and hobbies, sentence case. */
  interests: z.array(ListFact).max(20),
  /** Honors and awards, from an honors/awards section or award phrases in accomplishments. */
  honors: z.array(ListFact).max(20),
  social: z.array(SocialProfile),
  emails: z.array(z.string()),
  phones: z.array(z.string()).describe('E.164 where parseable'),
  yearsExperience: z.number().nullable(),
  /** The dated total is a lower bound: it counts roles dated by employer outside the work history, or a current role may run past the resume's last date. */
  yearsExperienceAtLeast: z.boolean().optional(),
  yearsInRole: z.number().nullable(),
  /** Years in role is a lower bound: the resume may have been written after the date it is measured to. */
  yearsInRoleAtLeast: z.boolean().optional(),
});
export type CandidateProfile = z.infer<typeof CandidateProfile>;

/** A profile with no facts: what every missing or unreadable field of a stored profile reads as. */
export const EMPTY_PROFILE: CandidateProfile = Object.freeze({
  headline: null, summary: null, currentTitle: null, currentCompany: null, canonicalTitle: null, occupationCode: null, location: null,
  work: [], education: [], highestDegree: 'none', skills: [], certifications: [], languages: [], groups: [], interests: [], honors: [], social: [], emails: [], phones: [],
  yearsExperience: null, yearsInRole: null,
}) as CandidateProfile;

/*
 * The same schema, forgiving field by field: a field that is missing or does not fit reads as empty,
 * and a list keeps the entries that fit. Profiles written by an older extractor (or by hand, as test
 * fixtures and benches do) keep every fact that still reads.
 */
const lenientField = (key: keyof CandidateProfile, schema: z.ZodType): z.ZodType => {
  const fallback = EMPTY_PROFILE[key];
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    return z
      .array(z.unknown())
      .transform((items) => items.flatMap((item) => {
        const parsed = element.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }))
      .catch([]);
  }
  return schema.catch(fallback);
};
const LenientProfile = z.object(
  Object.fromEntries(Object.entries(CandidateProfile.shape).map(([key, schema]) => [key, lenientField(key as keyof CandidateProfile, schema as z.ZodType)])),
);

/**
 * The one parser of the `candidate_profiles.profile` column (text or already-parsed JSON). A row that
 * is not a JSON object reads as null (no profile); otherwise every fact that fits the schema is kept.
 */
export function parseStoredProfile(value: unknown): CandidateProfile | null {
  const json = typeof value === 'string' ? safeJson(value) : value;
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  // Missing fields read as empty before validating: the common older-row case stays one fast parse
  // (a failed parse builds errors, ~50x slower: 20k partial profiles took 12 s the lenient way).
  const exact = CandidateProfile.safeParse({ ...EMPTY_PROFILE, ...(json as object) });
  if (exact.success) return exact.data;
  return LenientProfile.parse(json) as CandidateProfile;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

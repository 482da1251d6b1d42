import { z } from 'zod';

/*
 * What identity resolution reads: Ashby's candidate shape, loosely. Every field may be missing
 * (eval pairs, partial webhook payloads), `location` may be Ashby's object or a plain string, and
 * `resumeText` is the extracted resume when we have one.
 */

const nullish = <T extends z.ZodTypeAny>(t: T) => t.nullable().optional();

const ContactValue = z.looseObject({ value: z.string(), type: nullish(z.string()), isPrimary: nullish(z.boolean()) });
const SocialLinkValue = z.looseObject({ type: nullish(z.string()), url: z.string() });
const LocationValue = z.union([
  z.string(),
  z.looseObject({
    locationSummary: nullish(z.string()),
    locationComponents: nullish(z.array(z.looseObject({ type: z.string(), name: z.string() }))),
  }),
]);

/** One candidate record as identity resolution sees it (Ashby's candidate shape, every field optional). */
export const IdentityCandidate = z.looseObject({
  id: nullish(z.string()),
  name: nullish(z.string()),
  primaryEmailAddress: nullish(ContactValue),
  emailAddresses: nullish(z.array(ContactValue)),
  primaryPhoneNumber: nullish(ContactValue),
  phoneNumbers: nullish(z.array(ContactValue)),
  socialLinks: nullish(z.array(SocialLinkValue)),
  position: nullish(z.string()),
  company: nullish(z.string()),
  school: nullish(z.string()),
  location: nullish(LocationValue),
  resumeText: nullish(z.string()),
});
export type IdentityCandidate = z.infer<typeof IdentityCandidate>;

/** A candidate record of the account: the same shape with a required id. */
export const IdentityInput = IdentityCandidate.extend({ id: z.string() });
export type IdentityInput = z.infer<typeof IdentityInput>;

/** The same-person decision for one pair of records. */
export interface IdentityDecision {
  same: boolean;
  /** Estimated probability that the two records are the same person (0–1); `same` ⇔ confidence ≥ SAME_THRESHOLD. */
  confidence: number;
  /** Why, in words a recruiter can read; names the matching field, never its value. */
  reasons: string[];
}

/** A pair of records judged to be the same person, as found across the account. */
export interface IdentityPair {
  a: string;
  b: string;
  confidence: number;
  reasons: string[];
}

/** Decisions at or above this confidence count as the same person. */
export const SAME_THRESHOLD = 0.6;

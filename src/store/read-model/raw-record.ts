import { z } from 'zod';

/*
 * The part of `candidates.raw` (Ashby's candidate record, stored as JSON text) that readers use: contact
 * points, social links and the location object. Everything else a reader needs has its own column. One
 * schema and one parser, so the profile view's contacts and duplicate detection read the same facts.
 *
 * Lenient on purpose: the record is whatever Ashby (or a webhook payload) sent, and one malformed field
 * must not hide the others or fail an account-wide pass. A field of the wrong shape reads as missing;
 * a list keeps the members that parse.
 */

/** A list of `item`s: null when the value is not a list, else the members that parse. */
function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .nullable()
    .catch(null)
    .transform((list): z.output<T>[] | null => {
      if (!list) return null;
      const out: z.output<T>[] = [];
      for (const member of list) {
        const parsed = item.safeParse(member);
        if (parsed.success) out.push(parsed.data);
      }
      return out;
    });
}

/** An e-mail address or phone number as Ashby lists it. */
const RawContactPoint = z.object({
  value: z.string(),
  type: z.string().nullable().catch(null),
  isPrimary: z.boolean().catch(false),
});

const RawSocialLink = z.object({ type: z.string().nullable().catch(null), url: z.string() });

const RawLocation = z.object({
  locationSummary: z.string().nullable().catch(null),
  locationComponents: listOf(z.object({ type: z.string(), name: z.string() })),
});

/** The contact and location fields of a raw Ashby candidate record. */
export const RawCandidateFields = z.object({
  primaryEmailAddress: RawContactPoint.nullable().catch(null),
  emailAddresses: listOf(RawContactPoint),
  primaryPhoneNumber: RawContactPoint.nullable().catch(null),
  phoneNumbers: listOf(RawContactPoint),
  socialLinks: listOf(RawSocialLink),
  location: RawLocation.nullable().catch(null),
});
export type RawCandidateFields = z.output<typeof RawCandidateFields>;

const NO_FIELDS: RawCandidateFields = {
  primaryEmailAddress: null,
  emailAddresses: null,
  primaryPhoneNumber: null,
  phoneNumbers: null,
  socialLinks: null,
  location: null,
};

/** The contact and location fields of a stored raw record; every field null when the text is missing, not JSON or not an object. */
export function parseRawCandidate(rawText: string | null): RawCandidateFields {
  if (!rawText) return NO_FIELDS;
  let value: unknown;
  try {
    value = JSON.parse(rawText);
  } catch {
    return NO_FIELDS;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return NO_FIELDS;
  // Every field has a fallback, so an object always parses.
  return RawCandidateFields.parse(value);
}

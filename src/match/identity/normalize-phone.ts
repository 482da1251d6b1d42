import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/*
 * Phones normalise to E.164 through libphonenumber-js. A number typed with its country code needs only
 * to be *possible* (right length): candidates type newly allocated numbers, and a lenient parse only
 * feeds a comparison that still needs a compatible name. A number typed without one must be *valid*
 * for the default country, because a foreign national number often has a possible US length.
 */

/** E.164 form (`+14155550132`) of a typed phone number, or null when it cannot be parsed. */
export function normalizePhone(raw: string | null | undefined, defaultCountry?: CountryCode): string | null {
  const parsed = parsePhone(raw, defaultCountry);
  return parsed ? parsed.e164 : null;
}

export interface PhoneKey {
  /** E.164 when the number parsed. */
  e164: string | null;
  /** National significant number (no country code, no trunk 0): the comparison key across formats. */
  national: string;
  /** Whether the typed number carried its own country code (`+44…`, `0044…`). */
  explicitCountry: boolean;
}

/**
 * Keys for comparing two typed numbers. People often omit the country code, so two numbers also match
 * on the national number when at least one of them was typed without one (see `phonesMatch`).
 */
export function phoneKey(raw: string | null | undefined, defaultCountry: CountryCode = 'US'): PhoneKey | null {
  if (!raw) return null;
  const typed = raw.trim();
  const explicitCountry = /^(\+|00)/.test(typed.replace(/^[\s(]+/, ''));
  const parsed = parsePhone(typed, defaultCountry);
  if (parsed) return { e164: parsed.e164, national: parsed.national, explicitCountry };
  // Not parseable for the default country (e.g. a UK number typed as 07911 123456 with US default):
  // keep the digits without trunk zeros so it can still meet its international form.
  const digits = typed.replace(/(?:ext\.?|x)\s*\d+\s*$/i, '').replace(/\D/g, '').replace(/^0+/, '');
  if (digits.length < 7 || digits.length > 15) return null;
  return { e164: null, national: digits, explicitCountry };
}

/** Same number, allowing for a country code typed on one side only. */
export function phonesMatch(a: PhoneKey, b: PhoneKey): boolean {
  if (a.e164 && b.e164 && a.e164 === b.e164) return true;
  if (a.explicitCountry && b.explicitCountry) return false;
  return a.national === b.national;
}

// North American numbers are most of a US account's phones: read the plain ones without the parser
// (NXX-NXX-XXXX, area code and exchange starting 2–9), which is several times faster at 100k records.
const PLAIN_PHONE = /^[\d\s().+-]+$/;
const NANP = /^1?([2-9]\d{2}[2-9]\d{6})$/;

function parsePhone(raw: string | null | undefined, defaultCountry?: CountryCode): { e164: string; national: string } | null {
  if (!raw) return null;
  let typed = raw.trim().replace(/^tel:/i, '');
  if (PLAIN_PHONE.test(typed) && (typed.startsWith('+1') || (!typed.startsWith('+') && (defaultCountry === 'US' || defaultCountry === 'CA')))) {
    const nanp = NANP.exec(typed.replace(/\D/g, ''));
    if (nanp && (typed.startsWith('+') || !typed.replace(/\D/g, '').startsWith('0'))) return { e164: `+1${nanp[1]}`, national: nanp[1] };
  }
  if (/^00[1-9]/.test(typed)) typed = '+' + typed.slice(2);
  if (!/\d/.test(typed)) return null;
  try {
    const parsed = parsePhoneNumberFromString(typed, defaultCountry ? { defaultCountry } : undefined);
    if (!parsed || !parsed.isPossible()) return null;
    // Without its own country code a number is read as the default country's; demand a valid number
    // then, or a foreign national number (0712 345678) would pass as a possible US one.
    if (!typed.startsWith('+') && !parsed.isValid()) return null;
    return { e164: parsed.number, national: parsed.nationalNumber };
  } catch {
    return null;
  }
}

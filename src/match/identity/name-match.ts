import { areNicknames, isKnownGivenName } from './nicknames.js';
import type { ParsedName } from './normalize-name.js';
import { isTypo } from './string-distance.js';

/*
 * How two names relate, from strongest to weakest agreement. `conflict` means the names point at
 * different people (different given names, different surnames, Jr. vs Sr., different middle
 * initials); `givenConflict` separates "Anna vs Peter Novak" (a family sharing an email) from
 * "Anna Novak vs Anna Weber" (possibly a changed surname).
 */
export type NameLevel = 'exact' | 'variant' | 'initial' | 'typo' | 'partial' | 'unknown' | 'conflict';

export interface NameComparison {
  level: NameLevel;
  givenConflict: boolean;
  surnameConflict: boolean;
  reason: string | null;
}

type GivenMatch = 'exact' | 'nickname' | 'initial' | 'typo' | 'conflict';
type SurnameMatch = 'exact' | 'overlap' | 'typo' | 'conflict';

const UNKNOWN: NameComparison = { level: 'unknown', givenConflict: false, surnameConflict: false, reason: null };

/** Compare two parsed names. */
export function compareNames(a: ParsedName | null, b: ParsedName | null): NameComparison {
  if (!a || !b) return UNKNOWN;
  if (a.suffix && b.suffix && a.suffix !== b.suffix) {
    return { level: 'conflict', givenConflict: true, surnameConflict: false, reason: 'different generational suffixes (e.g. Jr. and Sr.)' };
  }
  if (a.tokens.length === 1 || b.tokens.length === 1) return compareSingleToken(a, b);
  if (a.tokens.length === 2 && b.tokens.length === 2 && a.first === b.last && a.last === b.first && a.first !== a.last) {
    return { level: 'variant', givenConflict: false, surnameConflict: false, reason: 'same name in swapped order' };
  }
  // "Ji-woo Park" / "Jiwoo Park", "Mary Ann" / "Maryann": the same letters split differently.
  if (a.tokens.join('') === b.tokens.join('')) return { level: 'exact', givenConflict: false, surnameConflict: false, reason: 'same name' };
  if (containsAllTokens(a, b)) return { level: 'variant', givenConflict: false, surnameConflict: false, reason: 'same name in a different order' };
  const surname = compareSurnames(a, b);
  let given = compareGiven(a.first, b.first);
  let givenNote: string | null = null;
  // "J. Robert Smith" goes by his middle name.
  if (given === 'conflict' && a.first.length === 1 && a.middles[0] && compareGiven(a.middles[0], b.first) !== 'conflict') {
    given = 'nickname';
    givenNote = 'goes by the middle name';
  } else if (given === 'conflict' && b.first.length === 1 && b.middles[0] && compareGiven(b.middles[0], a.first) !== 'conflict') {
    given = 'nickname';
    givenNote = 'goes by the middle name';
  }
  const middleConflict = givenNote === null && middlesConflict(a.middles, b.middles, a.surnameTokens, b.surnameTokens);

  const givenConflict = given === 'conflict' || middleConflict;
  const surnameConflict = surname === 'conflict';
  if (givenConflict || surnameConflict) {
    const what = givenConflict && surnameConflict ? 'different names' : givenConflict ? (middleConflict ? 'different middle names' : 'different first names') : 'different last names';
    return { level: 'conflict', givenConflict, surnameConflict, reason: what };
  }
  // Both parts one letter off is usually a transliteration (Juergen Mueller / Jürgen Müller).
  if (given === 'typo' && surname === 'typo') return { level: 'typo', givenConflict: false, surnameConflict: false, reason: 'similar name (spelling differs)' };
  if (given === 'typo' || surname === 'typo') return { level: 'typo', givenConflict: false, surnameConflict: false, reason: 'similar name (likely a typo)' };
  if (given === 'initial') return { level: 'initial', givenConflict: false, surnameConflict: false, reason: 'same last name and first initial' };
  if (given === 'nickname') return { level: 'variant', givenConflict: false, surnameConflict: false, reason: givenNote ?? 'same name (nickname or short form)' };
  if (surname === 'overlap') return { level: 'variant', givenConflict: false, surnameConflict: false, reason: 'same name (one surname of a double surname)' };
  return { level: 'exact', givenConflict: false, surnameConflict: false, reason: 'same name' };
}

function compareSingleToken(a: ParsedName, b: ParsedName): NameComparison {
  const [single, other] = a.tokens.length === 1 ? [a, b] : [b, a];
  if (other.tokens.length === 1) {
    return compareGiven(single.first, other.first) === 'exact'
      ? { level: 'partial', givenConflict: false, surnameConflict: false, reason: 'same single name' }
      : { level: 'conflict', givenConflict: true, surnameConflict: false, reason: 'different names' };
  }
  const asGiven = compareGiven(single.first, other.first);
  if (asGiven === 'exact' || asGiven === 'nickname') return { level: 'partial', givenConflict: false, surnameConflict: false, reason: 'same first name (one record has no last name)' };
  if (single.first === other.last) return { level: 'partial', givenConflict: false, surnameConflict: false, reason: 'same last name (one record has no first name)' };
  return { level: 'conflict', givenConflict: true, surnameConflict: false, reason: 'different names' };
}

function compareGiven(x: string, y: string): GivenMatch {
  if (x === y) return 'exact';
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? 'initial' : 'conflict';
  if (areNicknames(x, y)) return 'nickname';
  // Two names the table knows as distinct (Maria/Marie, Alexander/Alexandra) are different people.
  if (isKnownGivenName(x) && isKnownGivenName(y)) return 'conflict';
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (longer.startsWith(shorter)) {
    // "Val"/"Valentina" is a short form; "Ivan"/"Ivana", "Paul"/"Paula" are two different names.
    return shorter.length >= 3 && longer.length - shorter.length >= 2 && !isKnownGivenName(shorter) ? 'nickname' : 'conflict';
  }
  if (isTypo(x, y)) return 'typo';
  return 'conflict';
}

function compareSurnames(a: ParsedName, b: ParsedName): SurnameMatch {
  if (a.last === b.last) return 'exact';
  if (a.surnameTokens.join('') === b.surnameTokens.join('')) return 'exact'; // van den Berg / Vandenberg
  if (a.last.length > 1 && b.last.length > 1) {
    // One part of a double surname (Marquez / Marquez-Hale). The shared part must be a final surname,
    // not a particle or a shared given-name syllable (Nguyen Van An / Nguyen Van Anh, Min-jun / Min-seo).
    if (isSurnamePart(a.last, b) || isSurnamePart(b.last, a)) return 'overlap';
    if (isTypo(a.last, b.last)) return 'typo';
  }
  return 'conflict';
}

const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'dos', 'di', 'du', 'la', 'le', 'bin', 'binti', 'al', 'el', 'thi', 'ter', 'ten']);

function isSurnamePart(token: string, other: ParsedName): boolean {
  return token.length >= 3 && !SURNAME_PARTICLES.has(token) && other.surnameTokens.includes(token);
}

/** Every token of the shorter name appears in the longer one ("Nguyen Thi Mai" / "Mai Nguyen"). */
function containsAllTokens(a: ParsedName, b: ParsedName): boolean {
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (shorter.tokens.length < 2 || shorter.tokens.some((t) => t.length < 2)) return false;
  if (shorter.first === longer.first && shorter.last === longer.last) return false; // plain missing middle name
  return shorter.tokens.every((t) => longer.tokens.includes(t));
}

/**
 * Middle names clash when both records give one and they differ: different initials, or two
 * different full names (Jean-Paul / Jean-Pierre) that are not nicknames or typos of each other.
 */
function middlesConflict(a: string[], b: string[], surnameA: string[], surnameB: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // A middle token that is part of the other's surname is a double surname, not a middle name.
  const middleA = a.find((t) => !surnameB.includes(t));
  const middleB = b.find((t) => !surnameA.includes(t));
  if (!middleA || !middleB) return false;
  if (middleA[0] !== middleB[0]) return true;
  if (middleA.length === 1 || middleB.length === 1) return false;
  return compareGiven(middleA, middleB) === 'conflict';
}

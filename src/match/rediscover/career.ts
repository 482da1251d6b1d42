import { tenthsDown } from '../profile/years.js';
import type { CareerEntry } from './resume-facts.js';

/*
 * A career read with time. Each role weighs by how long it was held (a 3-month stint says little; two
 * years or more is the work they did) and how recently (a role that ended ten years before the
 * resume's latest date fades to a third). "Previously X" is only said of a role held long enough.
 */

export interface TimedRole extends CareerEntry {
  /** Months held, null when the dates are unknown. */
  months: number | null;
  /** Years between the role's end and the career's latest date (0 for a current role). */
  yearsAgo: number | null;
  /** Duration × recency, 0–1. */
  weight: number;
  /**
   * The career's latest role: the latest end (a start-only role ends when last seen), then the latest start.
   * Two roles ending in the same month are not both "latest": the one begun later is (round c, G932: an
   * Associate Analyst role 2011–2012 was called latest beside a Team Lead role of 2012 that ended then too).
   */
  latest: boolean;
  /** A current role whose length is a lower bound (the resume may be later than its latest date): say when, not how long. */
  lengthAtLeast?: boolean;
  /** A current role that starts at the resume's latest date: no later date measures it, so its length is unknown. */
  lengthUnknown?: boolean;
}

/*
 * A current role measured at under three months ends at the resume's latest date, which is (within a season)
 * its own start: nothing later on the resume dates it. Its length is then unknown, not "1 month" (round k,
 * G298: "January 2014 to Current" with January 2014 the latest date anywhere was "1 month, since 2014"). The
 * experience sentence already read such a role so ("its length unknown: the resume has no later date", round
 * b); the title sentence measured it to the same date and said the month.
 */
export const UNANCHORED_YEARS_IN_ROLE = 0.25;

/** A role counts as "previously X" when held at least this long. */
export const MIN_MONTHS_TO_COUNT = 12;

const monthIndex = (ym: string | null): number | null => {
  const m = ym ? /^(\d{4})(?:-(\d{2}))?/.exec(ym) : null;
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0) : null;
};

/**
 * Roles with duration, recency and weight. A current role ends at the resume's date, known through the
 * profile's years in role; without it a current role's duration is unknown rather than guessed.
 */
export function timedCareer(career: CareerEntry[], yearsInRole: number | null = null, yearsInRoleAtLeast = false): TimedRole[] {
  // The profile measures years in role for its first current role with a start: that fixes the resume's date.
  const anchor = career.find((r) => r.current && r.start);
  const anchorStart = anchor ? monthIndex(anchor.start) : null;
  const asOf = anchorStart !== null && yearsInRole !== null ? anchorStart + Math.round(yearsInRole * 12) : null;
  const currentEnd = (role: CareerEntry): number | null => {
    const start = monthIndex(role.start);
    return start !== null && asOf !== null && asOf >= start ? asOf : null;
  };
  const ends = career.map((r) => (r.current || !r.end ? currentEnd(r) : monthIndex(r.end)) ?? monthIndex(r.start));
  const latest = Math.max(...ends.filter((x): x is number => x !== null), -Infinity);
  const latestStart = Math.max(...career.map((r, i) => (ends[i] === latest ? (monthIndex(r.start) ?? -Infinity) : -Infinity)), -Infinity);
  return career.map((role, i) => {
    const start = monthIndex(role.start);
    const end = role.current || !role.end ? currentEnd(role) : monthIndex(role.end);
    const months = start !== null && end !== null ? Math.max(1, end - start + 1) : null;
    // A role with only a start was held at least until then: the latest of them is the career's latest role.
    const lastSeen = end ?? start;
    const yearsAgo = role.current ? 0 : lastSeen !== null && Number.isFinite(latest) ? Math.max(0, (latest - lastSeen) / 12) : null;
    const lengthAtLeast = yearsInRoleAtLeast && (role.current || !role.end) && end !== null && end === asOf;
    // Only a role begun no earlier than the one that dates the resume: an older current role ("Accountant, 01/1999
    // to Current" beside "01/2014 to Current") is measured by that later start (round n, G1034: it was said
    // "since 1999, its length unknown: the resume has no later date").
    const lengthUnknown =
      !lengthAtLeast && yearsInRole !== null && yearsInRole < UNANCHORED_YEARS_IN_ROLE && role.current && end !== null && end === asOf && start !== null && anchorStart !== null && start >= anchorStart;
    // Unknown dates, or a length known only from below: neither trusted nor dismissed (round h, G338: a role
    // since 2012 measured to a 2013 date sank from first to fifth on a resume written in 2015).
    const known = months === null ? 0.5 : Math.min(1, 0.2 + months / 30);
    // A length unknown (`lengthUnknown`) still weighs as measured: it is most current roles on these resumes (847
    // of the 1,490 LiveCareer ones with a dated current role), and the ranking figures were measured so.
    const duration = lengthAtLeast ? Math.max(0.5, known) : known;
    const recency = yearsAgo === null ? 0.7 : Math.max(0.35, 1 - yearsAgo / 15);
    const isLatest = Number.isFinite(latest) && ends[i] === latest && (monthIndex(role.start) ?? -Infinity) === latestStart;
    return { ...role, months, yearsAgo, weight: duration * recency, latest: isLatest, ...(lengthAtLeast ? { lengthAtLeast } : {}), ...(lengthUnknown ? { lengthUnknown } : {}) };
  });
}

/** "4 years", "8 months": how long a role was held, for reasons. */
export function heldFor(months: number | null): string | null {
  if (months === null) return null;
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`;
  // As the dated total is said (`tenthsDown`): one decimal, rounded down, never more than the dates show. Half
  // years overstated: 06/2014–09/2015 (16 months, both ends worked) was "1.5 years" where a reader counts about 1.3
  // (round j); it is now 1.3, and 01/2015–01/2018 (37 months) stays "3 years".
  const years = tenthsDown(months);
  return `${Number.isInteger(years) ? years : years.toFixed(1)} year${years === 1 ? '' : 's'}`;
}

/** "2009–2014", "since 2015": when a role was held, for reasons. */
export function heldWhen(role: CareerEntry & { yearsAgo?: number | null }): string | null {
  const from = role.start?.slice(0, 4);
  const to = role.current ? null : role.end?.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  // A start-only role that is the career's latest is held since then (fresh reasons check: "09/2013" alone).
  if (from && (role.current || (!role.end && role.yearsAgo === 0))) return `since ${from}`;
  return to ?? from ?? null;
}

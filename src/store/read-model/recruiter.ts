/*
 * Who an application's recruiter is, decided here and nowhere else.
 *
 * Ashby names the recruiter through the application's hiring team: the member whose (free-text) role
 * is the recruiter role. `creditedToUser` is a different person — whoever sourced or referred the
 * candidate — so it is never taken as the recruiter (search once did, the profile view did not, and
 * a recruiter filter then disagreed with the profile). With no recruiter on the team, there is none.
 */

/** Hiring-team roles that name the recruiter, in order of preference (role titles compare case-insensitively). */
const RECRUITER_ROLES = ['recruiter', 'sourcer', 'recruiting coordinator'] as const;

interface TeamMember {
  userId: string;
  role: string;
  firstName?: string | null;
  lastName?: string | null;
}

/** The recruiter among a hiring team, or null. */
export function recruiterOfTeam(team: readonly TeamMember[] | null | undefined): TeamMember | null {
  for (const role of RECRUITER_ROLES) {
    const member = team?.find((m) => typeof m.role === 'string' && m.role.toLowerCase() === role);
    if (member) return member;
  }
  return null;
}

/**
 * The same rule in SQL, over an application's stored `raw` JSON (the column alias is `a`): the
 * recruiter member as JSON text, for the set-based loads of the read model.
 */
export const RECRUITER_MEMBER_SQL = `(SELECT m.value FROM json_each(a.raw, '$.hiringTeam') m
   WHERE lower(json_extract(m.value, '$.role')) IN (${RECRUITER_ROLES.map((r) => `'${r}'`).join(', ')})
   ORDER BY CASE lower(json_extract(m.value, '$.role')) ${RECRUITER_ROLES.map((r, i) => `WHEN '${r}' THEN ${i}`).join(' ')} END
   LIMIT 1)`;

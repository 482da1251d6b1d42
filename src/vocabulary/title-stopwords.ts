/*
 * Words of a job title that do not say which role it is, for the comparisons that read titles word by
 * word. Two groups, so each comparison says which it drops and the lists cannot drift apart.
 */

/**
 * Joining words of titles, including O*NET's "All Other" and "Except" phrasing ("Managers, All
 * Other"; "Sales Representatives, Except Technical"), which names no role.
 */
export const TITLE_JOINING_WORDS: readonly string[] = ['of', 'and', 'for', 'the', 'in', 'to', 'a', 'an', 'or', 'all', 'other', 'except'];

/** Grades and seniority: "Senior Engineer II" is the same role as "Engineer". */
export const TITLE_GRADE_WORDS: readonly string[] = ['i', 'ii', 'iii', 'iv', 'senior', 'junior', 'lead', 'sr', 'jr', 'staff', 'principal'];

/**
 * Words that say a role's rank or place in an organisation, not its field: "Executive Assistant" and "Executive
 * Briefing Manager" share "executive" but not the work (round s, G225: an executive assistant/office manager was
 * called a similar title to an executive briefing manager). A similar title must share a word outside these and
 * the generic heads, unless it meets every word of the job's title ("Executive Assistant" in "Executive Assistant
 * to the CEO"). Grades are dropped before any comparison (`TITLE_GRADE_WORDS`); these stay in the words read.
 */
export const TITLE_RANK_WORDS: readonly string[] = [
  'executive', 'office', 'general', 'chief', 'deputy', 'head', 'vice', 'president', 'assistant', 'associate',
  'corporate', 'global', 'regional', 'area', 'district', 'national', 'international', 'group', 'team', 'senior',
];

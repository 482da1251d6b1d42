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

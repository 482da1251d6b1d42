/*
 * Formula (CSV/DDE) injection guard. A candidate controls their name, title and links; a value like
 * `=HYPERLINK(...)` or `@SUM(...)` must never become a formula in a recruiter's spreadsheet. exceljs
 * already writes plain strings as text, but Excel and LibreOffice re-evaluate such text when a user
 * edits the cell, and CSV conversions lose the cell type, so we also prefix a `'` (OWASP advice).
 */

const TRIGGER = /^[=+\-@\t\r]/;

/** True when a string would be read as a formula by a spreadsheet. */
export function looksLikeFormula(value: string): boolean {
  return TRIGGER.test(value);
}

/** The value to write into a cell: strings that start like a formula are neutralised with a leading `'`. */
export function safeCellText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return looksLikeFormula(value) ? `'${value}` : value;
}

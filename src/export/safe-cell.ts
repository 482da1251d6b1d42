/*
 * Formula (CSV/DDE) injection guard. A candidate controls their name, title and links; a value like
 * `=HYPERLINK(...)` or `@SUM(...)` must never become a formula in a recruiter's spreadsheet. exceljs
 * already writes plain strings as text, but Excel and LibreOffice re-evaluate such text when a user
 * edits the cell, and CSV conversions lose the cell type, so we also prefix a `'` (OWASP advice).
 */

// A leading line feed counts too: spreadsheets strip it and then read the `=` that follows.
const TRIGGER = /^[=+\-@\t\r\n]/;
const PHONE_TEXT = /^[+(\d][\d\s().+-]*$/;

/** True when a string would be read as a formula by a spreadsheet. */
export function looksLikeFormula(value: string): boolean {
  return TRIGGER.test(value);
}

/** The value to write into a cell: strings that start like a formula are neutralised with a leading `'`. */
export function safeCellText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return looksLikeFormula(value) ? `'${value}` : value;
}

/**
 * A phone number for a text cell (numFmt '@'): written as typed, because the `'` prefix shows up
 * literally in Excel and a text-formatted cell is never evaluated, even when edited. Values that are
 * not plain phone characters fall back to `safeCellText`.
 */
export function phoneCell(value: string | null | undefined): { value: string | null; numFmt?: '@' } {
  if (value === null || value === undefined) return { value: null };
  return PHONE_TEXT.test(value) ? { value, numFmt: '@' } : { value: safeCellText(value) };
}

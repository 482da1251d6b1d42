/*
 * A skill's other word forms: the person who does it and the thing it makes. "Data Analysis" is what a
 * data analyst does, "Financial Analysis" what a financial analyst does, "Forecasting" makes forecasts.
 * The fresh reasons check found 3 of 11 false reasons here: a self-described data analyst, a former
 * Financial Analyst and a resume with revenue forecasts were each told the skill was "not on resume".
 * Only the last word of a skill's name varies ("Project Management" → "project manager").
 */

/** Person forms of a skill's last word: analysis → analyst, management → manager, engineering → engineer. */
function agentWords(word: string): string[] {
  const w = word.toLowerCase();
  if (w.endsWith('ysis')) return [w.slice(0, -4) + 'yst'];
  if (w.endsWith('ment')) {
    const base = w.slice(0, -4);
    return [base.endsWith('e') ? base + 'r' : base + 'er'];
  }
  if (w.endsWith('ing') && w.length > 6) {
    const base = w.slice(0, -3);
    // engineering → engineer; accounting → accountant; auditing → auditor; writing → writer; planning → planner.
    return base.endsWith('eer') ? [base] : [base + 'er', base + 'or', base + 'ant'];
  }
  if (w.endsWith('ation') && w.length > 8) return [w.slice(0, -3) + 'or']; // administration → administrator
  if (w.endsWith('ism')) return [w.slice(0, -3) + 'ist']; // journalism → journalist
  if (w.endsWith('graphy') || w.endsWith('logy')) return [w.slice(0, -1) + 'er', w.slice(0, -1) + 'ist']; // photography → photographer, psychology → psychologist
  if (/(?:design|research|develop|test)$/.test(w)) return [w + 'er'];
  return [];
}

/** Thing forms of a skill's last word: forecasting → forecast(s), modeling → model(s), budgeting → budget(s). */
function productWords(word: string): string[] {
  const w = word.toLowerCase();
  if (w.endsWith('ing') && w.length > 6) {
    const base = w.slice(0, -3).replace(/(ll)$/, 'l');
    return [base, base + 's'];
  }
  return [];
}

const plural = (words: string[]): string[] => words.flatMap((w) => [w, w.endsWith('s') ? w : w + 's']);
const withLast = (name: string, last: string): string => name.replace(/[A-Za-z]+$/, last);

/** The skill named for the person who does it: "Data Analysis" → ["data analyst", "data analysts"]. */
export function agentForms(name: string): string[] {
  const last = /[A-Za-z]+$/.exec(name)?.[0];
  return last ? plural(agentWords(last)).map((w) => withLast(name, w)) : [];
}

/** Every other form of a skill's name, person and thing: "Forecasting" → forecaster(s), forecast(s)… */
export function skillForms(name: string): string[] {
  const last = /[A-Za-z]+$/.exec(name)?.[0];
  return last ? [...agentForms(name), ...productWords(last).map((w) => withLast(name, w))] : [];
}

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

/** Thing and done forms of a skill's last word: forecasting → forecast(s), forecasted; budgeting → budget(s), budgeted. */
function productWords(word: string): string[] {
  const w = word.toLowerCase();
  if (w.endsWith('ing') && w.length > 6) {
    const base = w.slice(0, -3).replace(/(ll)$/, 'l');
    // "forecasted budgets" (round f, G125: Forecasting was "not on resume" beside "forecasted").
    return [base, base + 's', base + 'ed'];
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

/*
 * Derivations of a skill's last word: the same field said as an adjective, a verb or a practitioner (round w,
 * G438 / 34953092: "not on resume: Statistics" beside "building statistic model"). A noun ending on the left
 * gives the other endings of its row; the longest ending that fits decides the row ("analytics" is -ytics, not
 * -ics). Only ever used to stop a skill being called missing (`mayNameSkill` in skills.ts), never to credit it nor to
 * tell a listed practice from a shown one, so the rows may be generous; forms that name another thing are left out
 * (DIFFERENT_SENSE).
 */
const DERIVATIONS: [from: string[], to: string[]][] = [
  // statistics → statistic, statistical, statistician; mathematics → mathematical; economics → economic.
  [['ics'], ['ic', 'ical', 'ically', 'ician', 'icians']],
  // analysis, analytics → analyze(d), analysing, analytic(al), analyst.
  [['ysis', 'ytics'], ['ysis', 'yses', 'yze', 'yzes', 'yzed', 'yzing', 'yse', 'ysed', 'ysing', 'ytic', 'ytics', 'ytical', 'yst', 'ysts']],
  // optimization → optimize(d), optimizing, optimise(d).
  [['ization', 'isation'], ['ize', 'izes', 'ized', 'izing', 'ise', 'ises', 'ised', 'ising', 'ization', 'isation']],
  // automation → automate(d), automating; simulation → simulate; validation → validated.
  [['ation'], ['ate', 'ates', 'ated', 'ating']],
  // psychology → psychological, psychologist.
  [['ology'], ['ological', 'ologically', 'ologist', 'ologists']],
];
// Derived words whose everyday sense is another thing: "physical therapy" is no physics, "logistic regression" no logistics.
const DIFFERENT_SENSE = new Set(['physical', 'physically', 'logistic', 'dynamic', 'dynamical']);
// A stem shorter than this makes other words ("station" → "state").
const MIN_STEM = 4;

/** Other words of a lower-case word's field by the rows above: "statistics" → statistic, statistical… */
function derivedWords(word: string): string[] {
  let best: { stem: string; to: string[]; ending: string } | null = null;
  for (const [from, to] of DERIVATIONS) {
    for (const ending of from) {
      if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
      if (!best || ending.length > best.ending.length) best = { stem: word.slice(0, -ending.length), to, ending };
    }
  }
  if (!best) return [];
  const { stem, to } = best;
  return to.map((ending) => stem + ending).filter((w) => w !== word && !DIFFERENT_SENSE.has(w));
}

/** The skill's name with its last word derived: "Statistics" → ["statistic", "statistical", …]. */
export function derivedForms(name: string): string[] {
  const last = /[A-Za-z]+$/.exec(name)?.[0];
  return last ? derivedWords(last.toLowerCase()).map((w) => withLast(name, w)) : [];
}

/** Every other form of a skill's name, person and thing: "Forecasting" → forecaster(s), forecast(s)… */
export function skillForms(name: string): string[] {
  const last = /[A-Za-z]+$/.exec(name)?.[0];
  return last ? [...agentForms(name), ...productWords(last).map((w) => withLast(name, w))] : [];
}

/*
 * A practice skill written as what the person did: "Business Development" as "developed new business",
 * "Staff Management" as "led the finance team" or "builds teams by hiring". Round b of the reasons check
 * found 3 of 8 false reasons here (the skill was called "not on resume"). Only ever used to stop a skill
 * being called missing, never to claim it, so the verbs and objects may be generous.
 */
const ACTION_STEMS: Record<string, string[]> = {
  management: ['manag', 'led', 'lead', 'supervis', 'direct', 'oversaw', 'oversee', 'headed', 'built', 'build', 'hire', 'hiring', 'hired', 'coach', 'mentor'],
  development: ['develop', 'grew', 'grow', 'generat', 'won', 'clos', 'opened', 'acquir', 'prospect'],
  planning: ['plan', 'defin', 'develop', 'led'],
  analysis: ['analy[sz]', 'model', 'interpret'],
  leadership: ['led', 'lead', 'manag', 'supervis', 'direct', 'headed', 'built', 'build'],
};
const OBJECT_FORMS: Record<string, string[]> = {
  staff: ['staff', 'teams?', 'employees', 'direct reports', 'personnel', 'people', 'associates', 'sales (?:resources|force|reps?|representatives)'],
  team: ['teams?', 'staff', 'employees', 'direct reports'],
  people: ['people', 'staff', 'teams?', 'employees', 'direct reports'],
  personnel: ['personnel', 'staff', 'teams?', 'employees'],
  business: ['business', 'new accounts?', 'accounts', 'clients', 'customers', 'territor(?:y|ies)', 'markets?', 'partnerships?'],
  // "managed client accounts day to day" (round f, G341: Account Management was "not on resume").
  account: ['(?:client |key |customer |strategic |major |national )?accounts?', 'client portfolios?', 'book of business'],
  strategic: ['strateg(?:y|ies)', 'strategic plans?', 'long-range plans?'],
  data: ['data', 'datasets?', 'metrics'],
};
// Phrases that name the practice itself in other words ("new account development", "closing new business").
const PRACTICE_PHRASES: Record<string, string[]> = {
  'business development': ['new business', 'new accounts? development', 'account development', 'develop(?:ing|ed)? business', 'business growth'],
  // "Management of inside and outside sales resources", "a staff of 12", "(Staff size 18)" (round d, G556:
  // a director who managed sales staff was told Staff Management was "not on resume"). "Staff accountant"
  // is a title, not a staff: the staff needs a size or a managing word.
  'staff management': [
    'direct reports',
    'team building',
    'team leadership',
    'people leader',
    'management of\\s+(?:[a-z&-]+\\s+){0,4}?(?:staff|teams?|employees|personnel|sales (?:resources|force|reps?|representatives))',
    '(?:staff|team) (?:size\\s*:?\\s*|of\\s+)(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)',
  ],
  // Round k (G113, G356): "to improve overall operational efficiencies", "Reduced … costs … by implementing
  // processes", "Productivity Improvement": process improvement only by implication, so it is never credited
  // (described-skills.ts credits the direct words), but "not on resume" would overstate it.
  'process improvement': [
    'operational efficienc(?:y|ies)',
    '(?:improv|increas|boost|rais|enhanc)(?:e|es|ed|ing|s)?\\s+(?:[a-z&-]+\\s+){0,3}?(?:efficienc(?:y|ies)|productivity)',
    '(?:productivity|efficiency|quality) improvements?',
    '(?:implement|introduc|establish|design|develop|defin)(?:e|es|ed|ing|s)?\\s+(?:[a-z&-]+\\s+){0,3}?(?:processes|procedures|workflows?)',
    'process mapping',
    '(?:lean )?six sigma',
  ],
};

/** Regular-expression sources for a practice skill written as an action on its object, [] when none apply. */
export function actionPatterns(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length !== 2) return [];
  const [object, practice] = words;
  const stems = ACTION_STEMS[practice];
  const objects = OBJECT_FORMS[object];
  const out = [...(PRACTICE_PHRASES[name.toLowerCase()] ?? [])];
  // "managed a staff of three", "led the logistics finance team", "builds teams by hiring": up to four words between.
  // Verb endings only: "leadership team" is someone else's team, not leading one.
  if (stems && objects) out.push(`(?:${stems.join('|')})(?:e|es|ed|ing|s)?\\s+(?:[a-z&-]+\\s+){0,4}?(?:${objects.join('|')})`);
  return out;
}

/*
 * Whether a resume may show a skill in other words than any of its names: only ever used to stop a skill being
 * called "not on resume", never to credit it (the reason then names only what it found). Round n found three of
 * its four false reasons here: "Negotiated contracts, …" for Contract Negotiation (the very line that earned
 * Negotiation), "social media, digital, PR, and marketing campaigns" for Digital Marketing, and "Predictive
 * modelling" / "predictive models … to predict" for Forecasting.
 *
 * Two general rules:
 * - a multi-word skill is written in other words when the stems of all its content words occur close together
 *   (in a span of WINDOW words) in one sentence, in any order: "negotiated contracts" ⇒ contract
 *   negotiation, "managed the project" ⇒ project management; a stem joins a word's family, the analysis one
 *   too ("analyzed the sales data" ⇒ data analysis; round o, WORD_FAMILIES);
 * - a short table of other names for skills commonly written otherwise (OTHER_NAMES, data, not code): round o's
 *   two "not on resume: Data Analysis" were a digital analytics manager and an analyst providing "analytics and
 *   statistics" from CRM data.
 */

/** Words of a skill's name that say nothing of the practice. */
const FUNCTION_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', 'or']);

/** The span of words a skill's content words must fall in: one clause ("digital, PR, and marketing" is 4). */
const WINDOW = 5;

/*
 * Other names of skills commonly written otherwise (regular-expression sources, case-insensitive, matched on
 * word boundaries). Generous on purpose, since they only keep a skill from being called missing; kept to
 * names of the practice itself ("prediction analyses" of an RF cascade is no forecasting, so bare "predict"
 * is not here).
 */
export const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Analytics is the analysis of data by its name ("digital analytics", "provide analytics and statistics"; round o,
  // G308 and G575); so is statistical or quantitative analysis.
  'data analysis': ['analytics', '(?:statistical|quantitative)\\s+analy(?:sis|ses)'],
  forecasting: ['forecast[a-z]*', 'predictive\\s+(?:model(?:l)?ing|models?|analytics)', 'time[\\s-]series\\s+(?:analysis|models?|model(?:l)?ing|forecast[a-z]*)'],
  'digital marketing': [
    '(?:online|internet|web|social[\\s-]media|e-?mail|content|inbound|search(?:[\\s-]engine)?|affiliate|mobile|performance)\\s+marketing',
    'seo',
    'search\\s+engine\\s+optimi[sz]ation',
    'pay[\\s-]per[\\s-]click',
    'paid\\s+(?:search|social|media)',
  ],
};

const otherNames = new Map(
  Object.entries(OTHER_NAMES).map(([skill, sources]) => [skill, new RegExp(`(?<![A-Za-z0-9])(?:${sources.join('|')})(?![A-Za-z0-9])`, 'i')]),
);

/*
 * Word families the suffix rules below cannot join, one stem each (data, not code): analysis, analyses, analyse,
 * analyzed, analyzing, analytic(s), analytical, analyst are one practice (round o: "analyzed the survey data",
 * "data analytics" for Data Analysis; "analyzing financial statements" for Financial Analysis).
 */
const WORD_FAMILIES: readonly (readonly [family: RegExp, stem: string])[] = [[/^analy(?:s[ie]s|[sz](?:e|es|ed|ing)|tics?|tical(?:ly)?|sts?)$/, 'analy']];

/**
 * A crude stem that joins a word's verb, noun and plural forms: negotiated / negotiation / negotiating →
 * "negotiat", contracts → "contract", marketing → "market", planning → "plan", analyzed / analysis → "analy".
 * Compared whole, never as a prefix.
 */
export function stemOf(word: string): string {
  let w = word.toLowerCase();
  const family = WORD_FAMILIES.find(([pattern]) => pattern.test(w));
  if (family) return family[1];
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && /[^su]s$/.test(w) && !w.endsWith('is')) w = w.slice(0, -1);
  for (const [suffix, replacement] of [['ation', 'ate'], ['ment', ''], ['ing', ''], ['ion', ''], ['ive', ''], ['ed', '']] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/** The stems of a skill's content words, or null when the rule does not apply (one word, or a short or non-word part such as "C++"). */
function contentStems(skill: string): string[] | null {
  const parts = skill.toLowerCase().split(/[\s/&,-]+/).filter((w) => w && !FUNCTION_WORDS.has(w));
  if (parts.length < 2 || parts.some((w) => !/^[a-z]{3,}$/.test(w))) return null;
  return [...new Set(parts.map(stemOf))];
}

/**
 * Sentences, a wrapped one read across its line break (the next line goes on in lower case, or this one ends
 * in a comma or "and"): the units a skill's words must share. A line that ends otherwise ends its unit, so an
 * unpunctuated skills list does not run "Cash flow analysis" into the next line's "Data trends".
 */
function unitsOf(text: string): string[] {
  const joined = text.replace(/([,&/-]|\band|\bor)[ \t]*\n\s*/g, '$1 ').replace(/[ \t]*\n\s*(?=[a-z])/g, ' ');
  return joined.split(/\n|(?<=[.;!?])\s+/);
}

function togetherIn(stems: string[], unit: string): boolean {
  const words = (unit.match(/[A-Za-z]+/g) ?? []).map(stemOf);
  const last = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (!stems.includes(words[i])) continue;
    last.set(words[i], i);
    if (last.size === stems.length && i - Math.min(...last.values()) < WINDOW) return true;
  }
  return false;
}

/*
 * Both read a text whose split words ("Business Process I mprovement") are already joined: the caller joins them
 * once for every way a skill may be named (`mayNameSkill` in skills.ts, split-words.ts).
 */

/** The skill's content words close together in one sentence, in any order ("Negotiated contracts" for Contract Negotiation). */
export function wordsTogether(skill: string, joined: string): boolean {
  const stems = contentStems(skill);
  if (!stems) return false;
  return unitsOf(joined).some((unit) => togetherIn(stems, unit));
}

/** Whether `joined` may show `skill` in other words: its words together, or one of its other names (OTHER_NAMES). */
export function mayShowSkillInOtherWords(skill: string, joined: string): boolean {
  const other = otherNames.get(skill.toLowerCase());
  return (!!other && other.test(joined)) || wordsTogether(skill, joined);
}

import { spaceSeparatedWords } from '../../shared/space-separated-words.js';
/*
 * The one stopword list and the one `contentWords` of the product. Search free text (FTS terms and
 * the embedding text) and the NL parser (what it leaves as free text, which words are too ordinary
 * to be a filter value) share the function words and request filler below; each adds a few words of
 * its own, named here so the difference is visible rather than hidden in two copies:
 *  - search also drops praise and experience phrasing ("strong", "proven", "5 years") that would
 *    otherwise rank on its own, but keeps "talent", "search", "department": they are job words
 *    ("talent acquisition", "search engine optimisation");
 *  - the parser also drops request verbs and quantifiers ("pull", "list", "only", "currently",
 *    "department") once its rules have run, but must still see "past", "previous", "years", "knows"
 *    and "strong" because its rules read them (past company, years of experience, must-haves).
 * Merging the two additions into one set would change both search results and parses (the team's
 * "behaviour unchanged" rule for issue 14), so the split stays, in one place.
 */


/** Function words and request filler that neither search nor the parser treats as meaning. */
const FUNCTION_WORDS = spaceSeparatedWords(`
  a an and are as at be been but by can could do does for from has have having he her his i in into is it its
  me my of on or our she so than that the their them then there these they this those to was were we what when where
  which who whom why will with would you your about also any anyone candidate candidates looking need person people
  profile profiles someone somebody find show us like background want experience`);

/** Dropped from search free text only. */
const SEARCH_FILLER = spaceSeparatedWords(`
  him if able needs ideally preferably plus good great strong solid proven knows know knowing familiar familiarity
  who's wants seeking past previous experienced years year`);

/** Dropped from a parsed request's free text only (and never taken as a filter value by the parser). */
const REQUEST_FILLER = spaceSeparatedWords(`
  without onto over under being whose here all some every each anybody everyone folks persons applicant applicants
  talent prospects individuals ones holders give get list pull search look looked searching please should shall may might
  did done had just only exclusively solely still too very really more most such around near who've how now currently after before
  anywhere anything everywhere department departments dept`);

/*
 * Recruiting glue the parser also drops from its free text: greetings and discourse words ("hey",
 * "though"), contractions of function words ("we've", "whoever's"), request verbs ("grab", "fetch") and
 * the nouns for a requisition ("job", "roles", "reqs"). They say how a recruiter asks, not what a
 * candidate's profile holds; a requisition is a filter (job, department) or nothing, never resume text.
 */
const REQUEST_GLUE = spaceSeparatedWords(`
  got gotten fyi asap something somewhere previously interested wondering mind pulling grabbing hey hi hello hiya heya howdy yo sup thanks thank cheers though either up whoever whoever's whomever we've i've you've they've we're you're
  they're i'm i'd we'd let's grab fetch send job jobs role roles position positions opening openings req reqs
  requisition requisitions posting postings processes everything everybody re-engage reengage re-engaging reconnect ping nudge
  who'd who'll yet
  ever plus rather`);

/** Stopwords of search free text (FTS expression, embedding text, "why" terms). */
export const SEARCH_STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...SEARCH_FILLER]);

/** Stopwords of the NL parser (free text left over, ordinary words that are never filter values) and the NL eval. */
export const REQUEST_STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...REQUEST_FILLER, ...REQUEST_GLUE]);

/** Words of the free text, lower-cased, stopwords removed, in order, de-duplicated. */
export function contentWords(text: string, stopwords: ReadonlySet<string> = SEARCH_STOPWORDS): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.'-]*/gu) ?? [];
  const out: string[] = [];
  for (const raw of found) {
    const w = raw.replace(/[.'-]+$/, '');
    if (w.length < 2 && !/^[a-z]$/.test(w)) continue;
    if (stopwords.has(w) || out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

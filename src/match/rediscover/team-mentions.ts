/*
 * A posting names the teams and functions a role works with: "providing partner feedback to internal
 * cross-functional teams including Product Management and Engineering", "partner with Sales and
 * Marketing", "the Finance and Legal teams". Read as skills, these made 5 of the 11 false reasons of the
 * fresh reasons check (an Android partner engineer "lacks Product Management"). A team is no skill: the
 * names in such a mention are blanked before the posting's asked skills are read.
 *
 * Three shapes, each a run of capitalised names joined by commas, "and", "or", "&", "/":
 *   - after a team word and "including/such as/like/e.g./(": "teams including Product Management and Engineering";
 *   - before a team word: "the Product Management and Engineering teams", "Sales partners";
 *   - after "work/collaborate/partner/liaise/… with" or "feedback to", when the run names a function
 *     (Engineering, Product, Sales…): "work with Product Management"; "experience working with Unix/Linux"
 *     asks for a skill and "work with SQL" names no function, so both stay.
 */

const TEAM_WORD = String.raw`(?:teams?|partners?|stakeholders?|groups?|functions?|departments?|organi[sz]ations?|orgs?|counterparts?|leads|leadership|colleagues)`;
const INTRODUCED = new RegExp(String.raw`\b${TEAM_WORD}\s*,?\s*(?:including|such as|like|e\.g\.,?|i\.e\.,?|\(|:|from|across|within|spanning)\s*`, 'gi');
const WORKS_WITH = /\b(?:work(?:s|ing)?|collaborat(?:e|es|ing)|partner(?:s|ing)?|liais(?:e|es|ing)|interfac(?:e|es|ing)|coordinat(?:e|es|ing)|engag(?:e|es|ing)|align(?:s|ing)?|feedback|reports?|reporting)\s+(?:closely\s+|directly\s+|regularly\s+|cross-functionally\s+)?(?:with|to|into|across)\s+/gi;
const TEAM_AFTER = new RegExp(String.raw`^\s*${TEAM_WORD}\b`, 'i');
// Advising, supporting or serving a function names the people served, not a skill: "advise Sales, Marketing and
// Product Management", "provide legal advice to Engineering and Product Management", "support the Finance team".
const ADVISES = /\b(?:advis(?:e|es|ing)|advice\s+(?:to|for)|counsel(?:s|ing)?|support(?:s|ing)?|serv(?:e|es|ing))\s+(?:on\s+behalf\s+of\s+)?/gi;
// A skill ask just before the verb: "Experience working with Unix/Linux", "ability to work with SQL".
const SKILL_ASK_BEFORE = /\b(?:experience|knowledge|familiar\w*|proficien\w*|comfortable|expertise)\s*(?:in\s+|of\s+)?$/i;
// Words that name a business function: a run after "work with" must hold one to be a team mention.
const FUNCTION_WORD = /^(?:engineering|engineers|product|products|program|sales|marketing|finance|financial|legal|operations|ops|management|managers|design|designers|ux|research|researchers|support|partnerships|business|hr|people|recruiting|policy|communications|leadership|executives|security|privacy|compliance|procurement|accounting|analytics|data|science|scientists|development|developers|strategy|customers|clients|vendors|suppliers|sre|infrastructure|qa|quality|pr|comms|it)$/i;
// A run: capitalised names and the joins between them; "the", "our", "internal", "other", "cross-functional" may lead.
const NAME_TOKEN = /^[A-Z][\w&'+#.-]*$/;
const JOIN_TOKEN = /^(?:,|\/|&|and|or|the|our|internal|other|cross-functional|partner|various)$/i;
const TOKEN = /[A-Za-z][\w&'+#.-]*|[,/&]/g;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensFrom(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) out.push({ text: m[0].replace(/[.]$/, ''), start: m.index, end: m.index + m[0].replace(/[.]$/, '').length });
  return out;
}

/** The run of names and joins at the start of `tokens` (from the left), without trailing joins. */
function runForward(tokens: Token[]): Token[] {
  const run: Token[] = [];
  for (const t of tokens) {
    if (NAME_TOKEN.test(t.text) || JOIN_TOKEN.test(t.text) || /^(?:of|for)$/.test(t.text)) run.push(t);
    else break;
  }
  while (run.length && !NAME_TOKEN.test(run[run.length - 1].text)) run.pop();
  return run;
}

/** The run of names and joins ending just before a team word (walking back), without leading joins. */
function runBackward(tokens: Token[]): Token[] {
  const run: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (NAME_TOKEN.test(t.text) || (JOIN_TOKEN.test(t.text) && run.length > 0) || (/^of$/.test(t.text) && run.length > 0)) run.unshift(t);
    else break;
  }
  while (run.length && !NAME_TOKEN.test(run[0].text)) run.shift();
  return run;
}

/** [start, end) spans of a text that name teams or functions the role works with (see the file comment). */
function teamMentionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const lineEnd = (at: number) => {
    const nl = text.indexOf('\n', at);
    return nl < 0 ? text.length : nl;
  };
  const add = (run: Token[]) => {
    if (run.length) spans.push([run[0].start, run[run.length - 1].end]);
  };
  for (const m of text.matchAll(INTRODUCED)) {
    const from = m.index! + m[0].length;
    add(runForward(tokensFrom(text, from, lineEnd(from))));
  }
  for (const m of [...text.matchAll(WORKS_WITH), ...text.matchAll(ADVISES)]) {
    const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
    if (SKILL_ASK_BEFORE.test(text.slice(Math.max(lineStart, m.index! - 40), m.index!))) continue;
    const from = m.index! + m[0].length;
    const run = runForward(tokensFrom(text, from, lineEnd(from)));
    const after = text.slice(run.length ? run[run.length - 1].end : from, lineEnd(from));
    if (run.some((t) => FUNCTION_WORD.test(t.text)) || TEAM_AFTER.test(after)) add(run);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b${TEAM_WORD}\b`, 'gi'))) {
    const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
    add(runBackward(tokensFrom(text, lineStart, m.index!)));
  }
  return spans;
}

/** The text with every team mention blanked (same length, so offsets hold). */
export function maskTeamMentions(text: string): string {
  let out = text;
  for (const [start, end] of teamMentionSpans(text)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

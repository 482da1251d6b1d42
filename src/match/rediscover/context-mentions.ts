/*
 * Skill words a posting uses as context, not as a skill it asks for (round i's "worth knowing", left open after
 * it): the only asked skill of three postings was a soft or channel word — Customer Service for a finance
 * director ("ensure high levels of customer service"), Social Media Marketing for an internal communications
 * manager ("for a variety of channels (email, presentations, live events, videos, websites, social media, etc)"),
 * Business Development for a growth manager ("3 years of experience in an advertising sales or business
 * development role"). Three rules, each on the shape of the phrase, none on a skill's name:
 *   - a standard the role keeps: after "ensure / maintain / uphold / guarantee" and a level or quality ("high
 *     levels of", "high-quality", "excellent", "outstanding"…), the phrase up to the next comma or "and" says how
 *     well the work is done, not a practice asked ("ensure high-quality customer service and ongoing training").
 *     "Provide excellent customer service to advertisers" (the role's own work) is not masked;
 *   - a channel among channels: an item of a list where two or more other items are plain channel or medium
 *     nouns (email, presentations, events, videos, websites, articles, speeches, newsletters, podcasts…) is a
 *     medium the role uses, not a marketing practice asked ("speeches, events, articles, emails, and social
 *     media posts"). A list after an ask ("experience with email, social media and events") stays;
 *   - an alternative (`alternativeSkillsOf`): a skill named in a list whose last join is "or" / "and/or" is one
 *     of several backgrounds the posting accepts ("advertising sales or business development role",
 *     "Partner Management and/or Business Development"): the reason may credit it but must never call it missing,
 *     since the candidate may hold another of the alternatives the vocabulary has no name for.
 *   - a customer base: a name in capitals just before "customers", "clients", "advertisers" or "users" says whose
 *     customers the role serves, not a skill it asks ("insight that drives business value for GCP customers", round
 *     s, G225: "0 of 1 required skills … not on resume: Google Cloud Platform" for a briefing manager). Asked
 *     elsewhere in words ("experience with GCP"), the skill stays asked.
 * Measured over the 1,250 Google postings: see evals/rediscovery-judged/README.md, fixes after round i, part 2.
 */
import { skillsInText } from '../../vocabulary/skills.js';

const STANDARD = /\b(?:ensur(?:e|es|ing)|maintain(?:s|ing)?|uphold(?:s|ing)?|guarantee(?:s|ing)?)\s+(?:a\s+|the\s+)?(?:(?:consistently\s+)?(?:high(?:est)?(?:[- ]levels?|[- ]quality|[- ]standards?)(?:\s+of)?|excellent|outstanding|exceptional|superior|world[- ]class|great|quality|consistent)\s+)+/gi;

const CHANNEL_NOUN = /^(?:e-?mails?|presentations?|(?:live\s+)?events?|videos?|websites?|web\s*sites?|articles?|speeches|speech|posts?|newsletters?|blogs?|podcasts?|print|radio|tv|television|intranet|town\s*halls?|webinars?|meetings?|memos?|letters?|press\s+releases?|op-eds?|talking\s+points|slides?|decks?|signage|posters?|displays?|digital\s+signage)$/i;
const ASK_BEFORE = /\b(?:experience|knowledge|familiar\w*|proficien\w*|expertise|background|skills?|degree)\b[^.;:\n]{0,40}$/i;
const ITEM_SPLIT = /\s*(?:,|\band\/or\b|\band\b|\bor\b|&|\/)\s*/gi;

interface Item {
  start: number;
  end: number;
  text: string;
}

/** The items of a clause split at list joins, with offsets into `text`. */
function itemsOf(text: string, from: number, clause: string): Item[] {
  const items: Item[] = [];
  let last = 0;
  const push = (a: number, b: number) => {
    const raw = clause.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim().replace(/^(?:etc|the|our|a|an)\b\.?\s*/i, '');
    if (body) items.push({ start: from + a + lead, end: from + a + lead + raw.trim().length, text: body.replace(/\s+etc\.?$/i, '') });
  };
  for (const m of clause.matchAll(ITEM_SPLIT)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, clause.length);
  return items;
}

// One to three capitalised words ("GCP", "Google Cloud Platform", "SAP") right before the customers they name.
const CUSTOMER_BASE = /\b(?:[A-Z][\w+#&-]*[ \t]+){1,3}(?=(?:customers?|clients?|advertisers?|users?|customer[ \t]+base)\b)/g;

/** [start, end) spans of skill words the posting uses as a standard kept, a channel among channels or a customer base. */
function contextSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(CUSTOMER_BASE)) spans.push([m.index!, m.index! + m[0].trimEnd().length]);
  for (const m of text.matchAll(STANDARD)) {
    const from = m.index! + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[,.;:!?()\n]|\band\b|\bto\b|\bfor\b/);
    spans.push([from, from + (stop < 0 ? rest.length : stop)]);
  }
  // Clauses: a bracket's contents, or the text between clause breaks.
  for (const m of text.matchAll(/\(([^()\n]*)\)|[^.;:!?()\n]+/g)) {
    const clause = m[1] ?? m[0];
    const from = m.index! + (m[1] !== undefined ? 1 : 0);
    const items = itemsOf(text, from, clause);
    if (items.length < 3) continue;
    const channels = items.filter((item) => CHANNEL_NOUN.test(item.text));
    if (channels.length < 2) continue;
    // The list starts at its first item; an ask just before it ("experience with email, …") keeps it.
    const lineStart = text.lastIndexOf('\n', from) + 1;
    for (const item of items) {
      if (CHANNEL_NOUN.test(item.text) || item.text.split(/\s+/).length > 4) continue;
      if (ASK_BEFORE.test(text.slice(lineStart, item.start))) continue;
      spans.push([item.start, item.end]);
    }
  }
  return spans;
}

/** The text with every context mention blanked (same length, so offsets hold). */
export function maskContextMentions(text: string): string {
  let out = text;
  for (const [start, end] of contextSpans(text)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/*
 * A list whose last join is "or": "sales, customer support, account management, marketing or consulting". The
 * items run back from the "or" over commas (not over "and", which joins within an item: "research and
 * development"), and forward over the one item after it; each item at most six words, the first one may carry
 * the lead-in ("3 years of experience in an advertising sales").
 */
const OR_JOIN = /,?\s+(?:and\/or|or)\s+|\s*\/\s*(?=[a-z])/gi;

/** Skills a text names only as one of alternatives ("… sales or business development role"), canonical names. */
export function alternativeSkillsOf(text: string): Set<string> {
  const inList = new Set<string>();
  const alone = new Set<string>();
  // A full stop ends a clause only before a space or the end: "ASP.Net", "Node.js" are one word (reasons round z: G77's
  // "frameworks such as JSP or ASP.Net" left .NET required, its alternative split off at the dot).
  for (const clause of text.split(/[;:!?()\n]|\.(?=\s|$)/)) {
    const spans: [number, number][] = [];
    for (const m of clause.matchAll(OR_JOIN)) {
      let start = m.index!;
      // Back over comma-joined items.
      for (;;) {
        const before = clause.slice(0, start);
        const comma = before.lastIndexOf(',');
        const item = before.slice(comma + 1);
        if (comma < 0 || item.trim().split(/\s+/).length > 6) {
          start = Math.max(0, before.length - item.length);
          // The first item: its last six words at most (the lead-in is not an alternative).
          const words = before.slice(start).trimEnd().split(/\s+/);
          if (words.length > 6) start = before.length - words.slice(-6).join(' ').length;
          break;
        }
        start = comma;
      }
      const afterStart = m.index! + m[0].length;
      const next = clause.slice(afterStart).search(/,|\s+(?:and|with|to|for|in|at|from|including|such)\s+/);
      const end = next < 0 ? clause.length : afterStart + next;
      spans.push([start, end]);
    }
    const masked = spans.reduce((acc, [a, b]) => acc.slice(0, a) + ' '.repeat(b - a) + acc.slice(b), clause);
    for (const [a, b] of spans) for (const skill of skillsInText(clause.slice(a, b))) inList.add(skill);
    for (const skill of skillsInText(masked)) alone.add(skill);
  }
  return new Set([...inList].filter((skill) => !alone.has(skill)));
}

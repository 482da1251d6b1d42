import { escapeRegExp } from '../shared/regexp.js';
import { credentialInOrganisationName } from './credential-names.js';
import { usedAsDate } from './calendar-words.js';
import { listSaysOtherSense } from './list-sense.js';
import { numberForms } from './inflection.js';
import { loadOnetSubset } from './onet.js';
import { doingForms, isDoing } from './doing-forms.js';
import { actionPatterns, agentForms, derivedForms, skillForms } from './skill-forms.js';
import { SKILL_SYNONYMS, type SkillSynonym } from './skill-synonyms.js';
import { cleanText } from './text.js';
import { withSplitWordsJoined } from './split-words.js';
import { mayShowSkillInOtherWords } from './skill-other-words.js';

/*
 * Skill normalisation. Keys are token sequences: a token keeps inner dots and trailing +/# so that
 * "node.js", "c++", "c#" and ".net" survive, and "CI/CD" becomes "ci cd" on both sides of a lookup.
 */

const TOKEN = /\.?[A-Za-z0-9](?:[A-Za-z0-9]|[.&'](?=[A-Za-z0-9]))*[+#]*/g;
const TOKEN_ONCE = new RegExp(TOKEN.source, 'g');

/** The lookup key of a phrase: its tokens, lower-cased, joined by one space. */
export function skillKey(text: string): string {
  // Plain ASCII (all but a few of the ~27k O*NET names) has no accents to fold: NFKD would return it unchanged.
  const folded = ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return (folded.match(TOKEN_ONCE) ?? []).join(' ').toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;

// In running text these aliases are ordinary words or too short to trust; they count only in skill lists.
const LIST_ONLY = new Set([
  'node', 'pm', 'ad', 'gl', 'pr', 'pos', 'rest', 'restful', 'lean', 'audit', 'audits', 'events', 'retail', 'benefits',
  'inventory', 'electrical', 'wiring', 'operations', 'instruction', 'torch', 'kube', 'rails', 'windows', 'selling',
  'vitals', 'premiere', 'purchasing', 'negotiating', 'reconciliation', 'bloomberg', 'ui', 'ux', 'xd', 'vb', 'qb', 'cv computer vision',
  'tcp', 'cpt', 'csm', 'cma', 'ppl', 'a&p', 'a & p', 'dl', 'scm', 'sem', 'ps photoshop', 'scikit', 'mongo', 'postgre', 'compensation',
  'spark', 'kafka', 'access database', 'forklift', 'plumbing', 'contracts management', 'book keeping', 'lead gen', 'cash register',
  'sales', 'inventory control', 'supply chain', 'logistics', 'teaching', 'scheduling', 'statistics', 'recruitment', 'leadership',
  // "consumer electronic user experience" is a product, not UX design; "switching careers", "call routing".
  'user experience', 'switching', 'routing',
]);

/*
 * Words whose skill sense needs its context in running text (issue 12 reasons check: "agile partners",
 * "networking events" became Agile and Networking). They count in a list, or beside a word of that sense.
 */
/*
 * `other` is the word's other sense near it (40 characters either side); it wins even in a list, because a
 * comma in prose is not a skills list (round e, G279: "places a priority on networking, relationship
 * building and diversity" was credited as computer Networking for a Cloud solutions architect).
 */
/*
 * `near` is a word of the skill's sense that must stand within 120 characters either side, in a list too: "Spring"
 * is a season, a coil or a place as often as the Java framework ("Can the Principal, Spring School Supply Drive",
 * "a mass-spring-damper system", "near Big Spring, Texas"; round o), and the framework is written among its own
 * ecosystem's words. Its use as a date is read before any of this (calendar-words.ts).
 */
const SENSE_CONTEXT: Record<string, { before?: RegExp; after?: RegExp; other?: RegExp; near?: RegExp }> = {
  agile: {
    after: /^[\s/-]*(?:and\s+)?(?:methodolog|development|scrum|kanban|environment|framework|practice|project|process|software|sprint|delivery|coach|transformation|team|principles|ceremon|values|manifesto|tools|certified|lifecycle|sdlc|model)/i,
    before: /(?:scrum|kanban|using|in an?|follow(?:ed|ing)?|waterfall(?:\s+and|\s*\/)?|certified)\s*$/i,
    // "agile and adaptable", "an agile mind", "agile partnerships": the word for quick, not the method.
    // Also Agile the PLM product (round q, G899: "Windchill PDM/Agile PLM", "Agile/CREO/Windchill implementation"
    // credited agile methodology on four resumes): written "Agile PLM"/"Agile PDM" or among PLM and CAD tools, it is
    // neither sense's evidence for the other, so neither the posting asks nor a resume shows the method there.
    other: /\bagile\s+(?:and\s+(?:adaptable|flexible|creative|resourceful)|mind|thinker|learner|partner)|\bagile\s*(?:plm|pdm|e\d)\b|\b(?:windchill|creo|teamcenter|enovia|pdm|plm|solidworks|catia)\b/i,
  },
  networking: {
    after: /^[\s/-]*(?:and\s+)?(?:protocol|equipment|infrastructure|hardware|device|administration|technolog|concept|fundamentals|security|troubleshooting|tcp|lan|wan|cisco|switch|router|configuration|components|\+)/i,
    before: /(?:computer|network|lan|wan|cisco|tcp\/ip|wireless|data|enterprise|ccna|system)\s*(?:and\s+)?$/i,

    other: /\b(?:relationship|events?|contacts|mixers?|luncheons?|social(?:s|izing)?|professional networking|business networking|priority on networking|networking (?:with|among|skills))\b/i,
  },
  spring: {
    // "Spring Security", "Spring 3.0", "Spring modules" (a version, never a year: "Spring 2013" is a date).
    after: /^[\s/-]*(?:boot|framework|mvc|core|security|data|batch|cloud|integration|ioc|aop|jdbc|jpa|rest|amqp|webflux|tool|sts|modules?|beans?|\d(?:\.\d+)*(?:\.x)?(?![\d.]))/i,
    before: /\b(?:java|j2ee|jee|hibernate|struts|jpa|using)\s*(?:and\s+|&\s*)?$/i,
    near: /\b(?:java|j2ee|jee|hibernate|struts|jpa|jdbc|jsp|servlets?|ejb|jms|maven|gradle|tomcat|jboss|weblogic|websphere|microservices?|rest(?:ful)?|mvc|boot|aop|ioc|mybatis|junit|kotlin|groovy|web services)\b/i,
  },
};

/*
 * Ambiguous names whose skill sense needs a context of that sense even in a list: the language Go only among
 * other programming words, and never as the first word of a phrase ("Go Live", "Go-Live" and "Go over" are
 * milestones and verbs; round g, G1186: Go was credited to a business analyst from "Application training, Go
 * Live, Project sign-off") nor after "to" ("Windows to Go", "ready to go").
 */
const PROGRAMMING_CONTEXT = /\b(?:java|python|c\+\+|c#|rust|ruby|scala|kotlin|swift|perl|php|erlang|elixir|haskell|clojure|javascript|typescript|node(?:\.js)?|bash|shell|golang|goroutines?|grpc|protobuf|docker|kubernetes|microservices?|back-?end|programming|languages?|compilers?|software development|developer|coding)(?![A-Za-z])/i;

const AMBIGUOUS_SENSE: Record<string, { phrase: RegExp; before: RegExp; context: RegExp }> = {
  // "C" is also a seniority tier ("executive C/B-level", "C/VP-level audiences"; round u, G432 credited the language
  // from a posting's "C/B-level"): not when a slash run after it ends in a level or suite. Any list context otherwise
  // ("Skills: C, SQL, Excel").
  C: {
    phrase: /^(?:\s*\/\s*[A-Za-z]{1,4})*[-\s]*(?:level|suite)\b/i,
    before: /(?!)/,
    context: /(?:)/,
  },
  Go: {
    // Any word after it but "and"/"or" or the language's own ("Go programming", "Go 1.21").
    phrase: /^[ \t]*-?[ \t]*(?!(?:and|or|lang(?:uage)?|programming|developer|development|routines?|modules?|microservices?)\b)[A-Za-z]/i,
    before: /\b(?:to|a|no|on\s+the)[\s-]*$/i,
    context: PROGRAMMING_CONTEXT,
  },
};

/*
 * Soft skills: real, but every posting asks for them and every resume claims them, so they say nothing
 * about fit. They stay in profiles (facets) but never count as a job's skills to match.
 */
const SOFT_SKILLS = new Set(
  ['Communication', 'Leadership', 'Problem Solving', 'Time Management', 'Team Building', 'Conflict Resolution', 'Teamwork', 'Collaboration', 'Critical Thinking', 'Interpersonal Skills', 'Attention to Detail', 'Multitasking'].map((s) => s.toLowerCase()),
);

/** Whether a canonical skill is a soft skill (communication, leadership…), kept out of skill matching. */
export function isSoftSkill(canonical: string): boolean {
  return SOFT_SKILLS.has(canonical.toLowerCase());
}

/** O*NET tools listed by more occupations than this are office equipment (desktop computers, telephones), not skills. */
const MAX_TOOL_OCCUPATIONS = 25;

interface Entry {
  canonical: string;
  certification: boolean;
  /** Exact spelling required in free text (plus list context). */
  ambiguousForm?: string;
  /** A verb or practitioner form of a practice skill ("negotiated", "litigator"; `doing-forms.ts`). */
  doingForm?: boolean;
  listOnly: boolean;
}

interface SkillTable {
  byKey: Map<string, Entry>;
  /** Every proper prefix of a multi-token key, so a phrase scan stops as soon as no key can follow. */
  prefixes: Set<string>;
  aliasesByCanonical: Map<string, string[]>;
  maxTokens: number;
}

let table: SkillTable | undefined;

function addEntry(vocab: SkillTable, alias: string, entry: Entry, key = skillKey(alias)): void {
  if (!key || vocab.byKey.has(key)) return;
  vocab.byKey.set(key, entry);
  // Every proper prefix ends just before a space of the key.
  let tokens = 1;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1), tokens++) vocab.prefixes.add(key.slice(0, i));
  vocab.maxTokens = Math.max(vocab.maxTokens, tokens);
}

function buildSkillTable(): SkillTable {
  const vocab: SkillTable = { byKey: new Map(), prefixes: new Set(), aliasesByCanonical: new Map(), maxTokens: 1 };
  // Each name's other grammatical number, added after every name as written so a real name always wins.
  const numbers: [alias: string, entry: Entry][] = [];
  const inflect = (key: string, entry: Entry, singleWord = false): void => {
    // One-word curated and product names stay as written: "Excel" is no "excels", "Pandas" no "panda".
    if (entry.ambiguousForm || (!singleWord && !key.includes(' '))) return;
    for (const form of numberForms(key)) numbers.push([form, entry]);
  };
  const curated = (syn: SkillSynonym, alias: string, extra: Partial<Entry> = {}): void => {
    const key = skillKey(alias);
    const entry: Entry = { canonical: syn.name, certification: !!syn.certification, listOnly: LIST_ONLY.has(key), ...extra };
    addEntry(vocab, alias, entry, key);
    inflect(key, entry);
  };
  for (const syn of SKILL_SYNONYMS) {
    // Ambiguous forms go first so that a lower-case alias of the same word ("excel") cannot bypass them.
    for (const form of syn.ambiguous ?? []) curated(syn, form, { ambiguousForm: form });
    curated(syn, syn.name);
    for (const alias of syn.aliases) curated(syn, alias);
    vocab.aliasesByCanonical.set(syn.name, [syn.name, ...syn.aliases, ...(syn.ambiguous ?? [])]);
  }
  // Verb and practitioner forms count in running text, over a list-only alias of the same skill ("negotiating").
  for (const [form, canonical] of doingForms()) {
    const existing = vocab.byKey.get(form);
    if (existing && existing.canonical !== canonical) continue;
    if (existing) vocab.byKey.set(form, { canonical, certification: false, listOnly: false, doingForm: true });
    else addEntry(vocab, form, { canonical, certification: false, listOnly: false, doingForm: true }, form);
  }
  // O*NET technology names join as canonical names of their own, after the curated table so it wins.
  for (const [name, , hot, demand, count] of loadOnetSubset().technologies) {
    const key = skillKey(name);
    if (vocab.byKey.has(key)) continue;
    const distinctive = (hot || demand || count >= 3) && key.split(' ').length >= 2;
    const entry: Entry = { canonical: name, certification: false, listOnly: !distinctive };
    addEntry(vocab, name, entry, key);
    inflect(key, entry);
    const withoutSuffix = name.replace(/\s+software$/i, '');
    if (withoutSuffix !== name && withoutSuffix.length > 3) addEntry(vocab, withoutSuffix, { canonical: name, certification: false, listOnly: true });
  }
  // O*NET tools (routers, network analyzers, infusion pumps) join the same vocabulary. In running text
  // only multi-word names specific to a few occupations count: "Scanners" or "Desktop computers" would
  // find a skill in every resume.
  for (const [name, occupations] of loadOnetSubset().tools ?? []) {
    const key = skillKey(name);
    if (!key || vocab.byKey.has(key)) continue;
    const distinctive = occupations <= MAX_TOOL_OCCUPATIONS && key.split(' ').length >= 2;
    const entry: Entry = { canonical: name, certification: false, listOnly: !distinctive };
    addEntry(vocab, name, entry, key);
    // Tools are common nouns by construction ("Oscilloscopes"), so one-word names vary too.
    inflect(key, entry, true);
  }
  // A number form is already a key (numberForms of a lower-case key) and differs from its name only in
  // the last word, so its prefixes and token count are the name's: only the lookup entry is new.
  for (const [form, entry] of numbers) if (!vocab.byKey.has(form)) vocab.byKey.set(form, entry);
  return vocab;
}

/*
 * Built on first use, once per thread (the search and indexer workers each hold one): 51,622 keys from the
 * curated table and ~27k O*NET names (8,768 technologies, 18,105 tools) with their number forms. Measured
 * (tsx, 2 cores shared at load ~13): repeated builds 430-460 ms median before computing each key once and
 * adding number forms without re-deriving their prefixes, 215-260 ms after; a process's first build
 * ~870 ms median before, ~560 ms after (6 runs each). Same keys, entries and prefixes (sha256 compared).
 */
function skillTable(): SkillTable {
  table ??= buildSkillTable();
  return table;
}

function tidyUnknown(raw: string): string | null {
  const text = raw.replace(/\s+/g, ' ').replace(/^[\s•*\-–:;,.]+|[\s•*\-–:;,.]+$/g, '').trim();
  if (text.length < 2 || text.length > 50) return null;
  if (!/[A-Za-z]/.test(text) || text.split(' ').length > 6) return null;
  if (/^(and|or|the|of|in|with|etc|other|others|various|basic|good|excellent|strong)$/i.test(text)) return null;
  return text === text.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** Canonical name of one skill as written in a skills list ("k8s" → "Kubernetes"); unknown skills come back tidied, garbage as null. */
export function normalizeSkill(raw: string): string | null {
  const cleaned = cleanText(raw).trim();
  const key = skillKey(cleaned);
  if (!key) return null;
  const entry = skillTable().byKey.get(key);
  if (entry) return entry.canonical;
  return tidyUnknown(cleaned);
}

/** Whether a phrase is in the vocabulary (curated or O*NET) rather than a free-form phrase. */
export function isKnownSkill(raw: string): boolean {
  return skillTable().byKey.has(skillKey(cleanText(raw)));
}

/** Whether a canonical skill name is a certification or licence (RN, CPA, PMP...). */
export function isCertification(canonical: string): boolean {
  return skillTable().byKey.get(skillKey(canonical))?.certification ?? false;
}

/** Normalise and de-duplicate a list of skills, keeping first-seen order. */
export function canonicalSkills(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const name = normalizeSkill(raw);
    if (!name) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** All spellings to search for one query term ("k8s" → ["Kubernetes", "k8s", "kube", ...]); unknown terms return themselves. */
export function expandQueryTerm(term: string): string[] {
  const key = skillKey(term);
  const entry = key ? skillTable().byKey.get(key) : undefined;
  if (!entry) return [term];
  const aliases = skillTable().aliasesByCanonical.get(entry.canonical) ?? [entry.canonical];
  const seen = new Set<string>();
  return [entry.canonical, ...aliases].filter((alias) => {
    const k = alias.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const LIST_SEPARATOR = /[,;|•/()\n:*]/;

function inListContext(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && text[after] === ' ') after++;
  const prev = before < 0 ? '\n' : text[before];
  const next = after >= text.length ? '\n' : text[after];
  // A line of its own ("Go") or a separator beside it; a sentence merely starting with "Go" is not a list.
  if (prev === '\n' && next === '\n') return true;
  const separator = (ch: string): boolean => ch !== '\n' && LIST_SEPARATOR.test(ch);
  return separator(prev) || separator(next) || (next === '-' && prev !== '\n');
}

/** Canonical skills mentioned in free text, word-boundary aware; ambiguous short names need exact case and list context. */
export function skillsInText(text: string): string[] {
  const vocab = skillTable();
  // Parallel arrays rather than token objects: this runs over every resume and allocation dominated.
  const lowers: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const breaks: boolean[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    let breakBefore = false;
    for (let c = previousEnd; c < start; c++) {
      const ch = text.charCodeAt(c);
      // newline , ; | •  — a phrase never spans a line break or a list separator
      if (ch === 10 || ch === 44 || ch === 59 || ch === 124 || ch === 0x2022) {
        breakBefore = true;
        break;
      }
    }
    lowers.push(match[0].toLowerCase());
    starts.push(start);
    ends.push(start + match[0].length);
    breaks.push(breakBefore);
    previousEnd = start + match[0].length;
  }
  const tokens = { starts, ends };
  const found: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lowers.length; i++) {
    let key = '';
    let best: { entry: Entry; length: number } | undefined;
    for (let n = 1; n <= vocab.maxTokens && i + n <= lowers.length; n++) {
      if (n > 1 && breaks[i + n - 1]) break;
      key = n === 1 ? lowers[i] : `${key} ${lowers[i + n - 1]}`;
      const entry = vocab.byKey.get(key);
      if (entry && accept(entry, tokens, i, n, text)) best = { entry, length: n };
      if (!vocab.prefixes.has(key)) break;
    }
    if (!best) continue;
    if (!seen.has(best.entry.canonical)) {
      seen.add(best.entry.canonical);
      found.push(best.entry.canonical);
    }
    i += best.length - 1;
  }
  return found;
}

/*
 * A skill's name used to say what a vendor supplies is not the candidate's practice: "litigation vendor management"
 * (round h, G1076: Litigation credited to a law firm's IT manager), "paid risk management vendors", "onboarding
 * suppliers and buyers". Only vendors and suppliers: a "Payroll Coordinator", "Data Entry Clerk", "Help Desk
 * Support" or "Public Relations Assistant" does the work named (measured over the LiveCareer corpus: adding
 * support, coordinator, assistant and clerk took 44 credits from 38 resumes, nearly all true). The word is lower
 * case (upper case after a name in capitals): in "Strategic Planning Vendor Selection" a capital starts another
 * item of a list. A verb form does the work on the vendor ("negotiated vendor agreements").
 */
const VENDOR_AFTER = /^[ \t]+(?:vendors?|suppliers?)\b/;
const VENDOR_AFTER_CAPITALS = /^[ \t]+(?:VENDORS?|SUPPLIERS?)\b/;

/** Whether the name at `start`–`end` modifies a vendor or supplier noun ("litigation vendor management"). */
function namesVendors(surface: string, text: string, end: number): boolean {
  const after = text.slice(end, end + 16);
  return VENDOR_AFTER.test(after) || (surface === surface.toUpperCase() && VENDOR_AFTER_CAPITALS.test(after));
}

function accept(entry: Entry, tokens: { starts: number[]; ends: number[] }, i: number, n: number, text: string): boolean {
  if (entry.listOnly) return false;
  // "Spring 2018" is a term, not the Java framework (round o, G245; calendar-words.ts).
  if (n === 1 && usedAsDate(text, tokens.starts[i], tokens.ends[i])) return false;
  const surface = text.slice(tokens.starts[i], tokens.ends[i + n - 1]);
  if (entry.doingForm) return isDoing(surface, text, tokens.starts[i]);
  if (namesVendors(surface, text, tokens.ends[i + n - 1])) return false;
  if (entry.certification && credentialInOrganisationName(text, tokens.starts[i], tokens.ends[i + n - 1])) return false;
  const sense = n === 1 ? SENSE_CONTEXT[surface.toLowerCase()] : undefined;
  if (sense) {
    const start = tokens.starts[i];
    const end = tokens.ends[i];
    if (sense.other?.test(text.slice(Math.max(0, start - 40), end + 40))) return false;
    if (sense.near && !sense.near.test(`${text.slice(Math.max(0, start - 120), start)} ${text.slice(end, end + 120)}`)) return false;
    if (inListContext(text, start, end)) return !listSaysOtherSense(surface, text, start, end);
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 30), start);
    return !!sense.after?.test(after) || !!sense.before?.test(before);
  }
  if (entry.ambiguousForm) {
    // "Go-to-Market strategy" is a compound word, not the Go language beside a list dash.
    const end = tokens.ends[i + n - 1];
    if (text[end] === '-' && /[A-Za-z]/.test(text[end + 1] ?? '')) return false;
    if (surface !== entry.ambiguousForm || !inListContext(text, tokens.starts[i], end)) return false;
    const ambiguous = AMBIGUOUS_SENSE[surface];
    if (!ambiguous) return true;
    const start = tokens.starts[i];
    // The context is the list around the name (120 characters either side), its own name left out.
    const around = `${text.slice(Math.max(0, start - 120), start)} ${text.slice(end, end + 120)}`;
    return !ambiguous.phrase.test(text.slice(end, end + 30)) && !ambiguous.before.test(text.slice(Math.max(0, start - 12), start)) && ambiguous.context.test(around);
  }
  // Short all-letter abbreviations ("ML", "JS", "RN") only count written in capitals.
  if (n === 1 && surface.length <= 3 && /^[a-z]+$/i.test(surface) && surface !== surface.toUpperCase()) return false;
  return true;
}

/*
 * A generic skill a posting names ("Database software", "Spreadsheet software") is met by any specific
 * member of its O*NET commodity class on a resume (MS Access, Oracle, SQL; Excel). The class comes from
 * O*NET's technology → commodity hierarchy; the four "data base …" commodities are one family.
 */
const familyOf = (commodity: string): string => {
  const folded = commodity.toLowerCase().replace(/^object oriented /, '');
  return folded.startsWith('data base ') ? 'data base' : folded;
};

/*
 * A few generic names span more than their own O*NET class (round h, G268: "software development tools" was
 * called missing beside Eclipse, Maven and Git, which O*NET files under development environment and file
 * versioning software). One way only: version control does not meet "Development environment software".
 */
const WIDER_THAN_CLASS: Record<string, readonly string[]> = {
  'software development tools': ['file versioning software', 'compiler and decompiler software', 'program testing software'],
};

interface Families {
  /** Canonical skill (lower case) → the commodity families its O*NET names belong to. */
  byCanonical: Map<string, Set<string>>;
  /** Generic canonical names (lower case: "database software") → the families whose members meet them. */
  generic: Map<string, Set<string>>;
}
let families: Families | undefined;

function getFamilies(): Families {
  if (families) return families;
  const vocab = skillTable();
  const byCanonical = new Map<string, Set<string>>();
  const generic = new Map<string, Set<string>>();
  for (const [name, commodity] of loadOnetSubset().technologies) {
    const canonical = vocab.byKey.get(skillKey(name))?.canonical ?? name;
    const key = canonical.toLowerCase();
    const set = byCanonical.get(key) ?? new Set<string>();
    set.add(familyOf(commodity));
    byCanonical.set(key, set);
    // A class name rather than a product: one capital, then plain words ("Database software", "Word processing
    // software", "Software development tools").
    if (canonical === name && /^[A-Z][a-z]+(?:[ -][a-z]+)* (?:software|systems|tools)$/.test(name)) {
      generic.set(key, new Set([familyOf(commodity), ...(WIDER_THAN_CLASS[key] ?? []).map(familyOf)]));
    }
  }
  families = { byCanonical, generic };
  return families;
}

/**
 * Whether a skill names a class of software rather than a product ("Software development tools", "Database
 * software"). Such a name is credited through its members, but never reported missing: a resume names
 * products, and the vocabulary knows too few of them ("Eclipse", "IntelliJ", "TFS") to say none is there
 * (round h, G268: four developers listing IDEs, build tools and version control were told it was missing).
 */
export function isGenericSkill(skill: string): boolean {
  return getFamilies().generic.has(skill.toLowerCase());
}

/** The specific skills in `have` (lower-case canonical names) that meet a generic skill, [] when none or not generic. */
export function membersOfGenericSkill(skill: string, have: Iterable<string>): string[] {
  const { byCanonical, generic } = getFamilies();
  const wanted = generic.get(skill.toLowerCase());
  if (!wanted) return [];
  const out: string[] = [];
  for (const h of have) if (h !== skill.toLowerCase() && [...(byCanonical.get(h) ?? [])].some((f) => wanted.has(f))) out.push(h);
  return out;
}

const mentionPatterns = new Map<string, RegExp[]>();
const agentPatterns = new Map<string, RegExp[]>();

function namePatterns(names: string[]): RegExp[] {
  const escape = (s: string) => escapeRegExp(s).replace(/\s+/g, '[\\s-]+');
  const caseFree = (n: string) => n.length > 3 && n !== n.toUpperCase();
  const build = (list: string[], flags: string) => (list.length ? [new RegExp(`(?<![A-Za-z0-9])(?:${list.map(escape).join('|')})(?![A-Za-z0-9])`, flags)] : []);
  return [...build(names.filter(caseFree), 'i'), ...build(names.filter((n) => !caseFree(n)), '')];
}

/**
 * Whether a text mentions a skill under any of its names, list-only ones included ("supply chain" for
 * Supply Chain Management), or in another form of a name ("data analyst", "revenue forecasts"): looser
 * than `skillsInText`, so it only ever stops a skill being called missing, never makes one present.
 * Ambiguous and short names must be written in their exact case.
 */
export function mentionsSkill(canonical: string, text: string): boolean {
  // "Business Process I mprovement" mentions Process Improvement (split-words.ts).
  return mentionedIn(canonical, withSplitWordsJoined(text));
}

/** `mentionsSkill` on a text whose split words are already joined. */
function mentionedIn(canonical: string, joined: string): boolean {
  const patterns = cachedPatterns(mentionPatterns, canonical, () => {
    const written = skillTable().aliasesByCanonical.get(canonical) ?? [canonical];
    // Singular and plural alike: "Logic Analyzer" on the resume mentions the posting's "logic analyzers".
    const names = [...written, ...written.filter((n) => n.includes(' ')).flatMap(numberForms)];
    const built = namePatterns([...names, ...names.filter((n) => n.length > 3).flatMap(skillForms)]);
    const actions = actionPatterns(canonical);
    if (actions.length) built.push(new RegExp(`(?<![A-Za-z0-9])(?:${actions.join('|')})(?![A-Za-z0-9])`, 'i'));
    return built;
  });
  return patterns.some((p) => p.test(joined));
}

/** A skill's patterns, built once per canonical name and kept in `cache`. */
function cachedPatterns(cache: Map<string, RegExp[]>, canonical: string, build: () => RegExp[]): RegExp[] {
  let patterns = cache.get(canonical);
  if (!patterns) {
    patterns = build();
    cache.set(canonical, patterns);
  }
  return patterns;
}

const derivedPatterns = new Map<string, RegExp[]>();

/**
 * Whether a text (split words joined) names a skill in a derivation of its name's last word ("building statistic
 * model", "statistical reports" for Statistics; "data analytics" for Data Analysis; round w, G438). Looser still
 * than `mentionsSkill`, and kept apart from it: it only ever stops a skill being called missing (`mayNameSkill`).
 * It does not decide whether a listed practice is shown outside its list (listed-only.ts), where "statistical
 * reports" is weaker evidence than "statistics".
 */
function derivedFormIn(canonical: string, joined: string): boolean {
  const patterns = cachedPatterns(derivedPatterns, canonical, () =>
    namePatterns((skillTable().aliasesByCanonical.get(canonical) ?? [canonical]).filter((n) => n.length > 3).flatMap(derivedForms)),
  );
  return patterns.some((p) => p.test(joined));
}

/**
 * Whether a resume may name a skill in some form, so that it is never called "not on resume": a name or another
 * form of one (`mentionsSkill`), a derivation of its name (`derivedFormIn`), or other words
 * (skill-other-words.ts). The three are read on one text with its split words joined once (split-words.ts).
 */
export function mayNameSkill(canonical: string, text: string): boolean {
  const joined = withSplitWordsJoined(text);
  return mentionedIn(canonical, joined) || derivedFormIn(canonical, joined) || mayShowSkillInOtherWords(canonical, joined);
}

/**
 * Whether a text names the skill or the person who does it ("Financial Analyst" for Financial Analysis):
 * for the titles a candidate held and the lines they describe themselves in, where holding the title is
 * having the skill (a former Financial Analyst was told Financial Analysis was "not on resume").
 */
export function namesSkillOrPractitioner(canonical: string, text: string): boolean {
  const patterns = cachedPatterns(agentPatterns, canonical, () => {
    const written = (skillTable().aliasesByCanonical.get(canonical) ?? [canonical]).filter((n) => n.length > 3 && n.includes(' '));
    const names = [...written, ...written.flatMap(numberForms)];
    // Multi-word names only: "engineer" alone says no more about Engineering than a job title says about a field.
    return namePatterns([...names, ...names.flatMap(agentForms)]);
  });
  return patterns.some((p) => p.test(text));
}

import { aliasListPattern, buildAliases, valuesIn, type Alias, type Synonym } from './aliases.js';
import { jobTitles, normalize, stageTitles, uniqueValues } from './vocabulary.js';
import { cachedRegExp, memo } from './memo.js';
import { addFilterValues, type ParseContext } from './work-text.js';

/*
 * Pipeline filters: where candidates got to, why they were rejected, who owns them, where they came
 * from, which jobs and departments. Every value is one of the account's own; phrasing that names a
 * value the account does not have is left in the text and reported as unmapped.
 */

const STAGE_SYNONYMS: Synonym[] = [
  { phrases: ['phone screen', 'screen', 'screening', 'recruiter call', 'intro call'], target: /recruiter screen|phone screen/i },
  { phrases: ['hm screen', 'hm', 'hiring manager', 'hiring manager interview', 'hiring manager call', 'manager screen'], target: /hiring manager/i },
  { phrases: ['tech screen', 'technical screen', 'tech interview', 'technical', 'technical round', 'coding interview', 'technicals'], target: /technical/i },
  { phrases: ['on-site', 'on site', 'onsite interview', 'onsite interviews', 'virtual onsite', 'onsite round'], target: /^on-?site/i },
  { phrases: ['final', 'finals', 'final interview', 'final interviews', 'final stage', 'last round'], target: /final/i },
  { phrases: ['offer stage', 'an offer', 'offers', 'offer stage'], target: /^offer$/i },
  { phrases: ['case', 'case interview'], target: /case study/i },
  { phrases: ['portfolio', 'portfolio presentation'], target: /portfolio/i },
];

const GENERIC_STAGE_WORDS = /\s+(round|stage|interview|screen|review|verification|call)$/i;

export function stageAliases(titles: string[]): Alias[] {
  return buildAliases(titles, STAGE_SYNONYMS, (title) => {
    const short = title.replace(GENERIC_STAGE_WORDS, '');
    return short !== title && short.length >= 4 ? [short] : [];
  });
}

const REASON_SYNONYMS: Synonym[] = [
  { phrases: ['comp', 'compensation', 'salary', 'salary expectations', 'pay', 'money', 'being too expensive', 'too expensive', 'comp expectations', 'comp reasons'], target: /compensation|salary/i },
  { phrases: ['skills', 'skill', 'lack of skills', 'lacking skills', 'lacks skills', 'missing skills', 'qualifications', 'not qualified', 'being unqualified', 'unqualified', 'underqualified', 'skills/qualifications', 'skill gaps', 'skills gap'], target: /skill|underqualif|lacks/i },
  { phrases: ['timing', 'bad timing', 'the timing', 'wrong timing'], target: /timing/i },
  { phrases: ['culture', 'culture fit', 'cultural fit', 'fit', 'values'], target: /culture|fit/i },
  { phrases: ['withdrawing', 'withdrawal', 'withdrew', 'withdrawn', 'dropping out', 'not interested', 'losing interest'], target: /withdr|not interested/i },
  { phrases: ['filled', 'role filled', 'position filled', 'the role being filled', 'headcount'], target: /filled/i },
  { phrases: ['location', 'relocation', 'not relocating', 'their location'], target: /^location|relocat/i },
  { phrases: ['overqualified', 'being overqualified', 'over-qualified', 'too senior'], target: /overqualified/i },
  { phrases: ['unresponsive', 'being unresponsive', 'no response', 'not responding', 'ghosting', 'ghosted'], target: /unresponsive|no response/i },
  { phrases: ['another offer', 'accepting another offer', 'taking another offer', 'a competing offer', 'competing offer', 'other offer', 'another job'], target: /another offer|other offer|competing/i },
];

const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

function reasonAliases(ctx: ParseContext): Alias[] {
  return buildAliases(uniqueValues(ctx.vocab.rejectionReasons.map((r) => r.text)), REASON_SYNONYMS, (text) =>
    text.includes('/') ? text.split('/').map((p) => p.trim()) : [],
  );
}

/** "rejected for comp", "not rejected for skills", "comp too high", "rejection reason: timing". */
export function extractRejectionReasons(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'reasonAliases', () => reasonAliases(ctx));
  const list = aliasListPattern(aliases);
  const verbs = '(?:rejected|archived|declined|turned\\s+down|passed\\s+on|dropped(?:\\s+out)?|disqualified|cut|closed\\s+out|left|withdrew|walked\\s+away)';
  const because = '(?:for|because\\s+of|due\\s+to|over|on|because|with\\s+reason)';
  const pronoun = '(?:\\s+(?:them|him|her|those|these))?';
  const filler = '(?:\\s+(?:their|the|a|an|being|bad|too\\s+high))?';
  const negative = cachedRegExp(
    `\\b(?:(?:not|never|wasn't|weren't|were\\s+not|was\\s+not|who\\s+weren't)\\s+(?:been\\s+)?${verbs}|(?:excluding|except|exclude|minus|without)\\s+(?:those\\s+|anyone\\s+|people\\s+|candidates\\s+)?${verbs})${pronoun}\\s+${because}${filler}\\s+(${list})`,
    'gi',
  );
  ctx.work.scan(negative, (m) => addReasons(ctx, 'exclude', m[1], aliases));
  const positive = cachedRegExp(`\\b(?:who\\s+(?:were|was)\\s+)?${verbs}${pronoun}\\s+${because}${filler}\\s+(${list})`, 'gi');
  ctx.work.scan(positive, (m) => addReasons(ctx, 'rejectionReason', m[1], aliases));
  // "rejected because the position was filled": the reason may sit a few words into a clause.
  const clause = cachedRegExp(`\\b${verbs}${pronoun}\\s+because\\s+(?:[a-z']+\\s+){0,4}?(${list})\\b`, 'gi');
  ctx.work.scan(clause, (m) => addReasons(ctx, 'rejectionReason', m[1], aliases));
  const named = cachedRegExp(`\\b(?:rejection|archive|archival)\\s+reason\\s*(?:is|was|of|:|=)?\\s*(${list})`, 'gi');
  ctx.work.scan(named, (m) => addReasons(ctx, 'rejectionReason', m[1], aliases));
  const comp = /\b(?:(?:comp|compensation|salary|pay)\s+(?:expectations?\s+)?(?:was\s+|were\s+)?too\s+high|too\s+expensive|priced\s+out|asked\s+for\s+too\s+much)\b/gi;
  ctx.work.scan(comp, () => addReasons(ctx, 'rejectionReason', 'compensation', aliases));
}

function addReasons(ctx: ParseContext, key: 'rejectionReason' | 'exclude', span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span, aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, 'rejectionReason', values, key === 'exclude');
  return true;
}

const REACHED_CUE =
  '(?:reached|reaching|reach|got\\s+to|gotten\\s+to|get\\s+to|getting\\s+to|made\\s+it\\s+(?:to|through\\s+to|as\\s+far\\s+as|into)|got\\s+as\\s+far\\s+as|advanced\\s+to|progressed\\s+to|moved\\s+(?:on\\s+)?to|passed\\s+(?:through\\s+)?to|went\\s+(?:through|to)|did\\s+(?:an?|the)|had\\s+(?:an?|the)|at\\s+least)';
const CURRENT_CUE =
  '(?:(?:currently|now|still|presently|right\\s+now)\\s+(?:sitting\\s+|stuck\\s+|waiting\\s+)?(?:in|at)|sitting\\s+(?:in|at)|stuck\\s+(?:in|at)|waiting\\s+(?:in|at))';

/** "reached onsite", "made it to final round" → stageReached; "currently in offer", "sitting at HM screen" → stage. */
export function extractStages(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'stageAliases', () => stageAliases(stageTitles(ctx.vocab)));
  const list = aliasListPattern(aliases);
  const tail = '(?:\\s+(?:stage|round|rounds|interviews?|step))?(?:\\s+or\\s+(?:later|beyond|further|higher|above))?(?:\\s+(?:right\\s+)?now)?';
  const reached = cachedRegExp(`\\b(?:who\\s+)?${REACHED_CUE}\\s+(?:the\\s+|an?\\s+|our\\s+)?(${list})${tail}\\b`, 'gi');
  ctx.work.scan(reached, (m) => add(ctx, 'stageReached', m[1], aliases));
  const current = cachedRegExp(`\\b(?:who\\s+(?:are|is)\\s+)?${CURRENT_CUE}\\s+(?:the\\s+|an?\\s+)?(${list})${tail}\\b`, 'gi');
  ctx.work.scan(current, (m) => add(ctx, 'stage', m[1], aliases));
  const inStage = cachedRegExp(`\\b(?:who\\s+(?:are|is)\\s+)?(?:in|at)\\s+(?:the\\s+)?(${list})\\s+(?:stage|step)(?:\\s+(?:right\\s+)?now)?\\b`, 'gi');
  ctx.work.scan(inStage, (m) => add(ctx, 'stage', m[1], aliases));
}

function add(ctx: ParseContext, key: 'stage' | 'stageReached', span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span, aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, key, values);
  return true;
}

/**
 * A department or status word only counts where a noun phrase ends ("in design who…", not
 * "in design systems"): a following content word means it is part of something else.
 */
const CLAUSE_END = '(?=\\s*(?:$|[,.;:!?)\\u0001]|(?:who|whom|that|with|without|from|since|and|or|but|in|for|at|on|to|by|not|over|under|before|after|during|this|last|past|who\'ve|whose|department|dept|team|org)\\b))';
const PEOPLE = '(?:candidates|applicants|applications|people|folks|ones|pipeline|profiles|prospects|leads)';

/** "archived", "hired", "active", "leads" → applicationStatus. Runs after reasons and stages took their phrases. */
export function extractStatus(ctx: ParseContext): void {
  // "design leads", "tech leads" are job titles, not Ashby leads.
  const leadTitles = memo(ctx.vocab, 'leadTitleWords', () =>
    uniqueValues(['tech', 'team', ...ctx.vocab.titles.filter((t) => /\slead$/i.test(t)).map((t) => normalize(t).replace(/\s+lead$/, '').split(' ').pop() ?? '')]),
  );
  const notTitle = leadTitles.length ? `(?<!\\b(?:${leadTitles.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s)` : '';
  const rules: [RegExp, 'Active' | 'Archived' | 'Hired' | 'Lead'][] = [
    [/\b(?:archived|rejected|rejections|declined)\b/gi, 'Archived'],
    [/\b(?:(?:we|who\s+we|previously|were|was|got|been)\s+)?(?:hired|hires)\b/gi, 'Hired'],
    [cachedRegExp(`\\b(?:(?:are|is|still|currently)\\s+)?active(?=\\s+${PEOPLE}\\b|${CLAUSE_END})|\\b(?:in\\s+process|in\\s+progress|still\\s+interviewing|open\\s+applications?)\\b`, 'gi'), 'Active'],
    [cachedRegExp(`${notTitle}\\b(?:leads|prospects)\\b`, 'gi'), 'Lead'],
  ];
  for (const [pattern, status] of rules) {
    ctx.work.scan(pattern, () => {
      const current = ctx.filters.applicationStatus ?? [];
      if (!current.includes(status)) ctx.filters.applicationStatus = [...current, status];
      return true;
    });
  }
}

function recruiterAliases(ctx: ParseContext): Alias[] {
  const names = uniqueValues(ctx.vocab.recruiters.map((r) => r.name));
  const parts = (i: number) => names.map((n) => normalize(n).split(' ')[i === 0 ? 0 : normalize(n).split(' ').length - 1]);
  const firsts = parts(0);
  const lasts = parts(1);
  return buildAliases(names, [], (name) => {
    const words = normalize(name).split(' ');
    const out: string[] = [];
    // A first or last name alone only counts when no other recruiter shares it.
    if (firsts.filter((f) => f === words[0]).length === 1) out.push(words[0]);
    if (words.length > 1 && lasts.filter((l) => l === words[words.length - 1]).length === 1) out.push(words[words.length - 1]);
    return out;
  });
}

/** "sourced by Maya", "Maya's candidates", "recruiter: Jordan Lee". */
export function extractRecruiters(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'recruiterAliases', () => recruiterAliases(ctx));
  const list = aliasListPattern(aliases);
  const by = '(?:sourced|recruited|owned|managed|handled|found|brought\\s+in|submitted|added|screened|credited\\s+to)';
  ctx.work.scan(cachedRegExp(`\\b${by}\\s+(?:by\\s+)?(${list})\\b`, 'gi'), (m) => addRecruiters(ctx, m[1], aliases));
  ctx.work.scan(cachedRegExp(`\\b(?:recruiters?|owners?)\\s*(?:is|was|:|=)?\\s*(${list})\\b`, 'gi'), (m) => addRecruiters(ctx, m[1], aliases));
  // A recruiter's name in the possessive ("Maya's archived candidates") names whose people they are.
  // "hires", "leads" and "prospects" are left for the status rule.
  const owned = '(?:\\s+(?:candidates|pipeline|people|reqs|requisitions|applicants|sourcing|folks|recruits|finds))?';
  ctx.work.scan(cachedRegExp(`\\b((?:${list}))${owned}\\b`, 'gi'), (m) => (/'s$/i.test(m[1]) ? addRecruiters(ctx, m[1], aliases) : false));
  ctx.work.scan(cachedRegExp(`\\b(?:with|for|from)\\s+(${list})\\s+as\\s+(?:the\\s+)?recruiter\\b`, 'gi'), (m) => addRecruiters(ctx, m[1], aliases));
  const fullNames = aliases.filter((a) => a.phrase.includes(' '));
  ctx.work.scan(cachedRegExp(`\\b(${aliasListPattern(fullNames)})\\b`, 'gi'), (m) => addRecruiters(ctx, m[1], fullNames));
  // A cue with a name the account does not have: say so, leave the words as free text.
  ctx.work.scan(/\b(?:sourced|recruited|owned)\s+by\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/g, (m) => {
    ctx.unmapped.push(m[1]);
    ctx.notes.push(`No recruiter named "${m[1]}" in this account; kept "${m[0]}" as free text`);
    return false;
  });
}

function addRecruiters(ctx: ParseContext, span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span.replace(/'s?$/i, ''), aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, 'recruiter', values);
  return true;
}

const SOURCE_SYNONYMS: Synonym[] = [
  { phrases: ['referrals', 'referral', 'referred', 'employee referral', 'employee referrals', 'referred candidates', 'referred in'], target: /referr/i },
  { phrases: ['agency', 'agencies', 'recruiting agency', 'recruiting agencies', 'headhunter', 'headhunters', 'agency candidates'], target: /agenc/i },
  { phrases: ['linkedin', 'linked in'], target: /linkedin/i },
  { phrases: ['applied directly', 'direct applicants', 'direct applications', 'inbound applicants', 'inbound'], target: /^applied$|inbound/i },
  { phrases: ['outbound', 'sourced candidates', 'cold outreach'], target: /^sourced$|outbound/i },
  { phrases: ['career fairs', 'job fair', 'job fairs'], target: /career fair|job fair/i },
  { phrases: ['careers page', 'career page', 'company site', 'our website', 'website'], target: /website|careers? page/i },
  { phrases: ['job boards', 'a job board'], target: /job board/i },
];

/** Source titles too ordinary to count without a cue word ("from", "via", "source"). */
const GENERIC_SOURCE = /^(applied|sourced|other|internal|direct|hired|inbound|outbound|website|events?)$/i;

/** "referrals", "from LinkedIn", "via agency", "source: Career Fair". */
export function extractSources(ctx: ParseContext): void {
  const all = memo(ctx.vocab, 'sourceAliases', () => buildAliases(uniqueValues(ctx.vocab.sources.map((s) => s.title)), SOURCE_SYNONYMS));
  const cued = cachedRegExp(`\\b(?:from|via|through|thru|sourced\\s+(?:from|on|via|through)|found\\s+on|came\\s+(?:in\\s+)?(?:from|through|via)|source\\s*(?:is|:|=)?)\\s+(?:the\\s+|an?\\s+)?(${aliasListPattern(all)})\\b`, 'gi');
  ctx.work.scan(cued, (m) => addSources(ctx, m[1], all));
  const distinctive = memo(ctx.vocab, 'distinctiveSources', () => all.filter((a) => !GENERIC_SOURCE.test(a.phrase)));
  ctx.work.scan(cachedRegExp(`\\b(${aliasListPattern(distinctive)})\\b(?:\\s+(?:candidates|applicants|people|hires|source))?`, 'gi'), (m) => addSources(ctx, m[1], distinctive));
}

function addSources(ctx: ParseContext, span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span, aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, 'source', values);
  return true;
}

const ROLE_WORD = '(?:jobs?|roles?|positions?|openings?|reqs?|requisitions?|postings?|opportunit(?:y|ies))';

/** "for any platform job", "who applied to the Backend Engineer role", "not for the Data Scientist job". */
export function extractJobs(ctx: ParseContext): void {
  const titles = memo(ctx.vocab, 'jobTitles', () => jobTitles(ctx.vocab));
  const aliases = memo(ctx.vocab, 'jobAliases', () => buildAliases(titles, [], (t) => (t.includes(',') ? [t.replace(/,/g, '')] : [])));
  const list = aliasListPattern(aliases);
  const applyCue = '(?:applied|applying|applicants?|interviewed|interviewing|candidates|considered|submitted|who\\s+applied)\\s+(?:to|for)';
  const exclude = cachedRegExp(`\\b(?:(?:not|never|didn't|did\\s+not|haven't|hasn't)\\s+(?:appl(?:y|ied)|interview(?:ed)?)\\s+(?:to|for)|(?:excluding|except|other\\s+than|but\\s+not|not)\\s+(?:for\\s+|to\\s+)?)\\s*(?:the\\s+|our\\s+)?(${list})(?:\\s+${ROLE_WORD})?\\b`, 'gi');
  ctx.work.scan(exclude, (m) => addJobs(ctx, 'exclude', m[1], aliases));
  const specific = cachedRegExp(`\\b(?:${applyCue}|for|to|on)\\s+(?:the\\s+|our\\s+|an?\\s+)?(${list})(?:\\s+${ROLE_WORD})?\\b`, 'gi');
  ctx.work.scan(specific, (m) => addJobs(ctx, 'job', m[1], aliases));
  const bare = cachedRegExp(`\\b(?:the\\s+)?(${list})\\s+${ROLE_WORD}\\b`, 'gi');
  ctx.work.scan(bare, (m) => addJobs(ctx, 'job', m[1], aliases));
  const anyJob = cachedRegExp(`\\b(?:for|to|on|in)\\s+(?:any|all|every|one\\s+of)\\s+(?:of\\s+)?(?:the\\s+|our\\s+)?([a-z][a-z&/+.-]*(?:\\s+[a-z][a-z&/+.-]*){0,2}?)\\s+${ROLE_WORD}\\b`, 'gi');
  ctx.work.scan(anyJob, (m) => {
    const word = normalize(m[1]);
    const matching = titles.filter((t) => cachedRegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(t));
    if (matching.length > 0) {
      addFilterValues(ctx, 'job', matching);
      ctx.notes.push(`"${m[0].trim()}" → ${matching.length} job(s) whose title contains "${m[1]}"`);
      return true;
    }
    const department = ctx.vocab.departments.find((d) => normalize(d) === word);
    if (department) {
      addFilterValues(ctx, 'department', [department]);
      return true;
    }
    ctx.unmapped.push(m[1]);
    ctx.notes.push(`No job title contains "${m[1]}"; kept as free text`);
    return false;
  });
}

function addJobs(ctx: ParseContext, key: 'job' | 'exclude', span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span, aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, 'job', values, key === 'exclude');
  return true;
}

/** "not in sales" → excludeDepartment; "in the Design department", "for engineering roles" → department. */
export function extractDepartments(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'departmentAliases', () => buildAliases(uniqueValues(ctx.vocab.departments), []));
  const list = aliasListPattern(aliases);
  const suffix = `(?:\\s+(?:department|dept|team|org|organization|${ROLE_WORD}|candidates|applicants|people))?`;
  const exclude = cachedRegExp(`\\b(?:not|except|excluding|exclude|outside(?:\\s+of)?|other\\s+than|but\\s+not|no)\\s+(?:in\\s+|from\\s+|for\\s+)?(?:the\\s+|any\\s+)?(${list})${suffix}\\b`, 'gi');
  ctx.work.scan(exclude, (m) => addDepartments(ctx, 'exclude', m[1], aliases));
  // "experience in sales" describes the person, not the job they applied to.
  const within = cachedRegExp(`(?<!(?:experience|background|worked|working|career|skills|years)\\s)\\b(?:in|for|from|within|across)\\s+(?:the\\s+|our\\s+|any\\s+)?(${list})(?:\\s+(?:department|dept|team|org|organization|${ROLE_WORD})\\b|${CLAUSE_END})`, 'gi');
  ctx.work.scan(within, (m) => addDepartments(ctx, 'department', m[1], aliases));
  const labelled = cachedRegExp(`\\b(${list})\\s+(?:department|dept|team|org|${ROLE_WORD})\\b`, 'gi');
  ctx.work.scan(labelled, (m) => addDepartments(ctx, 'department', m[1], aliases));
}

function addDepartments(ctx: ParseContext, key: 'department' | 'exclude', span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span, aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, 'department', values, key === 'exclude');
  return true;
}

/** "tagged silver medalist", "with the Boomerang tag", or a multi-word tag named outright ("silver medalists"). */
export function extractTags(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'tagAliases', () => buildAliases(uniqueValues(ctx.vocab.tags), []));
  const list = aliasListPattern(aliases);
  ctx.work.scan(cachedRegExp(`\\b(?:tagged(?:\\s+(?:as|with))?|tags?\\s*(?:is|:|=)?|with\\s+(?:the\\s+|a\\s+)?tag)\\s+["']?(${list})["']?`, 'gi'), (m) => addTags(ctx, m[1], aliases));
  ctx.work.scan(cachedRegExp(`\\b(?:with\\s+)?(?:the\\s+|a\\s+)?["']?(${list})["']?\\s+tags?\\b`, 'gi'), (m) => addTags(ctx, m[1], aliases));
  const distinctive = memo(ctx.vocab, 'distinctiveTags', () => {
    const known = new Set([...ctx.vocab.skills, ...ctx.vocab.titles].map(normalize));
    return aliases.filter((a) => !known.has(a.phrase) && (a.phrase.includes(' ') || a.phrase.length >= 6) && !NUMBER_WORD.test(a.phrase));
  });
  ctx.work.scan(cachedRegExp(`\\b(${aliasListPattern(distinctive)})\\b`, 'gi'), (m) => addTags(ctx, m[1], distinctive));
}

function addTags(ctx: ParseContext, span: string, aliases: Alias[]): boolean {
  const values = valuesIn(span, aliases);
  if (values.length === 0) return false;
  addFilterValues(ctx, 'tag', values);
  return true;
}

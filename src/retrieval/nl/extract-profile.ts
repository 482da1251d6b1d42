import { aliasListPattern, buildAliases, valuesIn } from './aliases.js';
import { numberValue } from './extract-dates.js';
import { locationNames, normalize, uniqueValues } from './vocabulary.js';
import { cachedRegExp, memo } from './memo.js';
import { addFilterValues, type ParseContext } from './work-text.js';

/*
 * Profile filters: location, years of experience, companies, schools, degrees, titles, and result
 * limits. Only explicit statements map; "senior" never becomes a number of years.
 */

const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const YEARS = '(?:\\+\\s*)?(?:years?|yrs?|yoe)';
const EXTRA_NUMBERS: Record<string, number> = { fifteen: 15, twenty: 20 };
const num = (t: string) => EXTRA_NUMBERS[t.toLowerCase()] ?? numberValue(t);

/** "5+ years", "at least 5 years", "3-7 years", "under 2 years", "10 or more years of experience". */
export function extractYears(ctx: ParseContext): void {
  const tail = '(?:\\s+(?:of\\s+)?(?:(?:professional|relevant|industry|work)\\s+)?(?:experience|exp)\\b)?';
  const set = (min?: number, max?: number) => {
    ctx.filters.yearsExperience = { ...(ctx.filters.yearsExperience ?? {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    return true;
  };
  ctx.work.scan(cachedRegExp(`\\b(?:between\\s+)?${NUM}\\s*(?:-|–|to|and)\\s*${NUM}\\s*${YEARS}${tail}`, 'gi'), (m) => set(num(m[1]), num(m[2])));
  ctx.work.scan(cachedRegExp(`\\b${NUM}\\s*\\+\\s*${YEARS}?${tail}`, 'gi'), (m) => (/\d|years?|yrs?|yoe|experience/i.test(m[0]) && /year|yrs?|yoe|exp/i.test(m[0]) ? set(num(m[1])) : false));
  ctx.work.scan(cachedRegExp(`\\b(?:at\\s+least|minimum(?:\\s+of)?|min\\.?|over|more\\s+than|no\\s+less\\s+than)\\s+${NUM}\\s*${YEARS}${tail}`, 'gi'), (m) => set(num(m[1])));
  ctx.work.scan(cachedRegExp(`\\b${NUM}\\s+or\\s+more\\s+${YEARS}${tail}`, 'gi'), (m) => set(num(m[1])));
  ctx.work.scan(cachedRegExp(`\\b(?:under|less\\s+than|fewer\\s+than|at\\s+most|up\\s+to|no\\s+more\\s+than|max(?:imum)?(?:\\s+of)?)\\s+${NUM}\\s*${YEARS}${tail}`, 'gi'), (m) => set(undefined, num(m[1])));
  ctx.work.scan(cachedRegExp(`\\b(?:with\\s+)?${NUM}\\s*${YEARS}\\s+(?:of\\s+)?(?:(?:professional|relevant|industry|work)\\s+)?(?:experience|exp)\\b`, 'gi'), (m) => set(num(m[1])));
}

/** "in Berlin", "based in Seattle", "Berlin-based"; an unknown place only after "based/located/living in". */
export function extractLocations(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'locationAliases', () => buildAliases(locationNames(ctx.vocab), [{ phrases: ['nyc', 'new york city'], target: /^new york/i }, { phrases: ['sf', 'bay area'], target: /^san francisco/i }]));
  const list = aliasListPattern(aliases);
  const cue = '(?:in|based\\s+in|located\\s+in|living\\s+in|lives\\s+in|from|near|around|out\\s+of|within|relocating\\s+to|open\\s+to)';
  ctx.work.scan(cachedRegExp(`\\b(?:${cue}\\s+(?:the\\s+)?)?(${list})(?:[\\s-]+based)?\\b`, 'gi'), (m) => {
    const values = valuesIn(m[1], aliases);
    if (values.length === 0) return false;
    addFilterValues(ctx, 'location', values);
    return true;
  });
  ctx.work.scan(/\b(?:based|located|living|residing)\s+(?:in|near|around)\s+([A-Z][\p{L}'.-]+(?:\s+[A-Z][\p{L}'.-]+)?)/gu, (m) => {
    addFilterValues(ctx, 'location', [m[1]]);
    ctx.notes.push(`"${m[1]}" is not a location in this account's data; searching for it anyway`);
    return true;
  });
}

const COMPANY = "([A-Z][\\w&.'-]*(?:\\s+(?:[A-Z][\\w&.'-]*|&))*)";

/** "currently at Stripe" → currentCompany; "ex-Google", "previously at Acme" → pastCompany (capitalised names only). */
export function extractCompanies(ctx: ParseContext): void {
  const knownTitles = memo(ctx.vocab, 'titleSet', () => new Set(ctx.vocab.titles.map(normalize)));
  ctx.work.scan(cachedRegExp(`\\b(?:currently|now)\\s+(?:works?\\s+|working\\s+|employed\\s+)?(?:at|for|with)\\s+${COMPANY}`, 'g'), (m) => company(ctx, 'currentCompany', m[1]));
  ctx.work.scan(cachedRegExp(`\\b(?:works?|working)\\s+(?:at|for)\\s+${COMPANY}`, 'g'), (m) => company(ctx, 'currentCompany', m[1]));
  ctx.work.scan(cachedRegExp(`\\b(?:formerly|previously|once)\\s+(?:worked\\s+)?(?:at|with|of)\\s+${COMPANY}|\\b(?:used\\s+to\\s+work|who\\s+worked|worked|have\\s+worked)\\s+(?:at|for)\\s+${COMPANY}`, 'g'), (m) =>
    company(ctx, 'pastCompany', m[1] ?? m[2]),
  );
  ctx.work.scan(/\bex[-\s]([A-Za-z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)/g, (m) => {
    if (knownTitles.has(normalize(m[1]))) {
      addFilterValues(ctx, 'pastTitle', [titleCase(m[1], ctx)]);
      return true;
    }
    return company(ctx, 'pastCompany', m[1]);
  });
}

function company(ctx: ParseContext, key: 'currentCompany' | 'pastCompany', name: string | undefined): boolean {
  if (!name) return false;
  addFilterValues(ctx, key, [name.trim()]);
  return true;
}

function titleCase(text: string, ctx: ParseContext): string {
  return ctx.vocab.titles.find((t) => normalize(t) === normalize(text)) ?? text;
}

/** "went to Stanford", "MIT grads", "studied at University of Washington". */
export function extractSchools(ctx: ParseContext): void {
  const name = "([A-Z][\\w&.'-]*(?:\\s+(?:of|at|the|[A-Z][\\w&.'-]*))*(?:,\\s+[A-Z][\\w'-]+)?)";
  ctx.work.scan(cachedRegExp(`\\b(?:went\\s+to|studied\\s+at|graduated\\s+from|graduates?\\s+of|grads?\\s+of|alumni\\s+of|alums?\\s+of|degree\\s+from|attended)\\s+(?:the\\s+)?${name}`, 'g'), (m) => {
    addFilterValues(ctx, 'school', [m[1].replace(/\s+(?:of|at|the)$/, '')]);
    return true;
  });
  // "an MBA from Columbia": take only "from Columbia" so the degree rule still sees "MBA".
  ctx.work.scan(cachedRegExp(`\\b(?:MBA|mba|PhD|phd|Ph\\.D\\.?|[Dd]egree|[Bb]achelor'?s|[Mm]aster'?s|BSc|MSc|BA|BS|MS)\\s+((?:from|at)\\s+(?:the\\s+)?${name})`, 'g'), (m) => {
    addFilterValues(ctx, 'school', [m[2].replace(/^(?:from|at)\s+(?:the\s+)?/, '').replace(/\s+(?:of|at|the)$/, '')]);
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    return [start, start + m[1].length];
  });
  ctx.work.scan(/\b([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)\s+(?:grads|graduates|alumni|alums)\b/g, (m) => {
    addFilterValues(ctx, 'school', [m[1]]);
    return true;
  });
}

type Degree = 'high school' | 'associate' | 'bachelor' | 'master' | 'doctorate' | 'certificate/diploma';

/** "PhDs", "with a master's", "MBA", "bachelor's degree". */
export function extractDegrees(ctx: ParseContext): void {
  const rules: [RegExp, Degree][] = [
    [/\b(?:with\s+(?:an?\s+)?)?(?:ph\.?\s?d\.?s?|doctorates?|doctoral\s+degrees?)\b/gi, 'doctorate'],
    [/\b(?:with\s+(?:an?\s+)?)?(?:master'?s(?:\s+degrees?)?|masters?\s+degrees?|m\.?sc|mbas?|ms\s+degree)\b/gi, 'master'],
    [/\b(?:with\s+(?:an?\s+)?)?(?:bachelor'?s(?:\s+degrees?)?|bachelors?\s+degrees?|b\.?sc|ba\s+degree|bs\s+degree|undergrad(?:uate)?\s+degree)\b/gi, 'bachelor'],
    [/\b(?:with\s+(?:an?\s+)?)?associate'?s?\s+degrees?\b/gi, 'associate'],
  ];
  for (const [pattern, degree] of rules) {
    ctx.work.scan(pattern, () => {
      const current = ctx.filters.degree ?? [];
      if (!current.includes(degree)) ctx.filters.degree = [...current, degree];
      return true;
    });
  }
}

/** "currently a Product Manager" → currentTitle; "used to be a Data Scientist" → pastTitle (known titles only). */
export function extractTitles(ctx: ParseContext): void {
  const aliases = memo(ctx.vocab, 'titleAliases', () => buildAliases(uniqueValues(ctx.vocab.titles), []));
  const list = aliasListPattern(aliases);
  ctx.work.scan(cachedRegExp(`\\b(?:currently|now)\\s+(?:working\\s+as\\s+|an?\\s+|as\\s+an?\\s+)+(${list})\\b|\\bcurrent\\s+title\\s*(?:is|:|=|of)?\\s*(${list})\\b`, 'gi'), (m) => {
    addFilterValues(ctx, 'currentTitle', valuesIn(m[1] ?? m[2], aliases));
    return true;
  });
  ctx.work.scan(cachedRegExp(`\\b(?:used\\s+to\\s+be|previously|formerly|former|once|have\\s+been|has\\s+been|worked\\s+as|past\\s+title\\s*(?:is|:)?)\\s+(?:an?\\s+)?(${list})\\b`, 'gi'), (m) => {
    addFilterValues(ctx, 'pastTitle', valuesIn(m[1], aliases));
    return true;
  });
}

/** "top 50", "first 10", "show me 25", "30 candidates", "limit 100". */
export function extractLimit(ctx: ParseContext): void {
  const set = (text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) return false;
    ctx.limit = Math.min(n, 500);
    return true;
  };
  ctx.work.scan(/\b(?:top|first|best|limit(?:\s+to)?|up\s+to|max(?:imum)?)\s+(\d{1,3})\b(?!\s*(?:\+|years?|yrs?|%))/gi, (m) => set(m[1]));
  ctx.work.scan(/\b(?:show|give|find|get|list|pull|send)\s+(?:me\s+|us\s+)?(\d{1,3})\b(?!\s*(?:\+|years?|yrs?|%))/gi, (m) => set(m[1]));
  ctx.work.scan(/\b(\d{1,3})\s+(?:candidates|people|results|profiles|folks|applicants|names|matches)\b/gi, (m) => set(m[1]));
}

/** "must know Kubernetes", "must have Go and Rust", "required: Terraform" → required Boolean phrases. */
export function extractMustHaves(ctx: ParseContext): void {
  const skills = memo(ctx.vocab, 'skillList', () => aliasListPattern(buildAliases(uniqueValues(ctx.vocab.skills), [])));
  const item = `(?:${skills}|[\\w+#.]+(?![-\\w]))`;
  const cue = '(?:must\\s+(?:know|have|be\\s+(?:fluent|proficient|skilled|experienced)\\s+in)|has\\s+to\\s+know|have\\s+to\\s+know|needs?\\s+to\\s+know|required\\s*:|requires?|must-have\\s*:?)';
  ctx.work.scan(cachedRegExp(`\\b${cue}\\s+(${item}(?:\\s*(?:,|and|&)\\s*${item})*)(?:\\s+(?:experience|skills?))?`, 'gi'), (m) => {
    const parts = m[1].split(/\s*(?:,|\band\b|&)\s*/i).map((p) => p.trim()).filter(Boolean);
    for (const p of parts) ctx.booleanParts.push(`"${p.replace(/"/g, '')}"`);
    return true;
  });
}

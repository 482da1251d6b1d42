import { AppError } from '../../shared/errors.js';
import { parseBoolean } from '../query/boolean-parser.js';
import type { SearchRequestInput } from '../query/search-request.js';
import { extractDates } from './extract-dates.js';
import { extractDepartments, extractJobs, extractRecruiters, extractRejectionReasons, extractSources, extractStages, extractStatus, extractTags } from './extract-pipeline.js';
import { extractCompanies, extractDegrees, extractLimit, extractLocations, extractMustHaves, extractSchools, extractTitles, extractYears } from './extract-profile.js';
import { extractBooleanSyntax, extractExclusions, remainingText } from './free-text.js';
import type { Vocabulary } from './vocabulary.js';
import { WorkText, type ParseContext } from './work-text.js';

/** A request mapped onto the query language, with what could not be mapped and how it was read. */
export interface NlParse {
  request: SearchRequestInput;
  /** Phrases that looked like a filter but name nothing in this account (kept as free text). */
  unmapped: string[];
  /** One line per interpretation, for showing the user how their words were read. */
  notes: string[];
}

/*
 * The order matters: specific phrasings are taken before the general ones that could swallow their
 * words ("rejected for comp" before "rejected" as a status, "sourced by Maya" before "sourced" as a
 * source, schools before locations so "University of Texas at Austin" stays whole, jobs before
 * departments so "any platform job" means jobs titled Platform).
 */
const RULES: ((ctx: ParseContext) => void)[] = [
  extractBooleanSyntax,
  extractMustHaves,
  extractDates,
  extractYears,
  extractLimit,
  extractRejectionReasons,
  extractStages,
  extractRecruiters,
  extractSources,
  extractJobs,
  extractDepartments,
  extractTags,
  extractSchools,
  extractDegrees,
  extractTitles,
  extractCompanies,
  extractLocations,
  extractStatus,
  extractExclusions,
];

/** The offline parser: recruiters' phrasing → SearchRequest, using only the account's own vocabulary. */
export function parseNaturalLanguage(requestText: string, vocab: Vocabulary, opts: { now: Date }): NlParse {
  const ctx: ParseContext = { work: new WorkText(requestText), vocab, now: opts.now, filters: {}, booleanParts: [], notes: [], unmapped: [] };
  for (const rule of RULES) rule(ctx);

  let text = remainingText(ctx);
  let boolean: string | undefined = combineBoolean(ctx.booleanParts);
  if (boolean !== undefined) {
    try {
      parseBoolean(boolean);
    } catch (error) {
      if (!AppError.isInstance(error)) throw error;
      ctx.notes.push(`Could not read "${boolean}" as a Boolean query (${error.message.split('\n')[0]}); searched it as free text`);
      text = [boolean.replace(/[()"]/g, ' ').replace(/\s+/g, ' ').trim(), text].filter(Boolean).join(' ');
      boolean = undefined;
    }
  }

  const request: SearchRequestInput = { filters: ctx.filters };
  if (text) request.text = text;
  if (boolean) request.boolean = boolean;
  if (ctx.limit !== undefined) request.limit = ctx.limit;
  return { request, unmapped: ctx.unmapped, notes: ctx.notes };
}

function combineBoolean(parts: string[]): string | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return parts.map((p) => (/\sOR\s/.test(p) && !/^\(.*\)$/.test(p) ? `(${p})` : p)).join(' ');
}

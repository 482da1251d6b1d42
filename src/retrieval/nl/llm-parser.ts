import { generateText, Output, type LanguageModel } from 'ai';
import { AppError } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import { parseBoolean } from '../query/boolean-parser.js';
import { SearchRequest, type ExcludeFilters, type SearchRequestInput } from '../query/search-request.js';
import { buildAliases, stageAliases, valuesIn, type Alias } from './aliases.js';
import { llmOutputSchema, systemPrompt, type LlmSearchOutput, type LlmValueFields } from './llm-schema.js';
import { memo } from './memo.js';
import { parseNaturalLanguage, type NlParse } from './offline-parser.js';
import { fieldWords } from './interpretation.js';
import { jobTitles, normalize, stageTitles, uniqueValues, type NlVocabulary } from './vocabulary.js';
import type { MutableFilters } from './work-text.js';

interface LlmParse extends NlParse {
  parser: 'llm' | 'offline';
}

type VocabKey = 'stage' | 'stageReached' | 'job' | 'department' | 'recruiter' | 'source' | 'rejectionReason' | 'tag';
type FreeKey = 'currentTitle' | 'pastTitle' | 'currentCompany' | 'pastCompany' | 'skill' | 'school';

function vocabAliases(vocab: NlVocabulary): Record<VocabKey, Alias[]> {
  return memo(vocab, 'llmAliases', () => {
    const stages = stageAliases(stageTitles(vocab));
    return {
      stage: stages,
      stageReached: stages,
      job: buildAliases(jobTitles(vocab), []),
      department: buildAliases(uniqueValues(vocab.departments), []),
      recruiter: buildAliases(uniqueValues(vocab.recruiters.map((r) => r.name)), []),
      source: buildAliases(uniqueValues(vocab.sources.map((s) => s.title)), []),
      rejectionReason: buildAliases(uniqueValues(vocab.rejectionReasons.map((r) => r.text)), []),
      tag: buildAliases(uniqueValues(vocab.tags), []),
    };
  });
}

/** Map one model-supplied value onto the account's own spelling, or null when the account has no such value. */
function resolve(value: string, aliases: Alias[]): string | null {
  const exact = aliases.find((a) => a.phrase === normalize(value) && a.values.length === 1);
  if (exact) return exact.values[0];
  const found = valuesIn(value, aliases);
  return found.length === 1 && normalize(found[0]).length >= normalize(value).length - 3 ? found[0] : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Collected {
  notes: string[];
  unmapped: string[];
  extraText: string[];
}

/**
 * The value-list fields of one side (positive or `exclude`), checked against the vocabulary. A value
 * the account lacks never becomes a filter: positive ones go to free text; an excluded one is dropped
 * with a note (searching the words of something the recruiter said NOT to want would reverse it).
 */
function valueFilters(fields: LlmValueFields, vocab: NlVocabulary, negated: boolean, out: Collected): ExcludeFilters {
  const filters: Record<string, unknown> = {};
  const aliases = vocabAliases(vocab);
  const side = negated ? 'excluding the ' : '';
  for (const key of Object.keys(aliases) as VocabKey[]) {
    const values = fields[key];
    if (!values?.length) continue;
    const kept: string[] = [];
    for (const v of values) {
      const resolved = resolve(v, aliases[key]);
      if (resolved) {
        if (!kept.includes(resolved)) kept.push(resolved);
        continue;
      }
      out.unmapped.push(v);
      if (negated) out.notes.push(`Could not apply "not ${v}": this account has no ${fieldWords(key)} of that name`);
      else {
        out.extraText.push(v);
        out.notes.push(`The model suggested ${side}${fieldWords(key)} "${v}", which this account does not have; searched it as free text`);
      }
    }
    if (kept.length) filters[key] = kept;
  }
  for (const key of ['currentTitle', 'pastTitle', 'currentCompany', 'pastCompany', 'skill', 'school'] as FreeKey[]) {
    const values = fields[key]?.map((v) => v.trim()).filter(Boolean);
    if (values?.length) filters[key] = uniqueValues(values);
  }
  if (fields.location?.length) {
    const known = uniqueValues(vocab.locations);
    const locations = fields.location.map((l) => known.find((k) => normalize(k) === normalize(l)) ?? l.trim()).filter(Boolean);
    if (locations.length) filters.location = uniqueValues(locations);
  }
  if (fields.applicationStatus?.length) filters.applicationStatus = [...new Set(fields.applicationStatus)];
  if (fields.degree?.length) filters.degree = [...new Set(fields.degree)];
  return filters as ExcludeFilters;
}

/**
 * Check every value the model produced against the vocabulary: known values are normalised to the
 * account's spelling, unknown ones are dropped into free text with a note. Throws when the result is
 * not a valid SearchRequest.
 */
function normaliseLlmOutput(output: LlmSearchOutput, vocab: NlVocabulary): NlParse {
  const collected: Collected = { notes: [], unmapped: [], extraText: [] };
  const { notes, unmapped, extraText } = collected;
  const filters: MutableFilters = { ...valueFilters(output, vocab, false, collected) };
  if (output.exclude) {
    const exclude = valueFilters(output.exclude, vocab, true, collected);
    if (Object.keys(exclude).length) filters.exclude = exclude;
  }
  for (const [key, after, before] of [['updated', output.updatedAfter, output.updatedBefore], ['applied', output.appliedAfter, output.appliedBefore]] as const) {
    const range: { after?: string; before?: string } = {};
    for (const [bound, value] of [['after', after], ['before', before]] as const) {
      if (value === null) continue;
      if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) range[bound] = value;
      else notes.push(`Ignored ${fieldWords(key)} ${bound === 'after' ? 'since' : 'before'} "${value}": not a YYYY-MM-DD date`);
    }
    if (range.after || range.before) filters[key] = range;
  }
  if (output.yearsMin !== null || output.yearsMax !== null) {
    filters.yearsExperience = {
      ...(output.yearsMin !== null && output.yearsMin >= 0 ? { min: output.yearsMin } : {}),
      ...(output.yearsMax !== null && output.yearsMax >= 0 ? { max: output.yearsMax } : {}),
    };
  }

  let boolean = output.boolean?.trim() || undefined;
  if (boolean) {
    try {
      parseBoolean(boolean);
    } catch (error) {
      if (!AppError.isInstance(error)) throw error;
      notes.push(`The model's Boolean query "${boolean}" is malformed; searched it as free text`);
      extraText.push(boolean.replace(/[()"]/g, ' '));
      boolean = undefined;
    }
  }
  const text = [output.text?.trim(), ...extraText].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  const request: SearchRequestInput = { filters };
  if (text) request.text = text;
  if (boolean) request.boolean = boolean;
  if (output.limit !== null && output.limit >= 1) request.limit = Math.min(Math.round(output.limit), 500);
  SearchRequest.parse(request);
  return { request, unmapped, notes };
}

/**
 * Parse a request with a language model (structured output, account vocabulary in the prompt).
 * Any failure (network, schema, validation) falls back to the offline parser, with a note saying so.
 */
export async function parseWithLlm(requestText: string, vocab: NlVocabulary, opts: { model: LanguageModel; now: Date }): Promise<LlmParse> {
  try {
    const result = await generateText({
      model: opts.model,
      system: systemPrompt(vocab, opts.now),
      prompt: requestText,
      output: Output.object({ schema: llmOutputSchema(vocab) }),
      maxRetries: 1,
    });
    return { ...normaliseLlmOutput(llmOutputSchema(vocab).parse(result.output), vocab), parser: 'llm' };
  } catch (error) {
    // Only the error's name: model output and messages may quote the request, which can name people.
    logger.warn({ errorName: error instanceof Error ? error.name : typeof error }, 'LLM request parsing failed; using the offline parser');
    const offline = parseNaturalLanguage(requestText, vocab, { now: opts.now });
    return { ...offline, notes: ['The language model could not parse this request; used the offline parser', ...offline.notes], parser: 'offline' };
  }
}

/** The NL parser a door uses: the LLM when a model is configured, the offline parser otherwise. */
export function createNlParser(deps: { vocab: NlVocabulary; model?: LanguageModel | null }) {
  return {
    parse(requestText: string, now: Date = new Date()): Promise<LlmParse> {
      if (deps.model) return parseWithLlm(requestText, deps.vocab, { model: deps.model, now });
      return Promise.resolve({ ...parseNaturalLanguage(requestText, deps.vocab, { now }), parser: 'offline' as const });
    },
  };
}

import { ambiguousTitleAbbreviation } from '../../vocabulary/title-abbreviations.js';
import type { JobSpec } from './job-requirements.js';
import { jobTitleHead } from './job-requirements.js';
import { occupationNamesTitle, titleWordsHeadLast } from './title-identity.js';

const listWords = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/**
 * The job's occupation as a summary line says it (`rediscovery rediscover`), with the confidence the
 * reasons use (issue 12): a confident O*NET mapping by name and code; a guess or an ambiguous title as
 * "nearest"; a name that fits the title only on its generic head ("Marketing Managers" for a Product
 * Manager) not as the job's occupation at all.
 */
export function jobOccupationWords(job: Pick<JobSpec, 'title' | 'canonicalTitle' | 'occupationCode' | 'occupationTitle' | 'occupationMatch' | 'occupationAmbiguous'>): string {
  const name = job.occupationTitle;
  if (!name || !job.occupationCode) return 'occupation unknown';
  const title = job.title ? jobTitleHead(job.title) : job.canonicalTitle;
  const ambiguous = title ? ambiguousTitleAbbreviation(titleWordsHeadLast(title, true)) : null;
  if (ambiguous) return `occupation not named ("${ambiguous.word.toUpperCase()}" may be ${listWords(ambiguous.readings)})`;
  if (!occupationNamesTitle(title, name)) return `occupation not named (O*NET files the title under ${name}, a different field)`;
  if (job.occupationMatch !== 'exact' || job.occupationAmbiguous) return `occupation uncertain (nearest: ${name}, ${job.occupationCode})`;
  return `occupation ${name} (${job.occupationCode})`;
}

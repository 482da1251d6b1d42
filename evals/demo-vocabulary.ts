import { describeVocabulary, seedAccount, type SeedVocabulary } from '../src/sync/fake/seed.js';
import { CANDIDATE_LOCATIONS, JOB_FAMILIES } from '../src/sync/fake/vocabulary.js';
import { uniqueValues, type NlVocabulary } from '../src/retrieval/nl/vocabulary.js';

/** Adapt the fake account's description (names only) to the parser's Vocabulary, with synthetic ids. */
function vocabularyFromAccount(account: SeedVocabulary, extra: { skills?: string[]; titles?: string[]; locations?: string[] } = {}): NlVocabulary {
  const id = (kind: string, i: number) => `${kind}-${i + 1}`;
  return {
    jobs: account.jobs.map((j, i) => ({ id: id('job', i), title: j.title, department: j.department })),
    stages: account.stages.map((title, i) => ({ id: id('stage', i), title, type: '', order: i })),
    recruiters: account.recruiters.map((name, i) => ({ id: id('user', i), name })),
    sources: account.sources.map((title, i) => ({ id: id('source', i), title })),
    rejectionReasons: account.archiveReasons.map((text, i) => ({ id: id('reason', i), text, reasonType: '' })),
    departments: account.departments,
    locations: uniqueValues([...account.locations, ...(extra.locations ?? [])]),
    tags: account.tags,
    skills: extra.skills ?? [],
    titles: extra.titles ?? [],
  };
}

/**
 * The demo account's vocabulary, built from the seeded fake Ashby (stable for a seed). Skills,
 * titles and candidate cities come from the fake's curated lists, as the mirror would show them.
 */
export function demoVocabulary(seed = 1): NlVocabulary {
  const account = describeVocabulary(seedAccount({ seed, candidates: 0 }));
  return vocabularyFromAccount(account, {
    skills: uniqueValues(JOB_FAMILIES.flatMap((f) => f.skills)),
    titles: uniqueValues(JOB_FAMILIES.flatMap((f) => f.titles)),
    locations: CANDIDATE_LOCATIONS.map((l) => l.city),
  });
}

import type { Catalog } from './types.js';
import { valueVocabulary, type VocabularyDimension } from '../facets/value-vocabulary.js';

export interface VocabularyValue {
  value: string;
  count: number;
}

/** The account's vocabulary with candidate counts: what filters accept and what the NL parser knows. */
export interface CatalogVocabulary {
  jobs: VocabularyValue[];
  departments: VocabularyValue[];
  stages: VocabularyValue[];
  recruiters: VocabularyValue[];
  sources: VocabularyValue[];
  rejectionReasons: VocabularyValue[];
  tags: VocabularyValue[];
  locations: VocabularyValue[];
  skills: VocabularyValue[];
  titles: VocabularyValue[];
  companies: VocabularyValue[];
  schools: VocabularyValue[];
}

const VOCABULARY_OF_FILTER: Record<string, VocabularyDimension> = {
  job: 'job', department: 'department', stage: 'stage', stageReached: 'stage',
  recruiter: 'recruiter', source: 'source', rejectionReason: 'rejectionReason', tag: 'tag',
  currentTitle: 'title', pastTitle: 'title', title: 'title', currentCompany: 'company', pastCompany: 'company', company: 'company',
  location: 'location', skill: 'skill', school: 'school',
};

/** Values of one dimension (a filter key such as `stage` or a vocabulary name such as `title`), most frequent first. */
export function filterValues(catalog: Catalog, dimension: string, limit?: number): VocabularyValue[] {
  const dim = VOCABULARY_OF_FILTER[dimension];
  if (!dim) return [];
  const out = [...valueVocabulary(catalog)[dim].values()]
    .map((e) => ({ value: e.value, count: e.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return limit ? out.slice(0, limit) : out;
}

export function buildVocabulary(catalog: Catalog, limit = 500): CatalogVocabulary {
  const v = (d: string) => filterValues(catalog, d, limit);
  return {
    jobs: v('job'), departments: v('department'), stages: v('stage'), recruiters: v('recruiter'), sources: v('source'),
    rejectionReasons: v('rejectionReason'), tags: v('tag'), locations: v('location'), skills: v('skill'), titles: v('title'),
    companies: v('company'), schools: v('school'),
  };
}

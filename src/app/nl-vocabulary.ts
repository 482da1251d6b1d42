import type { Db } from '../store/db.js';
import { readAccountEntities } from '../store/account-entities.js';
import type { NlVocabulary } from '../retrieval/nl/vocabulary.js';
import type { CatalogVocabulary } from '../retrieval/service.js';

/**
 * The NL parsers' vocabulary, read from the mirror: entities with ids from the reference tables,
 * and the enriched facts (locations, skills, titles) from the search catalog, most common first.
 */
export function nlVocabularyFromMirror(db: Db, catalog: CatalogVocabulary, limits = { skills: 2000, titles: 2000, locations: 500 }): NlVocabulary {
  const entities = readAccountEntities(db);
  return {
    ...entities,
    locations: catalog.locations.slice(0, limits.locations).map((v) => v.value),
    skills: catalog.skills.slice(0, limits.skills).map((v) => v.value),
    titles: catalog.titles.slice(0, limits.titles).map((v) => v.value),
  };
}

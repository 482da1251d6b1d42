import type { Db } from '../store/db.js';
import type { NlVocabulary } from '../retrieval/nl/vocabulary.js';
import type { RetrievalService } from '../retrieval/service.js';

/**
 * The NL parsers' vocabulary, read from the mirror: entities with ids from the reference tables,
 * and the enriched facts (locations, skills, titles) from the search catalog, most common first.
 */
export function nlVocabularyFromMirror(db: Db, retrieval: RetrievalService, limits = { skills: 2000, titles: 2000, locations: 500 }): NlVocabulary {
  const c = db.$client;
  const all = <T>(sql: string) => c.prepare(sql).all() as T[];
  const catalog = retrieval.vocabulary();
  return {
    jobs: all<{ id: string; title: string; department: string | null }>(
      // Confidential jobs are not words the shared parser knows (nor values an LLM prompt lists).
      `SELECT j.id, j.title, d.name AS department FROM jobs j LEFT JOIN departments d ON d.id = j.department_id WHERE j.confidential = 0`,
    ),
    stages: all<{ id: string; title: string; type: string | null; order: number }>(
      `SELECT id, title, type, order_in_plan AS "order" FROM interview_stages`,
    ).map((s) => ({ ...s, type: s.type ?? '' })),
    recruiters: all<{ id: string; first: string | null; last: string | null }>(`SELECT id, first_name AS first, last_name AS last FROM users`)
      .map((u) => ({ id: u.id, name: [u.first, u.last].filter(Boolean).join(' ') }))
      .filter((u) => u.name),
    sources: all<{ id: string; title: string }>(`SELECT id, title FROM sources`),
    rejectionReasons: all<{ id: string; text: string; reasonType: string | null }>(`SELECT id, text, reason_type AS reasonType FROM archive_reasons`).map((r) => ({
      ...r,
      reasonType: r.reasonType ?? 'Other',
    })),
    departments: all<{ name: string }>(`SELECT name FROM departments`).map((d) => d.name),
    locations: catalog.locations.slice(0, limits.locations).map((v) => v.value),
    tags: all<{ title: string }>(`SELECT title FROM tags`).map((t) => t.title),
    skills: catalog.skills.slice(0, limits.skills).map((v) => v.value),
    titles: catalog.titles.slice(0, limits.titles).map((v) => v.value),
  };
}

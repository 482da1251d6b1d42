import type { InferInsertModel } from 'drizzle-orm';
import type { Db } from '../db.js';
import { tags } from '../schema.js';
import { columnList, everyKey, prepared } from './prepared.js';

/** A tag as it arrives embedded in a candidate: every column of `tags`. */
type TagRow = Required<InferInsertModel<typeof tags>>;

const TAG_COLUMNS = columnList(tags, everyKey<TagRow>()(['id', 'title', 'isArchived', 'raw']));
// A tag already mirrored (by candidateTag.list or an earlier candidate) is kept as it is.
const INSERT_TAG = `INSERT INTO tags (${TAG_COLUMNS.names.join(', ')}) VALUES (${TAG_COLUMNS.names.map(() => '?').join(', ')}) ON CONFLICT DO NOTHING`;

/** Replace the candidate's tags with `tagRows`, adding any tag the mirror does not have yet. */
export function replaceCandidateTags(db: Db, candidateId: string, tagRows: readonly TagRow[]): void {
  prepared(db, 'DELETE FROM candidate_tags WHERE candidate_id = ?').run(candidateId);
  for (const tag of tagRows) {
    prepared(db, INSERT_TAG).run(...TAG_COLUMNS.values(tag));
    prepared(db, 'INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(candidateId, tag.id);
  }
}

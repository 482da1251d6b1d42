import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { seedFixtureAccount, upsertCandidates } from '../../../test/support/search-mirror.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';
import { createRetrievalService } from '../service.js';
import { openIndexWriter } from './index-writer.js';

/*
 * The catalog-free index writer (serve's indexer thread): it drains the outbox into an index a
 * reader then searches, and its compaction keeps the vectors table from growing a version and a
 * fragment per batch for ever (both counted on disk), without losing a vector.
 */

const embedder = createHashEmbedder(16);
let dir: string;
let db: Db;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'index-writer-'));
  db = openDb(path.join(dir, 'mirror.db'));
  seedFixtureAccount(db);
});
afterEach(() => {
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const indexDir = () => path.join(dir, 'index');
const versions = () => fs.readdirSync(path.join(indexDir(), 'lance', 'vectors.lance', '_versions')).length;
const fragments = () => fs.readdirSync(path.join(indexDir(), 'lance', 'vectors.lance', 'data')).length;

/** Eight changes drained one pass each; the table's versions and fragments on disk afterwards. */
async function eightChanges(compaction: { everyMs: number; keepVersionsMs: number }, prefix: string) {
  const writer = await openIndexWriter({ db, indexDir: indexDir(), embedder, beforeIndexing: refreshStaleProfiles(db), compaction });
  const loop = writer.start({ intervalMs: 60_000 });
  for (let i = 0; i < 8; i++) {
    upsertCandidates(db, [{ id: `${prefix}${i}`, name: `Person ${i}`, position: 'Welder', resume: `Welder number ${i}, pipe welding and fabrication.` }]);
    await loop.idle();
  }
  await loop.idle();
  await writer.close();
  return { versions: versions(), fragments: fragments() };
}

describe('index writer', () => {
  it('drains change after change; compaction bounds versions and fragments and keeps every vector', async () => {
    const never = await eightChanges({ everyMs: Number.POSITIVE_INFINITY, keepVersionsMs: 0 }, 'a');
    const grown = await eightChanges({ everyMs: Number.POSITIVE_INFINITY, keepVersionsMs: 0 }, 'b');
    // Without compaction every batch adds versions and a fragment.
    expect(grown.versions).toBeGreaterThanOrEqual(never.versions + 8);
    expect(grown.fragments).toBeGreaterThanOrEqual(never.fragments + 8);
    const compacted = await eightChanges({ everyMs: 0, keepVersionsMs: 0 }, 'c');
    expect(compacted.versions).toBeLessThan(grown.versions);
    expect(compacted.fragments).toBeLessThan(grown.fragments);

    const reader = await createRetrievalService({ db, beforeIndexing: () => {}, config: { indexDir: indexDir() }, embedder, reader: true });
    const found = await reader.search({ text: 'welder', limit: 50 });
    const status = reader.syncStatus();
    await reader.close();
    expect(found.results.map((r) => r.candidateId).sort()).toEqual(['a', 'b', 'c'].flatMap((p) => Array.from({ length: 8 }, (_, i) => `${p}${i}`)).sort());
    expect(status.indexCheckpoint).toBe(24);
  });
});

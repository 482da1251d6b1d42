import type { AppConfig } from '../shared/config.js';
import { AppError } from '../shared/errors.js';
import type { Db } from '../store/db.js';
import { PUBLIC_VISIBILITY, type Visibility } from '../store/read-model/index.js';
import { catalogFor } from './catalog/load-catalog.js';
import { outboxHead, readAsOf } from './catalog/mirror-facts.js';
import { buildVocabulary, filterValues, type CatalogVocabulary, type VocabularyValue } from './catalog/vocabulary.js';
import type { Embedder } from '../embedding/embedder.js';
import { drainOutbox, runIndexerLoop, type BeforeIndexing, type DrainResult, type IndexerLoop } from './index/indexer.js';
import type { VectorPrecision } from './index/vector-store.js';
import { computeInsights, type SearchInsights } from './insights/insights.js';
import type { CompanyAttributes } from './insights/company-attributes.js';
import { relevantMembers } from './insights/relevance-floor.js';
import { SearchRequest, type SearchRequestInput, type SearchResponse } from './query/search-request.js';
import { executeSearch, foldDuplicates, type SearchContext } from './search/execute-search.js';
import { embeddingText } from './search/free-text-query.js';
import { DEFAULT_FUSION } from './search/fuse.js';
import { rankCandidates, type SearchTuning } from './search/rank.js';
import { DEFAULT_SIMILARITY_WEIGHTS } from './search/vector-similarity.js';
import { lookupIdentity, NameIndex, type ContactLookup } from './search/identity-lookup.js';
import { candidatesByEmail, candidatesByPhone } from './catalog/contact-lookup.js';
import type { Catalog } from './catalog/types.js';
import { LiveIndex } from './live-index.js';

export type { SearchInsights } from './insights/insights.js';
export type { CatalogVocabulary, VocabularyValue } from './catalog/vocabulary.js';
export type { SearchTuning } from './search/rank.js';
export type { BeforeIndexing } from './index/indexer.js';
export type { SearchRequestInput, SearchResponse } from './query/search-request.js';

export const DEFAULT_TUNING: SearchTuning = { fusion: DEFAULT_FUSION, similarity: DEFAULT_SIMILARITY_WEIGHTS };

interface RetrievalDeps {
  db: Db;
  config: Pick<AppConfig, 'indexDir'>;
  embedder: Embedder;
  /** Refresh derived profiles before indexing (the composition root wires match's refreshStaleProfiles). */
  beforeIndexing: BeforeIndexing;
  now?: () => Date;
  tuning?: SearchTuning;
  /** Drain pending outbox rows before answering (default true), so a CLI search after a sync is current. */
  autoDrain?: boolean;
  /**
   * Next to a running `serve` (the one writer): open its index read-only and never drain, so this
   * process never writes the index or the mirror and never waits on the server's writes.
   */
  reader?: boolean;
  /**
   * Build the in-memory keyword postings at open and keep them current (default true): for
   * long-lived processes. A one-shot command passes false: at 100k candidates the build costs more
   * than FTS5 answering its one query (the postings are still used on small indexes).
   */
  keywordPostings?: boolean;
  /**
   * Profile vectors in memory as float32 (default) or int8 (a quarter of the memory: 2 GB → 512 MB at
   * 1M candidates; REDISCOVERY_VECTOR_PRECISION). The index on disk is the same either way.
   */
  vectorPrecision?: VectorPrecision;
  /** The user's company attributes file, parsed (REDISCOVERY_COMPANY_ATTRIBUTES); absent: industry and size are "no data". */
  companyAttributes?: CompanyAttributes | null;
}

/** Who insights describe, as ids in rank order, and how many the search reached before the floor. */
export interface InsightMembers {
  ids: string[];
  kind: 'all matches' | 'relevant matches';
  reached: number;
  description: string;
  asOf: string | null;
}

export interface IndexStatus {
  asOf: string | null;
  indexCheckpoint: number;
  outboxHead: number;
  candidates: number;
}

/**
 * What the product layer calls. Every read takes the viewer's visibility (confidential jobs); without
 * one it is the public view, so a caller that forgets it hides rather than leaks.
 */
export interface RetrievalService {
  search(req: SearchRequestInput, visibility?: Visibility): Promise<SearchResponse>;
  insights(req: SearchRequestInput, visibility?: Visibility): Promise<SearchInsights>;
  /** The ids insights describe (relevance-floor.ts), in rank order: an export's default Candidates sheet. */
  insightMembers(req: SearchRequestInput, visibility?: Visibility): Promise<InsightMembers>;
  vocabulary(visibility?: Visibility): CatalogVocabulary;
  filterValues(dimension: string, visibility?: Visibility): VocabularyValue[];
  syncStatus(): IndexStatus;
  /** Bring the index and catalog up to the mirror's outbox now. */
  drain(): Promise<DrainResult | null>;
  /** Run the indexer continuously (serve); the returned loop's `wake()` is the webhook notify hook. */
  startIndexer(opts?: { intervalMs?: number }): IndexerLoop;
  close(): Promise<void>;
}

/** [id, name] of every candidate, streamed (an array of pairs was ~50 MB at 1M candidates). */
function* namesOf(catalog: Catalog): Iterable<[string, string]> {
  for (const c of catalog.candidates.values()) yield [c.id, c.name];
}

/** Open the index and load the catalog; an index built by another embedding model is refused. */
export async function createRetrievalService(deps: RetrievalDeps): Promise<RetrievalService> {
  const { db, embedder } = deps;
  const now = deps.now ?? (() => new Date());
  const readonly = deps.reader === true;
  const live = await LiveIndex.open(db, {
    dir: deps.config.indexDir,
    embedder,
    now,
    readonly,
    warmPostings: deps.keywordPostings !== false,
    precision: deps.vectorPrecision ?? 'float32',
  });
  // The O*NET title index that embedding a short query reads (embeddingText): built lazily, it
  // made the first role-name search of a process wait 0.3–0.8 s (search bench profile, 2026-12-05).
  embeddingText('engineer');
  let loop: IndexerLoop | null = null;
  let lock: Promise<unknown> = Promise.resolve();

  const refresh = (ids: string[]) => live.refresh(ids);
  const serialized = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn);
    lock = run.catch(() => undefined);
    return run;
  };
  const catchUp = () =>
    serialized(async () => {
      await live.reopenIfRebuilt();
      const checkpoint = await live.catchUpWithIndex();
      if (readonly || deps.autoDrain === false || outboxHead(db) <= checkpoint) return null;
      const result = await drainOutbox({ db, index: live.index, embedder, beforeIndexing: deps.beforeIndexing, onIndexed: refresh });
      live.markLoaded(result.checkpoint);
      return result;
    });
  // Name lookups per catalog view, rebuilt when that view changes (identity-lookup.ts).
  const names = new WeakMap<Catalog, { version: number; index: NameIndex }>();
  const nameIndex = (catalog: Catalog) => () => {
    let entry = names.get(catalog);
    if (entry?.version !== catalog.version) {
      entry = { version: catalog.version, index: new NameIndex(namesOf(catalog), (id) => catalog.candidates.get(id)?.name) };
      names.set(catalog, entry);
    }
    return entry.index;
  };
  const contacts: ContactLookup = { byEmail: (e) => candidatesByEmail(db, e), byPhone: (k) => candidatesByPhone(db, k) };
  const context = (visibility: Visibility): SearchContext => {
    const catalog = catalogFor(live.catalogs, visibility);
    return {
      catalog, keyword: live.index.keyword, vectors: live.vectors, embedder, links: live.links, asOf: readAsOf(db), now: now(), tuning: deps.tuning ?? DEFAULT_TUNING,
      identify: (text) => lookupIdentity(text, nameIndex(catalog), contacts),
    };
  };

  /** The set insights describe: the ranked matches above the relevance floor with text, else every match. */
  const relevantFor = async (req: SearchRequestInput, visibility: Visibility) => {
    if (!loop) await catchUp();
    const ctx = context(visibility);
    const parsed = SearchRequest.parse(req);
    const ranking = await rankCandidates(ctx, parsed);
    // Only folding duplicates depends on rank order; otherwise the unordered set is enough.
    const skip = parsed.collapseDuplicates ? foldDuplicates(ranking, ctx.links).skip : null;
    return { ctx, ranking, skip, relevant: relevantMembers(ranking, skip, parsed.text) };
  };

  return {
    async search(req, visibility = PUBLIC_VISIBILITY) {
      if (!loop) await catchUp();
      return executeSearch(context(visibility), req);
    },
    async insights(req, visibility = PUBLIC_VISIBILITY) {
      const { ctx, relevant } = await relevantFor(req, visibility);
      return computeInsights(relevant.set, { now: ctx.now, asOf: ctx.asOf, basis: relevant.basis, companyAttributes: deps.companyAttributes ?? null });
    },
    async insightMembers(req, visibility = PUBLIC_VISIBILITY) {
      const { ctx, ranking, skip, relevant } = await relevantFor(req, visibility);
      const members = new Set(relevant.set.map((c) => c.id));
      const ids = ranking.top(ranking.ords.length, skip).map((r) => r.candidate.id).filter((id) => members.has(id));
      return { ids, kind: relevant.basis.kind, reached: relevant.basis.matched, description: relevant.basis.description, asOf: ctx.asOf };
    },
    vocabulary: (visibility = PUBLIC_VISIBILITY) => buildVocabulary(catalogFor(live.catalogs, visibility)),
    filterValues: (dimension, visibility = PUBLIC_VISIBILITY) => filterValues(catalogFor(live.catalogs, visibility), dimension),
    syncStatus: () => ({ asOf: readAsOf(db), indexCheckpoint: live.index.checkpoint(), outboxHead: outboxHead(db), candidates: live.catalogs.full.candidates.size }),
    drain: catchUp,
    startIndexer(opts) {
      if (readonly) throw new AppError('internal', 'A reader next to a running serve cannot run the indexer: serve owns the index.');
      loop ??= runIndexerLoop({
        db,
        embedder,
        beforeIndexing: deps.beforeIndexing,
        intervalMs: opts?.intervalMs,
        // Read at every pass: a rebuilt index replaces it.
        get index() {
          return live.index;
        },
        beforePass: () => serialized(() => live.reopenIfRebuilt()),
        onIndexed: async (ids) => {
          await refresh(ids);
          live.markLoaded(live.index.checkpoint());
        },
      });
      return loop;
    },
    async close() {
      await loop?.stop();
      await lock;
      live.close();
    },
  };
}

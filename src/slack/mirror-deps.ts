import { asc, eq, inArray } from 'drizzle-orm';
import { audit } from '../audit/audit-log.js';
import { renderBarChartPng } from '../export/chart.js';
import type { McpDeps } from '../mcp/deps.js';
import type { Db } from '../store/db.js';
import type { Visibility } from '../store/read-model/index.js';
import * as s from '../store/schema.js';
import type { ParsedRequest, SlackDeps } from './deps.js';
import { digestDataFromMirror } from './digest/digest-data.js';

/** The mirror's `meta` key holding the end of the last posted digest's window. */
export const LAST_DIGEST_META_KEY = 'slack_last_digest_at';

export interface SlackDepsOptions {
  db: Db;
  /**
   * The same search, insights, export, status and write functions the MCP server uses, as one actor
   * (`slack:U123`) sees them; `slack` is the channel audience of digests and pickers.
   */
  core(actor: string): Pick<McpDeps, 'search' | 'insights' | 'exportXlsx' | 'syncStatus' | 'previewAddToJob' | 'confirmAddToJob'>;
  /** What a channel may see (digests, the job picker): confidential jobs only when access is `all`. */
  channelVisibility: Visibility;
  /** The NL parser (`createNlParser({ vocab, model })`). */
  parser: { parse(text: string, now: Date): Promise<ParsedRequest> };
  now?: () => Date;
}

/** SlackDeps over the mirror: contacts, jobs, digests, the digest cursor and audit read/write SQLite; the rest is shared with MCP. */
export function createSlackDeps(o: SlackDepsOptions): SlackDeps {
  const { db } = o;
  const now = o.now ?? (() => new Date());
  return {
    now,
    parse: (text, at) => o.parser.parse(text, at),
    search: (req, actor) => o.core(actor).search(req),
    insights: (req, actor) => o.core(actor).insights(req),
    exportXlsx: (input) => o.core(input.actor).exportXlsx(input),
    syncStatus: () => o.core('slack').syncStatus(),
    previewAddToJob: (request) => o.core('slack').previewAddToJob(request),
    confirmAddToJob: (request, token, actor) => o.core(actor).confirmAddToJob(request, token, actor),
    async chartPng(insights) {
      const dim = insights.dimensions.find((d) => d.values.length > 0);
      return dim ? renderBarChartPng(dim).png : null;
    },
    async contacts(ids) {
      if (!ids.length) return {};
      const rows = db.select({ id: s.candidates.id, email: s.candidates.primaryEmail, phone: s.candidates.primaryPhone }).from(s.candidates).where(inArray(s.candidates.id, ids)).all();
      return Object.fromEntries(rows.map((r) => [r.id, { email: r.email, phone: r.phone }]));
    },
    async openJobs() {
      const open = db.select({ id: s.jobs.id, title: s.jobs.title, confidential: s.jobs.confidential }).from(s.jobs).where(eq(s.jobs.status, 'Open')).orderBy(asc(s.jobs.title)).all();
      return open.filter((j) => o.channelVisibility.confidential || !j.confidential).map(({ id, title }) => ({ id, title }));
    },
    audit: (entry) => audit(db, entry),
    digestData: async (since, until) => digestDataFromMirror(db, since, until, o.channelVisibility),
    async lastDigestAt() {
      const row = db.select().from(s.meta).where(eq(s.meta.key, LAST_DIGEST_META_KEY)).get();
      return row ? new Date(row.value) : null;
    },
    async setLastDigestAt(at) {
      db.insert(s.meta).values({ key: LAST_DIGEST_META_KEY, value: at.toISOString() }).onConflictDoUpdate({ target: s.meta.key, set: { value: at.toISOString() } }).run();
    },
  };
}

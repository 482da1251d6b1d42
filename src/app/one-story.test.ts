import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportRows } from '../export/rows.js';
import { loadConfig } from '../shared/config.js';
import { hasCode } from '../shared/errors.js';
import { digestDataFromMirror } from '../store/digest.js';
import { readAsOf } from '../store/read-model/index.js';
import { jobMatches } from '../store/schema.js';
import { runSync } from '../sync/engine/run-sync.js';
import { startFakeAshby, type FakeAshby } from '../sync/fake/index.js';
import { createAshbyClient, openContext, type AppContext } from './context.js';
import { openProduct, type Product } from './product.js';
import type { ProductApi } from './product-api.js';
import { visibilityFor } from './viewer.js';

/*
 * One candidate, one story: a seeded fake account synced into a mirror over real HTTP, then every
 * demo candidate read through every door's product API (`openProduct().api(actor)`, what MCP, Slack
 * and the CLI consume) — search result, profile, rediscovery row and the row of the XLSX export the API
 * writes — must show the same applications with the same recruiter, status and current stage, and the
 * same "as of". The recruiter is also
 * checked against the source: the hiring-team Recruiter in the fake, never the credited-to user.
 *
 * The same mirror then checks confidential jobs (hidden from actors not granted access, in every door)
 * and hired people (left out of rediscovery unless asked).
 */

const ALLOWED_SLACK_USER = 'UALLOWED1';
const DESCRIPTION = 'We are hiring across engineering, sales, operations and people teams: any background welcome, experience with customers, data, software or finance.';

interface AppFacts {
  job: string | null;
  stage: string | null;
  status: string;
  recruiter: string | null;
}
const key = (a: AppFacts) => JSON.stringify([a.job, a.stage, a.status, a.recruiter]);
const facts = (apps: AppFacts[]) => apps.map(key).sort();

describe('every door tells the same story of every demo candidate', () => {
  let dir: string;
  let fake: FakeAshby;
  let ctx: AppContext;
  let product: Product;
  let publicDeps: ProductApi;
  let allowedDeps: ProductApi;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-story-'));
    fake = await startFakeAshby({ port: 0, seed: 11, candidates: 80, rateLimitPerMinute: 1_000_000 });
    const config = loadConfig({
      REDISCOVERY_DATA_DIR: dir,
      REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE,
      REDISCOVERY_CONFIDENTIAL_ACCESS: `mcp:stdio, ${ALLOWED_SLACK_USER}`,
    });
    ctx = openContext(config, createAshbyClient(config, { apiKey: fake.apiKey, baseUrl: fake.url, maxRequestsPerMinute: 1_000_000 }));
    await runSync(ctx.db, ctx.client!, { mode: 'full', files: null });
    product = await openProduct(ctx);
    publicDeps = product.api('mcp:http');
    allowedDeps = product.api('mcp:stdio');
  }, 300_000);

  afterAll(async () => {
    await product?.close();
    ctx?.close();
    await fake?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const everyone = async (deps: ProductApi) => (await deps.search({ limit: 500, facets: false })).results;
  const confidentialJobIds = () => new Set(fake.state.jobs.all().filter((j) => j.confidential).map((j) => j.id));

  it('the fake seeds confidential jobs with applications, deterministically', () => {
    const ids = confidentialJobIds();
    expect(ids.size).toBeGreaterThanOrEqual(3);
    expect(fake.state.applications.all().some((a) => ids.has(a.jobId))).toBe(true);
  });

  it('search result, profile, rediscovery row and export row agree on recruiter, status, stage and as-of', async () => {
    const asOf = readAsOf(ctx.db);
    expect(asOf).not.toBeNull();
    const response = await allowedDeps.search({ limit: 500, facets: false });
    expect(response.asOf).toBe(asOf);
    const results = response.results;
    expect(results.length).toBe(fake.state.candidates.all().length);

    const rediscovery = await allowedDeps.rediscover({ description: DESCRIPTION, limit: 1000, includeHired: true });
    expect(rediscovery.asOf).toBe(asOf);
    const rowById = new Map(rediscovery.results.map((r) => [r.candidateId, r]));
    // Every candidate with a profile is in the pool of a small account.
    expect(rowById.size).toBe(results.length);
    const exportRows = new Map(buildExportRows(ctx.db, results.map((r) => r.candidateId), visibilityFor(ctx.config.REDISCOVERY_CONFIDENTIAL_ACCESS, 'mcp:stdio')).map((r) => [r.candidateId, r]));

    // The workbook the API writes (what MCP links to and Slack uploads): rows by the candidate's Ashby link.
    const file = await allowedDeps.exportXlsx({});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const provenance = new Map<string, unknown>();
    wb.getWorksheet('Provenance')!.eachRow((row) => void provenance.set(String(row.getCell(1).value), row.getCell(2).value));
    expect((provenance.get('Data as of') as Date).toISOString()).toBe(new Date(asOf!).toISOString());
    const sheetRows = new Map<string, AppFacts[]>();
    const sheet = wb.getWorksheet('Candidates')!;
    const column = (header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);
    const cellText = (row: ExcelJS.Row, header: string) => {
      const v = row.getCell(column(header)).value;
      return v === null || v === undefined || v === '' ? null : String(v);
    };
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const link = (row.getCell(column('Ashby profile')).value as { hyperlink?: string } | null)?.hyperlink ?? '';
      const list = sheetRows.get(link) ?? [];
      // The sheet's stage column is the stage *reached* (never "Archived"), so the current stage is checked on the export rows above.
      if (cellText(row, 'Job') !== null) list.push({ job: cellText(row, 'Job'), stage: null, status: cellText(row, 'Status') ?? '', recruiter: cellText(row, 'Recruiter') });
      sheetRows.set(link, list);
    });
    expect(sheetRows.size).toBe(results.length);

    const userName = (id: string | null) => {
      const u = id ? fake.state.users.get(id) : undefined;
      return u ? `${u.firstName} ${u.lastName}` : null;
    };
    for (const result of results) {
      const profile = (await allowedDeps.profile(result.candidateId, { includeResume: false }))!;
      expect(profile.asOf).toBe(asOf);
      const fromProfile = profile.applications.map((a) => ({ job: a.job, stage: a.stage, status: a.status, recruiter: a.recruiter }));
      const fromSearch = result.applications.map((a) => ({ job: profile.applications.find((p) => p.applicationId === a.applicationId)?.job ?? null, stage: a.stage, status: a.status, recruiter: a.recruiter }));
      expect(facts(fromSearch)).toEqual(facts(fromProfile));
      expect(result.applications.map((a) => a.applicationId).sort()).toEqual(profile.applications.map((a) => a.applicationId).sort());
      const row = rowById.get(result.candidateId)!;
      expect(row.applications.map((a) => ({ job: a.job, stage: a.stage, status: a.status, recruiter: a.recruiter })).map(key).sort()).toEqual(facts(fromProfile));
      const exported = exportRows.get(result.candidateId)!;
      expect(facts(exported.applications.map((a) => ({ job: a.job, stage: a.stage, status: a.status ?? '', recruiter: a.recruiter })))).toEqual(facts(fromProfile));
      expect(facts(sheetRows.get(profile.profileUrl!) ?? [])).toEqual(facts(fromProfile.map((a) => ({ ...a, stage: null }))));

      // The source of truth: the fake's hiring-team recruiter, not the credited-to user.
      for (const a of profile.applications) {
        const source = fake.state.applications.get(a.applicationId)!;
        expect(a.recruiter).toBe(userName(source.recruiterId));
      }
    }
  }, 300_000);

  it("a free-text export's rows and its Insights sheet describe the same people (one ranking), and allReached covers everyone listed", async () => {
    const book = async (file: { bytes: Buffer }) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
      const prov = new Map<string, string>();
      wb.getWorksheet('Provenance')!.eachRow((row) => prov.set(String(row.getCell(1).value), String(row.getCell(2).value)));
      const people = new Set<string>();
      wb.getWorksheet('Candidates')!.eachRow((row, i) => i > 1 && people.add(JSON.stringify(row.getCell('A').value)));
      return { prov, people: people.size };
    };
    const best = await allowedDeps.exportXlsx({ text: 'engineer' });
    const b = await book(best);
    const reached = (await allowedDeps.search({ text: 'engineer', limit: 1, facets: false })).total;
    expect(best.scope).toBe(`${best.rowCount} best matches of ${reached} reached`);
    expect(best.rowCount).toBeLessThan(reached);
    expect(Number(b.prov.get('Candidates (people)'))).toBe(best.rowCount);
    expect(Number(b.prov.get('Insights computed over (candidates)'))).toBe(best.rowCount);
    expect(b.prov.get('Who the Insights sheet describes')).toMatch(new RegExp(`^the ${best.rowCount} best matches of "engineer" .*, of ${reached} candidates the search reached$`));

    const all = await allowedDeps.exportXlsx({ text: 'engineer' }, { allReached: true });
    const a = await book(all);
    expect(all).toMatchObject({ rowCount: reached, scope: `everyone the search reached: all ${reached}` });
    expect(Number(a.prov.get('Insights computed over (candidates)'))).toBe(reached);
    expect(a.prov.get('Who the Insights sheet describes')).toBe(`everyone the search for "engineer" reached: all ${reached} candidates, of whom the ${best.rowCount} best matches score at least 50% of the best`);
    console.log(`one ranking, 80-candidate demo: "engineer" best ${best.rowCount} (insights ${b.prov.get('Insights computed over (candidates)')}), allReached ${all.rowCount} (insights ${a.prov.get('Insights computed over (candidates)')}), people on sheets ${b.people}/${a.people}`);
  }, 120_000);

  describe('confidential jobs', () => {
    it('are invisible to an actor without access: search, facets, filter values, insights, profiles, exports, rediscovery', async () => {
      const confidential = confidentialJobIds();
      const confidentialTitles = new Set(fake.state.jobs.all().filter((j) => confidential.has(j.id)).map((j) => j.title));
      const appsOf = (candidateId: string) => fake.state.applications.all().filter((a) => a.candidateId === candidateId);
      const onlyConfidential = fake.state.candidates.all().filter((c) => appsOf(c.id).length > 0 && appsOf(c.id).every((a) => confidential.has(a.jobId)));
      const mixed = fake.state.candidates.all().filter((c) => appsOf(c.id).some((a) => confidential.has(a.jobId)) && !onlyConfidential.includes(c));
      expect(onlyConfidential.length).toBeGreaterThan(0);
      expect(mixed.length).toBeGreaterThan(0);

      const visible = await everyone(publicDeps);
      expect(visible.length).toBe(fake.state.candidates.all().length - onlyConfidential.length);
      const confidentialAppIds = new Set(fake.state.applications.all().filter((a) => confidential.has(a.jobId)).map((a) => a.id));
      expect(visible.flatMap((r) => r.applications).some((a) => confidentialAppIds.has(a.applicationId))).toBe(false);

      const faceted = await publicDeps.search({ limit: 1, facets: true });
      expect((faceted.facets.job ?? []).length).toBeGreaterThan(0);
      expect((faceted.facets.job ?? []).filter((v) => confidentialTitles.has(v.value))).toEqual([]);
      const jobValues = (await publicDeps.filterValues('job')).map((v) => v.value);
      expect(jobValues.filter((t) => confidentialTitles.has(t))).toEqual([]);
      expect((await allowedDeps.filterValues('job')).some((v) => confidentialTitles.has(v.value))).toBe(true);
      const insights = await publicDeps.insights({});
      expect(insights.total).toBe(visible.length);
      const jobDimension = insights.dimensions.find((d) => d.dimension === 'job');
      expect(jobDimension?.values.length).toBeGreaterThan(0);
      expect(jobDimension!.values.filter((v) => confidentialTitles.has(v.value))).toEqual([]);

      expect(await publicDeps.profile(onlyConfidential[0]!.id, { includeResume: false })).toBeNull();
      expect(await allowedDeps.profile(onlyConfidential[0]!.id, { includeResume: false })).not.toBeNull();
      const mixedView = (await publicDeps.profile(mixed[0]!.id, { includeResume: false }))!;
      expect(mixedView.applications.some((a) => confidentialAppIds.has(a.applicationId))).toBe(false);

      const rows = buildExportRows(ctx.db, fake.state.candidates.all().map((c) => c.id), visibilityFor(ctx.config.REDISCOVERY_CONFIDENTIAL_ACCESS, 'mcp:http'));
      expect(rows.length).toBe(visible.length);
      expect(rows.flatMap((r) => r.applications).some((a) => a.job && confidentialTitles.has(a.job))).toBe(false);
      const exported = await publicDeps.exportXlsx({});
      expect(exported.rowCount).toBe(visible.length);

      const rediscovered = await publicDeps.rediscover({ description: DESCRIPTION, limit: 1000, includeHired: true });
      expect(rediscovered.results.some((r) => onlyConfidential.some((c) => c.id === r.candidateId))).toBe(false);
      expect(rediscovered.results.flatMap((r) => r.applications).some((a) => confidentialAppIds.has(a.applicationId))).toBe(false);
      const err = await publicDeps.rediscover({ job: [...confidential][0]!, limit: 5 }).catch((e: unknown) => e);
      expect(hasCode(err, 'not_found')).toBe(true);
      await expect(allowedDeps.rediscover({ job: [...confidential][0]!, limit: 5 })).resolves.toBeTruthy();
    }, 120_000);

    it('Slack users see them only when listed, and channel digests never do', async () => {
      const channel = product.api('slack');
      const all = fake.state.candidates.all().length;
      expect((await product.api(`slack:${ALLOWED_SLACK_USER}`).search({ limit: 500, facets: false })).total).toBe(all);
      expect((await product.api('slack:UOTHER22').search({ limit: 500, facets: false })).total).toBeLessThan(all);

      const confidential = confidentialJobIds();
      const digest = await channel.digest(new Date(0), new Date('2100-01-01T00:00:00.000Z'));
      const confidentialTitles = new Set(fake.state.jobs.all().filter((j) => confidential.has(j.id)).map((j) => j.title));
      expect(digest.newJobs.some((j) => confidential.has(j.id))).toBe(false);
      const publicApps = fake.state.applications.all().filter((a) => !confidential.has(a.jobId)).length;
      expect(digest.newApplications).toBe(publicApps);
      const everything = digestDataFromMirror(ctx.db, new Date(0), new Date('2100-01-01T00:00:00.000Z'), visibilityFor({ all: true, actors: [] }, 'slack'));
      expect(everything.newApplications).toBe(fake.state.applications.all().length);
      expect(everything.newJobs.some((j) => confidentialTitles.has(j.title))).toBe(true);
      expect((await channel.openJobs()).some((j) => confidential.has(j.id))).toBe(false);
    }, 120_000);
  });

  describe('hired people are not past candidates', () => {
    it('rediscovery leaves out the currently hired unless includeHired', async () => {
      const hired = new Set(fake.state.applications.all().filter((a) => a.status === 'Hired' && a.archivedAt === null).map((a) => a.candidateId));
      expect(hired.size).toBeGreaterThan(0);
      const without = await allowedDeps.rediscover({ description: DESCRIPTION, limit: 1000 });
      expect(without.results.some((r) => hired.has(r.candidateId))).toBe(false);
      const withHired = await allowedDeps.rediscover({ description: DESCRIPTION, limit: 1000, includeHired: true });
      expect(withHired.results.filter((r) => hired.has(r.candidateId)).length).toBe(hired.size);
    }, 120_000);

    it('the new-job matches a digest shows hold neither hired people nor candidates only on confidential jobs', async () => {
      const confidential = confidentialJobIds();
      const job = fake.state.jobs.all().find((j) => !confidential.has(j.id) && j.status === 'Open')!;
      await product.jobCreated(job.id);
      const stored = ctx.db.select().from(jobMatches).where(eq(jobMatches.jobId, job.id)).all();
      expect(stored.length).toBeGreaterThan(0);
      const hired = new Set(fake.state.applications.all().filter((a) => a.status === 'Hired' && a.archivedAt === null).map((a) => a.candidateId));
      const appsOf = (id: string) => fake.state.applications.all().filter((a) => a.candidateId === id);
      expect(stored.filter((m) => hired.has(m.candidateId))).toEqual([]);
      expect(stored.filter((m) => appsOf(m.candidateId).length > 0 && appsOf(m.candidateId).every((a) => confidential.has(a.jobId)))).toEqual([]);
    }, 120_000);
  });
});

import fs from 'node:fs';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { AppError } from '../shared/errors.js';
import { FIXTURE_RESUME } from '../../test/support/fixed-mirror.js';
import { connectInMemory, makeTestDeps } from '../../test/support/mcp-harness.js';
import { auditRows } from '../../test/support/mirror-rows.js';

type Result = Awaited<ReturnType<Client['callTool']>> & { structuredContent?: any; content: any[] };

const EXPECTED_TOOLS = [
  'add_candidate_to_job', 'export_candidates_xlsx', 'find_candidates_for_job', 'get_candidate_profile',
  'get_insights', 'get_sync_status', 'list_filter_values', 'list_jobs', 'search_candidates',
];

describe('MCP server (in-memory, real SDK client)', () => {
  let env: ReturnType<typeof makeTestDeps>;
  let client: Client;
  const call = async (name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as Result;
  const text = (r: Result) => r.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');

  beforeEach(async () => {
    const created: unknown[] = [];
    env = makeTestDeps({ allowWrites: true, ashby: { applicationCreate: async (i) => (created.push(i), { id: 'A-new' }) } });
    client = await connectInMemory(env.api);
  });
  afterEach(async () => {
    await client.close();
    env.cleanup();
  });

  it('lists every tool with input and output schemas and all four annotation hints', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(EXPECTED_TOOLS);
    for (const t of tools) {
      expect(t.outputSchema, t.name).toBeDefined();
      expect(t.title, t.name).toBeTruthy();
      for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) expect(typeof t.annotations?.[hint], `${t.name}.${hint}`).toBe('boolean');
    }
    const add = tools.find((t) => t.name === 'add_candidate_to_job')!;
    expect(add.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
    const search = tools.find((t) => t.name === 'search_candidates')!;
    expect(Object.keys(search.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['text', 'boolean', 'filters', 'mode', 'limit', 'cursor']));
  });

  it('search_candidates answers compactly: the relevant application, why, a readable text, facets only when asked', async () => {
    const r = await call('search_candidates', { text: 'ada', limit: 1 });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent.total).toBe(2);
    expect(r.structuredContent.results[0]).toMatchObject({ candidateId: 'C1', name: 'Ada Lovelace', title: 'Engineer', company: 'Engines', location: 'London, UK', otherApplications: 1 });
    expect(r.structuredContent.facets).toBeUndefined();
    // The text is a summary a person reads, not a second copy of the JSON.
    expect(() => JSON.parse(text(r))).toThrow();
    expect(text(r)).toContain('1. Ada Lovelace — Engineer @ Engines, London, UK [C1]');
    const onsite = await call('search_candidates', { filters: { stage: ['Onsite'] }, facets: true });
    expect(onsite.structuredContent.results[0].application).toEqual({ job: 'Senior Backend Engineer', stage: 'Onsite', status: 'Archived', reason: 'Lacks Skills/Qualifications', date: '2026-11-12' });
    expect(text(onsite)).toContain('Onsite for Senior Backend Engineer · Archived (Lacks Skills/Qualifications)');
    expect(onsite.structuredContent.facets).toBeDefined();
    const next = await call('search_candidates', { text: 'ada', limit: 1, cursor: r.structuredContent.nextCursor });
    expect(next.structuredContent.results[0].candidateId).toBe('C2');
    const filtered = await call('search_candidates', { filters: { stage: ['Onsite'] } });
    expect(filtered.structuredContent.results.map((x: any) => x.candidateId)).toEqual(['C1']);
    expect(filtered.structuredContent.interpretation).toBe('in Onsite now');
  });

  it('search_candidates accepts filters.exclude and says how it read the request, in the words Slack shows', async () => {
    const r = await call('search_candidates', { text: 'ada', filters: { stageReached: ['Onsite'], exclude: { rejectionReason: ['Compensation'], source: ['Agency'] } } });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent.interpretation).toBe('"ada" · reached Onsite · not from Agency · not rejected for Compensation');
    const bad = await call('search_candidates', { filters: { exclude: { applicationStatus: ['Gone'] } } });
    expect(bad.isError).toBe(true);
  });

  it('maps coded errors and invalid input to isError results that say what is accepted', async () => {
    env.api.search = async () => {
      throw new AppError('filter_unknown_value', 'Unknown stage "Onsight". Did you mean: "Onsite"?');
    };
    const r = await call('search_candidates', { filters: { stage: ['Onsight'] } });
    expect(r.isError).toBe(true);
    expect(text(r)).toBe('Error (filter_unknown_value): Unknown stage "Onsight". Did you mean: "Onsite"?');
    const bad = await call('search_candidates', { mode: 'magic' });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/mode/);
    const both = await call('find_candidates_for_job', { job: 'J1', description: 'a long enough job description text' });
    expect(text(both)).toContain('exactly one of job');
    const noJob = await call('find_candidates_for_job', { job: 'Astronaut' });
    expect(text(noJob)).toContain('Error (not_found): No job with id or title "Astronaut"');
  });

  it('get_candidate_profile returns ATS data, enrichment, duplicates and delimited resume text', async () => {
    const r = await call('get_candidate_profile', { candidateId: 'C1', includeResume: true });
    const p = r.structuredContent;
    expect(p).toMatchObject({ name: 'Ada Lovelace', tags: ['Silver medalist'], source: 'Referral', resumeText: FIXTURE_RESUME });
    expect(p.applications[0]).toMatchObject({ job: 'Senior Backend Engineer', stage: 'Onsite', archiveReason: 'Lacks Skills/Qualifications' });
    expect(p.duplicates[0].candidateId).toBe('C2');
    expect(p.enrichment.yearsExperience).toBe(9.5);
    const t = text(r);
    expect(t).toContain('untrusted content supplied by the candidate');
    // exactly one real closing marker: the one inside the resume is neutralised
    expect(t.match(/<\/resume_text>/g)).toHaveLength(1);
    expect(t.trimEnd().endsWith('</resume_text>')).toBe(true);
    expect(t).toContain('&lt;/resume_text>');
    const missing = await call('get_candidate_profile', { candidateId: 'nope' });
    expect(missing.isError).toBe(true);
    expect(text(missing)).toContain('Error (not_found)');
  });

  it('list_filter_values, get_insights, get_sync_status and find_candidates_for_job', async () => {
    const fv = await call('list_filter_values', { dimension: 'stage' });
    expect(fv.structuredContent).toEqual({ dimension: 'stage', values: [{ value: 'Onsite', count: 1 }, { value: 'Phone Screen', count: 1 }] });
    const badDim = await call('list_filter_values', { dimension: 'shoeSize' });
    expect(badDim.isError).toBe(true);
    const ins = await call('get_insights', { text: 'ada' });
    expect(ins.structuredContent.total).toBe(2);
    expect(ins.structuredContent.dimensions[0].dimension).toBe('location');
    // The text is a readable summary of the top values, not the JSON again (issue 15: context is scarce).
    expect(text(ins)).toContain('Insights over 2 candidates');
    expect(text(ins)).not.toContain('"dimensions"');
    // industry/companySize are valid dimension names even without a company attributes file (then no chart).
    const industry = await call('get_insights', { text: 'ada', dimensions: ['industry'] });
    expect(industry.isError).toBeFalsy();
    expect(industry.structuredContent.dimensions).toEqual([]);
    const st = await call('get_sync_status');
    expect(st.structuredContent).toMatchObject({ counts: { candidates: 3 }, freshness: '1 hour ago', asOf: '2026-11-27T11:10:00.000Z' });
    for (const job of ['J1', 'Senior Backend Engineer', 'senior backend']) {
      const fit = await call('find_candidates_for_job', { job });
      expect(fit.structuredContent.job, job).toEqual({ id: 'J1', title: 'Senior Backend Engineer' });
      expect(fit.structuredContent.results[0].candidateId).toBe('C1');
    }
    const jobs = await call('list_jobs', { query: 'engineer' });
    expect(jobs.structuredContent.jobs).toEqual([{ id: 'J1', title: 'Senior Backend Engineer', status: 'Open', department: null, location: null, applications: 1 }]);
    expect(text(jobs)).toContain('Senior Backend Engineer — Open · 1 applications [J1]');
    expect((await call('list_jobs')).structuredContent.jobs.map((j: any) => j.id)).toEqual(['J2', 'J3', 'J1']);
  });

  it('export_candidates_xlsx links to the workbook; the bytes come through resources/read', async () => {
    const r = await call('export_candidates_xlsx', { text: 'ada' });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toMatchObject({ rowCount: 2, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(fs.existsSync(r.structuredContent.path)).toBe(true);
    const link = r.content.find((c) => c.type === 'resource_link');
    expect(link).toMatchObject({ uri: r.structuredContent.uri, mimeType: r.structuredContent.mimeType, name: r.structuredContent.fileName });
    expect(r.content.some((c) => c.type === 'resource')).toBe(false);
    const read = await client.readResource({ uri: link.uri });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((read.contents[0] as { blob: string }).blob, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Candidates', 'Insights', 'Provenance']);
    await expect(client.readResource({ uri: 'rediscovery://exports/..%2Fmirror.db' })).rejects.toThrow(/not an export file name/);
    await expect(client.readResource({ uri: 'rediscovery://exports/nope.xlsx' })).rejects.toThrow(/No export named/);
    const badFilter = await call('export_candidates_xlsx', { filters: { stges: ['Onsite'] } });
    expect(text(badFilter)).toMatch(/Error \(invalid_input\): Unknown filter "stges". Accepted filters: stage, stageReached/);
    const badValue = await call('get_insights', { filters: { stage: 'Onsite' } });
    expect(text(badValue)).toMatch(/Error \(invalid_input\): filters\.stage: /);
  });

  it('add_candidate_to_job previews, then creates with the token; unknown stages list valid ones', async () => {
    const preview = await call('add_candidate_to_job', { candidateId: 'C3', jobId: 'J1' });
    expect(preview.structuredContent).toMatchObject({ mode: 'preview', preview: { stage: { title: 'Application Review' }, existingApplication: null, writesEnabled: true } });
    const token = preview.structuredContent.preview.confirmationToken;
    const done = await call('add_candidate_to_job', { candidateId: 'C3', jobId: 'J1', confirmationToken: token });
    expect(done.structuredContent).toMatchObject({ mode: 'created', result: { applicationId: 'A-new' } });
    const reused = await call('add_candidate_to_job', { candidateId: 'C3', jobId: 'J1', confirmationToken: token });
    expect(text(reused)).toContain('Error (confirmation_invalid)');
    const bad = await call('add_candidate_to_job', { candidateId: 'C3', jobId: 'J1', stage: 'Final round' });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toContain('Valid stages: "Application Review", "Phone Screen", "Onsite", "Offer"');
  });

  it('serves profile and resume resources and the rediscover_for_job prompt', async () => {
    const prof = await client.readResource({ uri: 'rediscovery://candidates/C1' });
    const c0 = prof.contents[0];
    expect(c0.mimeType).toBe('application/json');
    expect('text' in c0 && JSON.parse(c0.text as string).name).toBe('Ada Lovelace');
    const resume = await client.readResource({ uri: 'rediscovery://candidates/C1/resume' });
    expect('text' in resume.contents[0] && resume.contents[0].text).toContain(FIXTURE_RESUME.split('</resume_text>')[0]);
    await expect(client.readResource({ uri: 'rediscovery://candidates/nope' })).rejects.toThrow(/No candidate/);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['rediscover_for_job']);
    const p = await client.getPrompt({ name: 'rediscover_for_job', arguments: { job: 'J1' } });
    expect(p.messages[0].content).toMatchObject({ type: 'text', text: expect.stringContaining('find_candidates_for_job with job: "J1"') });
    const d = await client.getPrompt({ name: 'rediscover_for_job', arguments: { job: 'We need a backend engineer who knows Kubernetes.\nFive years of Go.' } });
    expect((d.messages[0].content as { text: string }).text).toContain('<job_description>');
  });

  it('completes job titles for the prompt and candidate ids for the candidate resources', async () => {
    const jobs = await client.complete({ ref: { type: 'ref/prompt', name: 'rediscover_for_job' }, argument: { name: 'job', value: 'data' } });
    expect(jobs.completion.values).toEqual(['Data Scientist']);
    const ids = await client.complete({ ref: { type: 'ref/resource', uri: 'rediscovery://candidates/{id}' }, argument: { name: 'id', value: 'hop' } });
    expect(ids.completion.values).toEqual(['C3']);
    const ada = await client.complete({ ref: { type: 'ref/resource', uri: 'rediscovery://candidates/{id}/resume' }, argument: { name: 'id', value: 'Ada' } });
    expect(ada.completion.values.sort()).toEqual(['C1', 'C2']);
    // The conformance suite's own prompt (completion-complete scenario): no suggestions, not an error.
    const unknown = await client.complete({ ref: { type: 'ref/prompt', name: 'test_prompt_with_arguments' }, argument: { name: 'arg1', value: 'par' } });
    expect(unknown.completion).toEqual({ values: [], total: 0, hasMore: false });
    const template = await client.complete({ ref: { type: 'ref/resource', uri: 'test://{x}' }, argument: { name: 'x', value: 'a' } });
    expect(template.completion.values).toEqual([]);
  });

  it('declares logging; after logging/setLevel a tool call sends one notification without arguments', async () => {
    expect(client.getServerCapabilities()?.logging).toBeDefined();
    const got: unknown[] = [];
    const { LoggingMessageNotificationSchema } = await import('@modelcontextprotocol/sdk/types.js');
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void got.push(n.params));
    await client.setLoggingLevel('warning');
    await call('search_candidates', { text: 'Ada Lovelace' });
    await call('get_candidate_profile', { candidateId: 'nope' });
    await client.ping(); // notifications sent before the ping's answer have arrived by now
    expect(got).toEqual([{ level: 'warning', logger: 'rediscovery', data: { tool: 'get_candidate_profile', outcome: 'error', code: 'not_found' } }]);
    await client.setLoggingLevel('info');
    await call('search_candidates', { text: 'Ada Lovelace' });
    await client.ping();
    expect(got[1]).toMatchObject({ level: 'info', data: { tool: 'search_candidates', outcome: 'ok', resultCount: 1 } });
    expect(JSON.stringify(got)).not.toMatch(/Ada|Lovelace|nope/);
  });

  it('audits every tool call with actor, tool, redacted arguments and result count', async () => {
    await call('search_candidates', { text: 'ada' });
    await call('find_candidates_for_job', { description: 'Backend engineer; questions to hiring@corp.example please' });
    await call('get_candidate_profile', { candidateId: 'nope' });
    const rows = auditRows(env.db);
    expect(rows).toEqual([
      expect.objectContaining({ actor: 'mcp:test', action: 'tool:search_candidates', resultCount: 2, outcome: 'ok', args: expect.objectContaining({ text: 'ada' }) }),
      expect.objectContaining({ action: 'tool:find_candidates_for_job', args: { description: 'Backend engineer; questions to [email] please', limit: 10, includeHired: false } }),
      expect.objectContaining({ actor: 'mcp:test', action: 'tool:get_candidate_profile', outcome: 'error', detail: 'not_found', args: { candidateId: 'nope', includeResume: false } }),
    ]);
  });
});

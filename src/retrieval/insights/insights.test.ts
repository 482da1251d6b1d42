import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { seedFixtureAccount, upsertCandidates } from '../../../test/support/search-mirror.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { createRetrievalService, type RetrievalService } from '../service.js';

let dir: string;
let db: Db;
let service: RetrievalService;
const fact = (value: string) => ({ value, source: 'resume', confidence: 0.8 });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insights-'));
  db = openDb(':memory:');
  seedFixtureAccount(db);
  upsertCandidates(db, [
    { id: 'd1', name: 'Dee Designer', position: 'Product Designer', resume: 'Product designer: design systems, Figma, user research for product teams.', profile: { certifications: [fact('Google UX Design Certificate')], languages: [fact('Spanish'), fact('English')], groups: [fact('AIGA')], interests: [fact('Rock climbing'), fact('Chess')], honors: [fact("Dean's List")] } },
    { id: 'd2', name: 'Di Designer', position: 'Senior Product Designer', resume: 'Senior product designer, product design and prototyping.', profile: { languages: [fact('Spanish')], interests: [fact('Chess')] } },
    ...Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, name: `Eng ${i}`, position: 'Backend Engineer', resume: `Backend engineer ${i}: Go, Kubernetes, payments APIs; worked with a product team.` })),
  ]);
  service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder: createHashEmbedder(32) });
});

afterAll(async () => {
  await service.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('insights', () => {
  it('certifications and languages from profiles; dimensions without data listed with the reason', async () => {
    const ins = await service.insights({});
    const dim = (d: string) => ins.dimensions.find((x) => x.dimension === d);
    expect(dim('languages')!.buckets).toEqual([{ value: 'Spanish', count: 2, share: 0.25 }, { value: 'English', count: 1, share: 0.125 }]);
    expect(dim('certifications')!.buckets).toEqual([{ value: 'Google UX Design Certificate', count: 1, share: 0.125 }]);
    const unavailable = Object.fromEntries(ins.unavailable!.map((u) => [u.dimension, u.reason]));
    expect(Object.keys(unavailable)).toEqual(expect.arrayContaining(['industry', 'companySize', 'school']));
    expect(Object.keys(unavailable)).not.toEqual(expect.arrayContaining(['groups']));
    expect(dim('interests')!).toMatchObject({ label: 'Interests', missing: 6, buckets: [{ value: 'Chess', count: 2, share: 0.25 }, { value: 'Rock climbing', count: 1, share: 0.125 }] });
    expect(dim('groups')!.buckets).toEqual([{ value: 'AIGA', count: 1, share: 0.125 }]);
    expect(dim('honors')!.buckets).toEqual([{ value: "Dean's List", count: 1, share: 0.125 }]);
    expect(unavailable.industry).toMatch(/no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES.*never guessed/);
    expect(ins.dimensions.every((d) => d.buckets.length > 0)).toBe(true);
    expect(ins.basis).toEqual({ kind: 'all matches', matched: 8, description: 'all 8 candidates the request matches' });
  });

  it('groups, interests and honors without data in the set are "no data" with the resume-section reason', async () => {
    const ins = await service.insights({ filters: { currentTitle: ['Backend Engineer'] } });
    const unavailable = Object.fromEntries(ins.unavailable!.map((u) => [u.dimension, u.reason]));
    expect(unavailable.groups).toBe('no resume in this set has an affiliations or memberships section with a group name in it');
    expect(unavailable.interests).toMatch(/^no resume in this set has an interests or hobbies section/);
    expect(unavailable.honors).toMatch(/^no resume in this set has an honors or awards section/);
  });

  it('free text: the ranked matches above the relevance floor, and says how many of how many', async () => {
    const ins = await service.insights({ text: 'product designer' });
    expect(ins.basis!.kind).toBe('relevant matches');
    expect(ins.basis!.matched).toBeGreaterThan(ins.total);
    expect(ins.total).toBe(2);
    expect(ins.dimensions.find((d) => d.dimension === 'currentTitle')!.buckets.map((b) => b.value).sort()).toEqual(['Product Designer', 'Senior Product Designer']);
    expect(ins.basis!.description).toBe(`the 2 best matches of "product designer" (score at least 50% of the best), of ${ins.basis!.matched} candidates the search reached`);
  });

  it('membersWithInsights: the best matches in rank order (a bounded heap, the same as filtering a full sort) with the insights over exactly them', async () => {
    const req = { text: 'product designer' };
    const m = await service.membersWithInsights(req);
    const full = await service.search({ ...req, limit: 500 });
    // The reference: everyone reached, fully sorted by the search, cut at half the best score.
    const floor = full.results[0]!.score * 0.5;
    expect(m).toMatchObject({ count: 2, kind: 'relevant matches', reached: full.total });
    expect(m.ids).toEqual(full.results.filter((r) => r.score >= floor).map((r) => r.candidateId));
    expect(m.ids.sort()).toEqual(['d1', 'd2']);
    // The search answer counts the same best matches (what Slack's "Export everyone" button offers beside).
    expect(full.bestMatches).toBe(m.count);
    expect((await service.search({ filters: { currentTitle: ['Backend Engineer'] } })).bestMatches).toBeUndefined();
    expect(m.insights!.total).toBe(m.ids.length);
    expect(m.insights!.basis).toEqual({ kind: 'relevant matches', matched: full.total, description: m.description });
  });

  it('membersWithInsights with allReached: everyone reached, in rank order, and insights over all of them', async () => {
    const req = { text: 'product designer' };
    const m = await service.membersWithInsights(req, undefined, { allReached: true });
    const full = await service.search({ ...req, limit: 500 });
    expect(m.ids).toEqual(full.results.map((r) => r.candidateId));
    expect(m).toMatchObject({ count: full.total, kind: 'all matches', reached: full.total });
    expect(m.insights!.total).toBe(full.total);
    expect(m.description).toBe(`everyone the search for "product designer" reached: all ${full.total} candidates, of whom the 2 best matches score at least 50% of the best`);
  });

  it('membersWithInsights over maxMembers: only the count, nothing ranked or computed', async () => {
    const m = await service.membersWithInsights({}, undefined, { maxMembers: 3 });
    expect(m).toMatchObject({ count: 8, ids: [], insights: null });
  });
});

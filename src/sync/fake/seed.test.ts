import { describe, expect, it } from 'vitest';
import { createAdmin, defaultFaults } from './admin.js';
import { describeVocabulary, seedAccount } from './seed.js';
import { WebhookEmitter } from './webhooks.js';
import type { FakeState } from './state.js';

const snapshotOf = (state: FakeState) => createAdmin({ state, webhooks: new WebhookEmitter(), faults: defaultFaults(), apiKeys: new Map() }).snapshot();

describe('seedAccount', () => {
  const state = seedAccount({ seed: 7, candidates: 600 });

  it('is deterministic: the same seed gives the same account, another seed a different one', () => {
    const again = seedAccount({ seed: 7, candidates: 600 });
    expect(JSON.stringify(snapshotOf(again))).toBe(JSON.stringify(snapshotOf(state)));
    expect(JSON.stringify(again.candidates.all())).toBe(JSON.stringify(state.candidates.all()));
    expect(describeVocabulary(again)).toEqual(describeVocabulary(state));
    const other = seedAccount({ seed: 8, candidates: 600 });
    expect(other.candidates.all()[0].id).not.toBe(state.candidates.all()[0].id);
  });

  it('has the documented vocabulary: departments, locations, stages, Maya among recruiters, sources, reasons', () => {
    const v = describeVocabulary(state);
    expect(v.jobs.length).toBeGreaterThanOrEqual(40);
    expect(v.locations).toEqual(expect.arrayContaining(['Berlin', 'Seattle', 'New York', 'London', 'Remote', 'San Francisco', 'Austin']));
    expect(v.departments).toEqual(expect.arrayContaining(['Engineering', 'Product', 'Design', 'Sales', 'Marketing', 'Customer Success', 'People', 'Finance']));
    expect(v.stages).toEqual(expect.arrayContaining(['Application Review', 'Recruiter Screen', 'Hiring Manager Screen', 'Technical Interview', 'Onsite', 'Final Round', 'Offer', 'Hired', 'Archived']));
    expect(v.recruiters).toContain('Maya Patel');
    expect(v.recruiters.length).toBeGreaterThanOrEqual(8);
    expect(v.sources).toEqual(expect.arrayContaining(['Applied', 'LinkedIn', 'Referral', 'Agency', 'Job Board', 'Sourced', 'Career Fair']));
    expect(v.archiveReasons).toEqual(expect.arrayContaining(['Compensation', 'Timing', 'Lacks Skills/Qualifications', 'Culture', 'Withdrew', 'Position Filled', 'Location', 'Overqualified']));
  });

  it('gives about two applications per candidate with histories consistent with the current stage', () => {
    const apps = state.applications.all();
    expect(apps.length / state.candidates.size).toBeGreaterThan(1.6);
    for (const app of apps) {
      const last = app.history[app.history.length - 1];
      expect(last.stageId).toBe(app.currentStageId);
      for (let i = 1; i < app.history.length; i++) expect(app.history[i].at).toBeGreaterThanOrEqual(app.history[i - 1].at);
      const stage = state.interviewStages.get(app.currentStageId)!;
      expect(stage.planId).toBe(app.interviewPlanId);
      const expected = stage.type === 'Archived' ? 'Archived' : stage.type === 'Hired' ? 'Hired' : stage.type === 'Lead' ? 'Lead' : 'Active';
      expect(app.status).toBe(expected);
      expect(app.updatedAt).toBeGreaterThanOrEqual(last.at);
      if (app.status === 'Archived') expect(app.archivedAt).toBe(last.at);
      expect(app.recruiterId).not.toBeNull();
    }
    const archived = apps.filter((a) => a.status === 'Archived');
    const withoutReason = archived.filter((a) => a.archiveReasonId === null);
    expect(archived.length).toBeGreaterThan(apps.length / 3);
    expect(withoutReason.length).toBeGreaterThan(0);
    expect(withoutReason.length).toBeLessThan(archived.length * 0.1);
    const years = new Set(apps.map((a) => new Date(a.createdAt).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it('types messy social links and plants duplicate people', () => {
    const urls = state.candidates.all().flatMap((c) => c.socialLinks.map((l) => l.url));
    expect(urls.some((u) => u.startsWith('linkedin.com/in/'))).toBe(true);
    expect(urls.some((u) => u.includes('?trk='))).toBe(true);
    expect(urls.some((u) => u.startsWith('http://uk.linkedin.com/in/'))).toBe(true);
    expect(urls.some((u) => /github\.com\/[^/]+\/$/.test(u))).toBe(true);
    expect(state.duplicateOf.size).toBeGreaterThan(0);
    for (const [dupId, originalId] of state.duplicateOf) {
      const dup = state.candidates.get(dupId)!;
      const original = state.candidates.get(originalId)!;
      if (dup.position && original.position) expect(dup.position).toBe(original.position);
      expect(dup.company).toBe(original.company);
      expect(dup.emails[0]).not.toBe(original.emails[0]);
    }
    const emails = state.candidates.all().flatMap((c) => c.emails);
    expect(emails.every((e) => /@(mail\.)?example\.(com|org|net)$/i.test(e))).toBe(true);
  });

  it('keeps ids unique across a large account', () => {
    const big = seedAccount({ seed: 3, candidates: 8_000 });
    let generated = 0;
    for (const c of big.candidates.values()) generated += c.applicationIds.length;
    expect(big.applications.size).toBe(generated);
    expect(big.candidates.size).toBe(8_000);
  });
});

describe.skipIf(!process.env.FAKE_ASHBY_SCALE)('seedAccount at benchmark scale', () => {
  it('seeds 100,000 candidates', () => {
    const started = performance.now();
    const big = seedAccount({ seed: 1, candidates: 100_000 });
    const ms = performance.now() - started;
    console.log(`seeded ${big.candidates.size} candidates, ${big.applications.size} applications in ${Math.round(ms)} ms; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
    expect(big.candidates.size).toBe(100_000);
  });
});

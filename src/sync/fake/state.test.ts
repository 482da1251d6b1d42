import { describe, expect, it } from 'vitest';
import { seedAccount } from './seed.js';

describe('FakeState', () => {
  it('keeps updatedAt monotonic even when the injected clock stands still or goes back', () => {
    let wall = Date.UTC(2027, 0, 1);
    const state = seedAccount({ seed: 2, candidates: 20, now: () => wall });
    const [a, b] = state.candidates.all();
    const seqBefore = state.seq;
    state.touch(a);
    state.touch(b);
    expect(b.updatedAt).toBe(a.updatedAt + 1);
    wall -= 60_000;
    state.touch(a);
    expect(a.updatedAt).toBeGreaterThan(b.updatedAt);
    expect(state.seq).toBe(seqBefore + 3);
    expect(a.seq).toBe(state.seq);
  });

  it('deletes a candidate with its applications and files, and pages around the hole', () => {
    const state = seedAccount({ seed: 2, candidates: 20 });
    const victim = state.candidates.all()[4];
    const apps = victim.applicationIds.slice();
    state.deleteCandidate(victim.id);
    expect(state.candidates.get(victim.id)).toBeUndefined();
    for (const id of apps) expect(state.applications.get(id)).toBeUndefined();
    const page = state.candidates.pageAfter(0, 100, () => true);
    expect(page.items.length).toBe(19);
    expect(page.items.some((c) => c.id === victim.id)).toBe(false);
  });

  it('merges: applications, files and contact details move to the survivor', () => {
    const state = seedAccount({ seed: 2, candidates: 20 });
    const [survivor, removed] = state.candidates.all().slice(1, 3);
    const apps = removed.applicationIds.slice();
    const files = removed.fileIds.slice();
    state.mergeCandidates(survivor.id, removed.id);
    expect(state.candidates.get(removed.id)).toBeUndefined();
    for (const id of apps) expect(state.applications.get(id)!.candidateId).toBe(survivor.id);
    for (const id of files) expect(state.files.get(id)!.candidateId).toBe(survivor.id);
    expect(survivor.applicationIds).toEqual(expect.arrayContaining(apps));
    expect(survivor.emails).toEqual(expect.arrayContaining(removed.emails));
  });
});

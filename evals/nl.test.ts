import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../src/shared/paths.js';
import { fieldMatches, readNlCases, runNlEval, scoreCase } from './nl.js';

const casesFile = fromPackageRoot('evals/nl-cases.jsonl');

describe('NL eval', () => {
  it('ships at least 60 cases, 8 of them free text only, covering every filter', () => {
    const cases = readNlCases(casesFile);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const freeTextOnly = cases.filter((c) => Object.keys(c.expect).every((k) => k === 'text'));
    expect(freeTextOnly.length).toBeGreaterThanOrEqual(8);
    const covered = new Set(cases.flatMap((c) => Object.keys(c.expect)));
    for (const key of ['stage', 'stageReached', 'job', 'department', 'recruiter', 'source', 'rejectionReason', 'exclude', 'applicationStatus', 'tag', 'updated', 'applied', 'location', 'yearsExperience', 'boolean', 'limit']) {
      expect(covered, key).toContain(key);
    }
  });

  it('the offline parser reaches at least 90% exact match on the demo account', async () => {
    const { report } = await runNlEval({ cases: casesFile });
    const failures = report.cases.filter((c) => !c.pass).map((c) => `${c.id}: ${JSON.stringify(c.mismatches)}`);
    expect(report.exactMatch, failures.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  /*
   * Floors for the development sets: every one has been tuned on (nl-heldout7 since round 8, nl-heldout8 since
   * round 9), so the floor is the last measured exact count (round 10, 2026-12-06; raised in round 12, 2026-12-07): a rule that loses an exact case fails here. Zero
   * reversed meanings on every set. A new blind batch is listed only after its first run.
   */
  const FLOORS: [string, number][] = [
    ['nl-cases', 132],
    ['nl-dev', 170],
    ['nl-fresh', 143],
    ['nl-unseen', 132],
    ['nl-heldout', 190],
    ['nl-heldout2', 227],
    ['nl-heldout3', 312],
    ['nl-heldout4', 296],
    ['nl-heldout5', 178],
    ['nl-heldout6', 129],
    ['nl-heldout7', 168],
    ['nl-heldout8', 178],
  ];
  it.each(FLOORS)('%s stays at or above its floor with no reversed meaning', async (set, floor) => {
    const { report } = await runNlEval({ cases: fromPackageRoot(`evals/${set}.jsonl`) });
    const exact = report.cases.filter((c) => c.pass).length;
    expect(report.reversed.map((r) => `${r.id}: ${r.field}`)).toEqual([]);
    expect(exact).toBeGreaterThanOrEqual(floor);
  }, 60_000);

  /*
   * The two newest blind batches (first runs recorded in their READMEs, 2026-12-06): parser round 10 still reverses
   * these requests, listed so that none is added and the list shrinks as they are fixed. Not hidden: they are the
   * open part of issue 11's "zero reversed meanings" target. Round 11 fixed all six (and h10-221's date
   * direction), so the lists are empty and the floors are the new exact counts (raised in round 12, 2026-12-07).
   */
  const KNOWN_REVERSED: [string, number, string[]][] = [
    ['nl-heldout9', 229, []],
    // Round 17 (2026-12-07): nl-heldout10 223, nl-heldout11 210, nl-heldout13 204, nl-heldout14 164 (development sets).
    ['nl-heldout10', 226, []],
    // nl-heldout11 (2026-12-07): first run on round 11 170/242 with 8 reversed, on round 12 (blind) 173/242 with 2; on round 13 (development) 204/242 with 0; round 15 205.
    ['nl-heldout11', 220, []],
    // nl-heldout12 (2026-12-07): first run on round 13 160/247 with 4 reversed; on round 15 (development) 237/247 with 0.
    ['nl-heldout12', 239, []],
    // nl-heldout13 (2026-12-07): development set since round 15; 201/221 with 0 reversed on round 16.
    ['nl-heldout13', 208, []],
    // nl-heldout14 (2026-12-07): first run on round 15 157/176 with 1 reversed (h14-106); on round 16 (development) 158/176 with 0.
    ['nl-heldout14', 170, []],
    // nl-heldout17/18/19 (2026-12-07, written blind this session): first runs on round 16 191/206 (1 reversed), 166/198 (14 reversed
    // requests), 201/219 (1); second first runs on round 17, which never read them, 192, 173 (10 reversed), 204 (0); on round 18
    // (tuned on heldout17/18, not on heldout19) 193, 181, 204 with 0 reversed.
    ['nl-heldout17', 200, []],
    ['nl-heldout18', 193, []],
    ['nl-heldout19', 214, []],
    // nl-heldout20 (2026-12-07, blind): first run on round 18, which never read it, 142/152 with 0 reversed.
    // Round 19 (2026-12-07, tuned on the misses of heldout17–20 and older sets): heldout9 228, heldout10 224, heldout11 215,
    // heldout12 239, heldout13 205, heldout14 169, heldout17 199, heldout18 191, heldout19 213, heldout20 147, 0 reversed.
    ['nl-heldout20', 148, []],
    // nl-heldout21 (2026-12-07, blind, terse lower-case Slack requests): first run on round 18, which never read it, 170/182 with 0 reversed.
    // Round 19 merged (nlfix19 + nlfix20; nlfix20 tuned on heldout21/22): 176/182 with 0 reversed.
    ['nl-heldout21', 178, []],
    // nl-heldout22 (2026-12-07, blind, full-sentence requests): first run on round 18, which never read it, 150/164 with 1
    // reversed (h22-120: "not those rejected for … or those from agencies" read source Agency as positive).
    // Round 19 merged (development set since): 159/164 with 0 reversed (h22-120 fixed).
    ['nl-heldout22', 159, []],
    // nl-heldout23 (2026-12-07, blind, a mixed week: Slack, assistant sentences, keyword-style): first run on round 18, which
    // never read it, 137/168 with 2 reversed (h23-119 "excluding A + B rejections", h23-133 "putting aside … and anyone from an agency").
    // Merged round 19 (blind to it): 148/168, the same 2 reversed; after the session-17 fixes of those two kinds ("+" joins a
    // list; "put aside"; a people word after the first member) 150/168 with 0 (a development figure since).
    // Round 21 (nlfix21, tuned on heldout23–26 and older sets, blind to heldout27): heldout5 178, heldout9 229, heldout10 225,
    // heldout11 216, heldout14 170, heldout18 192, heldout19 214, heldout20 148, heldout23 161, heldout24 219, heldout25 158,
    // heldout26 202; every other set unchanged; 0 reversed on all 28.
    ['nl-heldout23', 164, []],
    // nl-heldout24 (2026-12-07, blind, a team's ordinary week): first run on round 18, which never read it, 202/225 with 0 reversed.
    // Merged round 19 (blind to it): 209/225 with 0 reversed.
    ['nl-heldout24', 220, []],
    // nl-heldout25 (2026-12-07, blind, one of each kind of request recruiters send often): first run on merged round 19 plus the
    // heldout23 fixes, which never read it, 152/160 with 3 reversed (h25-136 "… or who applied via LinkedIn", h25-140 "nothing
    // updated in the past 4 months", h25-158 "rejected for not having the right qualifications"); after those kinds were fixed
    // (a development figure since) 155/160 with 0.
    ['nl-heldout25', 158, []],
    // nl-heldout26 (2026-12-07, blind, a realistic mixed sample): first run on the session's final parser, which never read
    // it, 195/205 with 4 reversed (h26-101 "everywhere but X", h26-168 "… rejections and the withdrawals", h26-203 "never
    // answered us on the X role", h26-204 "rejected for not meeting the qualifications").
    // After those four kinds were fixed (a development figure since): 199/205 with 0.
    ['nl-heldout26', 203, []],
    // nl-heldout27 (2026-12-07, blind, exclusions in awkward positions: capitals, brackets, dashes, clause ends): first run on
    // the shipped parser (session 17's final one), which never read it, 169/187 with 7 reversed (a capitalised "NOT" read as
    // the Boolean operator while its value stayed positive ×5, "knock out Sofia's", "didn't also apply to the X req").
    // Second first run on round 21 (nlfix21, written at the same time, never reading it): 178/187 with 1 reversed (h27-154, a
    // focus adverb: "didn't ALSO apply to"). After the fixes of its kinds (session 18; a development figure since): 187/187, 0.
    ['nl-heldout27', 187, []],
    // nl-heldout28 (2026-12-07, blind, requests relayed from email threads and meeting notes): first run on the same parser
    // 173/185 with 0 reversed (only the headline read; its failures stay unread until the session's final parser is scored).
    // Second first run on the session's final parser (round 21 + heldout27's fixes), which never read it: 173/185 with 0.
    // Round 22 (nlfix22, tuned on heldout28's misses and round 21's open kinds, blind to heldout29): heldout10 226, heldout11 217,
    // heldout13 207, heldout18 193, heldout21 178, heldout23 162, heldout24 220, heldout26 203, heldout28 185/185; every other
    // set unchanged; 0 reversed on all 29.
    ['nl-heldout28', 185, []],
    // nl-heldout29 (2026-12-08, blind, a recruiting team's month: same-dimension include/exclude, only/exclusively, current vs
    // reached stage): first run on the shipped parser (c79706f) 172/190 with 3 reversed fields in 2 requests (h29-111, h29-114:
    // comma lists that stopped at a member's own cue word or at an unread member); second first run on round 22 (blind) 174/190,
    // the same 2. After session 19's fixes of its kinds (a development set since): 189/190, 0 reversed; heldout11 220, heldout13 208,
    // heldout17 200, heldout23 164.
    ['nl-heldout29', 189, []],
  ];
  it.each(KNOWN_REVERSED)('%s stays at or above its floor and reverses no request beyond the known ones', async (set, floor, known) => {
    const { report } = await runNlEval({ cases: fromPackageRoot(`evals/${set}.jsonl`) });
    const exact = report.cases.filter((c) => c.pass).length;
    expect(report.reversed.map((r) => r.id).filter((id) => !known.includes(id))).toEqual([]);
    expect(exact).toBeGreaterThanOrEqual(floor);
  }, 60_000);

  it('is strict both ways: a guessed filter or a missing word fails the case', () => {
    const c = { id: 'x', request: 'senior backend engineers', expect: { text: 'senior backend engineers' } };
    expect(scoreCase(c, { text: 'Senior backend engineers', filters: {} }).pass).toBe(true);
    expect(scoreCase(c, { text: 'senior backend engineers', filters: { yearsExperience: { min: 5 } } }).mismatches.map((m) => m.field)).toEqual(['yearsExperience']);
    expect(scoreCase(c, { text: 'backend engineers', filters: {} }).pass).toBe(false);
    expect(fieldMatches('job', ['A', 'b'], ['B', 'a'])).toBe(true);
    expect(fieldMatches('boolean', 'python AND (go OR rust)', '(rust OR go) python')).toBe(true);
    expect(fieldMatches('boolean', 'python OR go', 'python go')).toBe(false);
    expect(fieldMatches('updated', { after: '2026-03-01' }, { after: '2026-03-01T00:00:00Z' })).toBe(true);
    expect(fieldMatches('text', undefined, 'the people who')).toBe(true);
    expect(fieldMatches('exclude', { source: ['agency'], job: ['A', 'B'] }, { job: ['b', 'a'], source: ['Agency'] })).toBe(true);
    expect(fieldMatches('exclude', { source: ['Agency'] }, { source: ['Agency'], location: ['Berlin'] })).toBe(false);
    expect(fieldMatches('exclude', { source: ['Agency'] }, undefined)).toBe(false);
    expect(scoreCase({ id: 'n', request: 'not from agencies', expect: { exclude: { source: ['Agency'] } } }, { filters: { source: ['Agency'] } }).mismatches.map((m) => m.field).sort()).toEqual(['exclude', 'source']);
  });

  it('counts reversed meanings both ways', async () => {
    const parse = () => ({ filters: { source: ['Agency'], exclude: { location: ['Berlin'] } } });
    const { report } = await runNlEval({ cases: [{ id: 'r', request: 'x', expect: { exclude: { source: ['agency'] }, location: ['Berlin'] } }], parse });
    expect(report.reversed.map((r) => r.field).sort()).toEqual(['exclude.location', 'source']);
  });

  it('counts a reversal under any key, but not a value the case itself expects with that polarity', async () => {
    // "currently a Senior Software Engineer, but not at Stripe" read as a positive past company is reversed too.
    const crossKey = () => ({ filters: { currentTitle: ['Senior Software Engineer'], pastCompany: ['Stripe'] } });
    const c1 = { id: 'k', request: 'x', expect: { currentTitle: ['Senior Software Engineer'], exclude: { currentCompany: ['Stripe'] } } };
    expect((await runNlEval({ cases: [c1], parse: crossKey })).report.reversed.map((r) => r.field)).toEqual(['pastCompany']);
    // "nver worked at Oracle, Java skills" with Java excluded as a company: a wanted value excluded under another key.
    const c2 = { id: 'j', request: 'x', expect: { skill: ['Java'], exclude: { pastCompany: ['Oracle'] } } };
    const javaExcluded = () => ({ filters: { exclude: { pastCompany: ['Oracle', 'Java'] } } });
    expect((await runNlEval({ cases: [c2], parse: javaExcluded })).report.reversed.map((r) => r.field)).toEqual(['exclude.pastCompany']);
    // "ex-Stripe people who are not currently at Stripe": the same value on two keys, each as expected.
    const c3 = { id: 's', request: 'x', expect: { pastCompany: ['Stripe'], exclude: { currentCompany: ['Stripe'] } } };
    const both = () => ({ filters: { pastCompany: ['Stripe'], exclude: { currentCompany: ['Stripe'] } } });
    expect((await runNlEval({ cases: [c3], parse: both })).report.reversed).toEqual([]);
  });

  it('counts a date range in the opposite direction as reversed, on its own key or the other date key', async () => {
    const run = async (expect: Record<string, unknown>, filters: Record<string, unknown>) => (await runNlEval({ cases: [{ id: 'd', request: 'x', expect }], parse: () => ({ filters }) })).report.reversed.map((r) => r.field);
    // "no updates in the last 10 days" read as updated after.
    expect(await run({ updated: { before: '2026-11-17' } }, { updated: { after: '2026-11-17' } })).toEqual(['updated.after']);
    expect(await run({ applied: { after: '2026-09-01' } }, { applied: { before: '2026-09-01' } })).toEqual(['applied.before']);
    // The other date key, when the case has no range on the parse's key.
    expect(await run({ applied: { before: '2026-06-01' } }, { updated: { after: '2026-06-01' } })).toEqual(['updated.after']);
    // Same direction (even a wrong bound), a closed range, or a range the case expects on that key: no reversal.
    expect(await run({ updated: { before: '2026-11-17' } }, { updated: { before: '2026-10-01' } })).toEqual([]);
    expect(await run({ applied: { after: '2025-10-01', before: '2026-01-01' } }, { applied: { after: '2026-10-01', before: '2027-01-01' } })).toEqual([]);
    expect(await run({ applied: { after: '2024-01-01' }, updated: { before: '2026-06-01' } }, { applied: { after: '2024-01-01' }, updated: { before: '2026-06-01' } })).toEqual([]);
  });

  it('prints JSON with exactMatch, fields and cases', async () => {
    const { output } = await runNlEval({ cases: [{ id: 'r', request: 'referrals', expect: { source: ['Referral'] } }], json: true });
    const parsed = JSON.parse(output);
    expect(parsed.exactMatch).toBe(1);
    expect(parsed.reversed).toEqual([]);
    expect(parsed.fields.source).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(parsed.cases[0].id).toBe('r');
  });
});

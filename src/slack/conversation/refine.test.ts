import { describe, expect, it } from 'vitest';
import { classifyFollowUp, continuesConversation, refineRequest, restatedRequest, stripFollowUpFiller } from './refine.js';
import { SessionStore } from './sessions.js';

describe('follow-ups', () => {
  it('classifies replies', () => {
    expect(classifyFollowUp('export these')).toBe('export');
    expect(classifyFollowUp('can you export them please')).toBe('export');
    expect(classifyFollowUp('insights')).toBe('insights');
    expect(classifyFollowUp('more')).toBe('more');
    expect(classifyFollowUp('next page')).toBe('more');
    expect(classifyFollowUp('more senior ones in Berlin')).toBe('refine');
    expect(classifyFollowUp('only the ones in Seattle')).toBe('refine');
  });

  it('reads "I meant …" as a restatement, not a refinement', () => {
    expect(classifyFollowUp('I meant designers in Berlin')).toBe('restate');
    expect(classifyFollowUp('no, I meant: product managers')).toBe('restate');
    expect(restatedRequest('Sorry, I meant product managers')).toBe('product managers');
    expect(classifyFollowUp('I meant')).toBe('refine');
    expect(classifyFollowUp('only the ones in Seattle')).toBe('refine');
  });

  it('keeps earlier exclusions when a reply adds others', () => {
    const prev = { text: 'python', filters: { exclude: { source: ['Agency'] } } };
    const out = refineRequest(prev, { request: { filters: { exclude: { location: ['Berlin'] } } }, notes: [], unmapped: [] });
    expect(out.request.filters).toEqual({ exclude: { source: ['Agency'], location: ['Berlin'] } });
  });

  it('strips referring words and keeps the meaning', () => {
    expect(stripFollowUpFiller('only the ones in Seattle')).toBe('in Seattle');
    expect(stripFollowUpFiller('just those who reached onsite')).toBe('reached onsite');
    expect(stripFollowUpFiller('and only people that were rejected for comp')).toBe('rejected for comp');
    expect(stripFollowUpFiller('only')).toBe('only');
  });

  it('knows when a DM message continues the last request', () => {
    expect(continuesConversation('only the ones in Seattle')).toBe(true);
    expect(continuesConversation('export these')).toBe(true);
    expect(continuesConversation('designers in Porto')).toBe(false);
  });

  it('refines: named filters replace, others stay, text and Boolean add up, paging restarts', () => {
    const prev = { text: 'python', boolean: 'django OR flask', filters: { location: ['Berlin'], stageReached: ['Onsite'] }, cursor: 'c2', limit: 8 };
    const out = refineRequest(prev, { request: { text: 'senior', boolean: 'NOT php', filters: { location: ['Seattle'] } }, notes: ['location: Seattle'], unmapped: [] });
    expect(out.request).toEqual({ text: 'python senior', boolean: '(django OR flask) AND (NOT php)', filters: { location: ['Seattle'], stageReached: ['Onsite'] }, limit: 8 });
    expect(out.notes).toEqual(['location: Seattle']);
  });
});

describe('SessionStore', () => {
  it('finds a thread\'s latest session until the TTL passes', () => {
    let t = 0;
    const store = new SessionStore(() => t, 1000);
    const a = store.create({ request: { text: 'a' }, notes: [], unmapped: [], userId: 'U1', channelId: 'C1', threadTs: '1.1' });
    const b = store.create({ request: { text: 'b' }, notes: [], unmapped: [], userId: 'U1', channelId: 'C1', threadTs: '1.1' });
    expect(store.forThread('C1', '1.1')?.id).toBe(b.id);
    expect(store.get(a.id)?.request.text).toBe('a');
    t = 999;
    store.advance(b.id, { shown: 8, nextCursor: 'c' });
    t = 1500;
    expect(store.get(a.id)).toBeNull();
    expect(store.forThread('C1', '1.1')).toBeNull(); // the thread pointer expired with the first use
    expect(store.get(b.id)?.shown).toBe(8);
  });

  it('is capped', () => {
    const store = new SessionStore(() => 0, 1000, 3);
    const ids = Array.from({ length: 5 }, () => store.create({ request: {}, notes: [], unmapped: [], userId: 'U1', channelId: 'C1', threadTs: null }).id);
    store.create({ request: {}, notes: [], unmapped: [], userId: 'U1', channelId: 'C1', threadTs: null });
    expect(store.get(ids[0]!)).toBeNull();
    expect(store.get(ids[4]!)).not.toBeNull();
  });
});

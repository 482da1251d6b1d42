import { describe, expect, it } from 'vitest';
import { response, result, SYNC_STATUS } from '../../../test/support/slack/fake-deps.js';
import { confirmationMessage, jobPickerMessage } from './add-to-job.js';
import { describeRequest } from './describe-request.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from './limits.js';
import { resultsMessage, resultText, type ResultsView } from './results.js';
import { statusMessage } from './status.js';
import { helpMessage } from './help.js';
import { addedMessage } from './add-to-job.js';
import { digestBlocks } from '../digest/digest-blocks.js';
import { EMPTY_DIGEST } from '../../../test/support/slack/fake-deps.js';
import { blockKitViolations } from '../../../test/support/slack/block-kit-limits.js';

const view = (extra: Partial<ResultsView> = {}): ResultsView => ({
  request: { text: 'python', filters: { location: ['Berlin'] } },
  response: response([result(1), result(2)], { total: 2 }),
  sessionId: 'S1',
  offset: 0,
  writesEnabled: false,
  contacts: null,
  ...extra,
});

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; text?: string }[]; accessory?: { action_id: string } };

describe('resultsMessage', () => {
  it('has a fallback text naming the people, and no contacts unless given', () => {
    const m = resultsMessage(view());
    expect(m.text).toBe('2 candidates for "python" · in Berlin. Showing 1–2: Candidate 1, Candidate 2');
    // One person is "1 candidate" in the notification too, as in the message's heading.
    expect(resultsMessage(view({ response: response([result(1)], { total: 1 }) })).text).toBe('1 candidate for "python" · in Berlin. Showing 1–1: Candidate 1');
    expect(JSON.stringify(m.blocks)).not.toContain('@');
    const withContacts = resultsMessage(view({ contacts: { C1: { email: 'c1@example.com', phone: '+49 30 1234567' } } }));
    expect(JSON.stringify(withContacts.blocks)).toContain(':email: c1@example.com · +49 30 1234567');
  });

  it('gives each candidate a menu: Open in Ashby, Similar candidates, and Add to job… only when writes are enabled', () => {
    const menus = (m: ReturnType<typeof resultsMessage>) => (m.blocks as any[]).filter((b) => b.accessory?.action_id === 'rediscover_candidate_menu').map((b) => b.accessory.options.map((o: any) => o.value));
    expect(menus(resultsMessage(view()))).toEqual([['open:C1', 'similar:C1:Backend Engineer'], ['open:C2', 'similar:C2:Backend Engineer']]);
    expect(menus(resultsMessage(view({ writesEnabled: true })))[0]).toEqual(['open:C1', 'add:C1', 'similar:C1:Backend Engineer']);
    const open = (resultsMessage(view()).blocks as any[]).find((b) => b.accessory?.action_id === 'rediscover_candidate_menu').accessory.options[0];
    expect(open).toMatchObject({ text: { text: 'Open in Ashby' }, url: 'https://app.ashbyhq.com/candidates/C1' });
  });

  it('reads in two seconds: dividers between people, the application that explains the match, paging only when there is more', () => {
    const m = resultsMessage(view());
    const blocks = m.blocks as any[];
    expect(blocks.filter((b) => b.type === 'divider')).toHaveLength(3);
    expect(JSON.stringify(blocks)).toContain('Onsite for Platform Engineer · archived Mar 2026 (Timing)');
    expect(JSON.stringify(blocks)).not.toContain('rediscover_more');
    const paged = resultsMessage(view({ response: response([result(1)], { total: 30, nextCursor: 'c' }) }));
    expect(JSON.stringify(paged.blocks)).toContain('"action_id":"rediscover_more"');
    const none = resultsMessage(view({ response: response([]) }));
    expect((none.blocks as any[]).some((b) => b.block_id === 'rediscover_results_actions')).toBe(false);
  });

  it('stays within 50 blocks and 3000 characters per section, keeping the buttons', () => {
    const long = 'x'.repeat(5000);
    const many = Array.from({ length: 80 }, (_, i) => result(i + 1, { why: { ...result(1).why, summary: long }, name: `N${i} ${long}` }));
    const m = resultsMessage(view({ response: response(many, { total: 500, nextCursor: 'c' }) }));
    const blocks = m.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    for (const b of blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(blocks.at(-1)!.elements!.map((e) => e.action_id)).toEqual(['rediscover_more', 'rediscover_insights', 'rediscover_export']);
    expect(m.text.length).toBeLessThan(3000);
  });

  it('shows a hired application plainly as "Hired (employee)", never "Hired (Hired)"', () => {
    const hired = result(7, {
      applications: [
        { applicationId: 'A1', job: 'Platform Engineer', stage: 'Hired', status: 'Hired', recruiter: null, updatedAt: '2026-01-02T00:00:00.000Z' },
        { applicationId: 'A2', job: 'SRE', stage: 'Onsite', status: 'Archived', recruiter: null, updatedAt: '2026-01-01T00:00:00.000Z' },
      ],
    });
    const text = resultText(hired, 1, null);
    expect(text).toContain('Hired (employee) for Platform Engineer');
    expect(text).not.toContain('Hired (Hired)');
  });

  it('names how far an archived application got (its current stage is the plan\'s "Archived") and picks the one that reached the asked stage', () => {
    // The demo's shape: 38 of the 70 applications of people who reached Onsite sit in stage "Archived".
    const person = result(8, {
      applications: [
        { applicationId: 'A1', job: 'Sales Development Representative', stage: 'Application Review', status: 'Active', recruiter: null, updatedAt: '2026-10-02T00:00:00.000Z', stagesReached: ['New Lead', 'Application Review'] },
        { applicationId: 'A2', job: 'Senior Backend Engineer', stage: 'Archived', status: 'Archived', recruiter: null, archiveReason: 'Timing', updatedAt: '2026-03-05T00:00:00.000Z', stagesReached: ['Application Review', 'Technical Interview', 'Onsite', 'Archived'] },
      ],
    });
    const text = resultText(person, 1, null, { stageReached: ['Onsite'] });
    expect(text).toContain('Onsite for Senior Backend Engineer · archived Mar 2026 (Timing) _(+1 more)_');
    expect(text).not.toContain('Applied to Senior Backend Engineer');
    // Without the filter, the most recent application; an archived one with no history reads "Applied to".
    expect(resultText(person, 1, null)).toContain('Application Review for Sales Development Representative · active · Oct 2026');
    const bare = result(9, { applications: [{ applicationId: 'A3', job: 'SRE', stage: 'Archived', status: 'Archived', recruiter: null, updatedAt: '2026-03-05T00:00:00.000Z' }] });
    expect(resultText(bare, 1, null)).toContain('Applied to SRE · archived Mar 2026');
  });

  it('escapes Slack control characters in candidate data', () => {
    const m = resultsMessage(view({ response: response([result(1, { name: 'A <@U1> & <!channel>', profileUrl: null })]) }));
    const text = JSON.stringify(m.blocks);
    expect(text).toContain('A &lt;@U1&gt; &amp; &lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
  });

  it('numbers continue on later pages and an empty result says what to do', () => {
    expect(JSON.stringify(resultsMessage(view({ offset: 8 })).blocks)).toContain('*9. <https://app.ashbyhq.com/candidates/C1|Candidate 1>*');
    const empty = resultsMessage(view({ response: response([]) }));
    expect(empty.text).toBe('No candidates found for "python" · in Berlin.');
    expect(JSON.stringify(empty.blocks)).toContain('/rediscover help');
    expect(JSON.stringify(empty.blocks)).toContain('dropping any one filter does not help either');
  });

  it('0 results: the closest relaxation first, in recruiter words, and no buttons at all', () => {
    const request = { filters: { stageReached: ['Final Round'], location: ['Berlin'], exclude: { source: ['Agency'] } } };
    const zero = resultsMessage(view({
      request,
      response: response([]),
      relaxations: [
        { path: 'filters.stageReached', words: 'reached Final Round', total: 14 },
        { path: 'filters.location', words: 'in Berlin', total: 3 },
        { path: 'filters.exclude.source', words: 'not from Agency', total: 1 },
        { path: 'filters.x', words: 'a fourth', total: 1 },
      ],
    }));
    expect(zero.text).toBe('No candidates found for reached Final Round · in Berlin · not from Agency. 14 if you drop "reached Final Round".');
    const text = (zero.blocks as Block[]).map((b) => b.text?.text ?? '').join('\n');
    expect(text).toContain('No one matches all of that. *14 candidates* if you drop _reached Final Round_.');
    expect(text).toContain('• 3 candidates if you drop _in Berlin_ instead');
    expect(text).toContain('• 1 candidate if you drop _not from Agency_ instead');
    expect(text).not.toContain('a fourth');
    expect((zero.blocks as Block[]).filter((b) => b.type === 'actions' || (b as any).accessory)).toEqual([]);
  });

  it('Export everyone sits beside Export only when free text reached more people than its best matches', () => {
    const buttons = (r: Parameters<typeof response>[1]) =>
      ((resultsMessage(view({ response: response([result(1), result(2)], r) })).blocks as Block[]).at(-1)!.elements ?? []).map((e) => [e.action_id, (e.text as unknown as { text: string }).text]);
    expect(buttons({ total: 504, bestMatches: 89 })).toEqual([['rediscover_insights', 'Insights'], ['rediscover_export', 'Export 89 best matches'], ['rediscover_export_everyone', 'Export everyone (504)']]);
    // Everyone reached is a best match, or no free text (filters only): one Export.
    expect(buttons({ total: 2, bestMatches: 2 })).toEqual([['rediscover_insights', 'Insights'], ['rediscover_export', 'Export']]);
    expect(buttons({ total: 2 })).toEqual([['rediscover_insights', 'Insights'], ['rediscover_export', 'Export']]);
    // A name search: the person named, and everyone else the text reached.
    expect(buttons({ total: 50, bestMatches: 1 })).toEqual([['rediscover_insights', 'Insights'], ['rediscover_export', 'Export the best match'], ['rediscover_export_everyone', 'Export everyone (50)']]);
  });

  it('shows the parser notes as plain sentences, and unmapped words only when no note names them', () => {
    const m = resultsMessage(view({ notes: [`Searched "python" as keywords.`, 'No job title contains "quant" — searched it as text.'], unmapped: ['quant', 'Mars'] }));
    const line = (m.blocks as Block[]).find((b) => b.type === 'context')!.elements!.map((e) => (e as unknown as { text: string }).text).join('');
    expect(line).toBe(`Searched "python" as keywords. · No job title contains "quant" — searched it as text. · Not found in this account, searched as text: Mars · Mirror as of <!date^1795777200^{date_short}|2026-11-27>`);
  });

  it('drops the candidate menu when fewer than two options remain (Slack rejects a one-option overflow)', () => {
    const m = resultsMessage(view({ response: response([result(1, { profileUrl: null })]) }));
    expect((m.blocks as any[]).some((b) => b.accessory)).toBe(false);
    expect(blockKitViolations(m)).toEqual([]);
  });
});

describe('every payload the bot sends is within Slack Block Kit limits', () => {
  const long = 'x'.repeat(5000);
  const payloads = {
    results: resultsMessage(view()),
    'results, 80 long results, writes on, contacts': resultsMessage(view({
      writesEnabled: true,
      response: response(Array.from({ length: 80 }, (_, i) => result(i + 1, { name: `N${i} ${long}`, currentTitle: long, why: { ...result(1).why, summary: long } })), { total: 500, nextCursor: 'c' }),
      contacts: { C1: { email: `${long}@example.com`, phone: null } },
      request: { text: long, filters: { location: Array.from({ length: 20 }, (_, i) => `City ${i} ${long}`), exclude: { source: ['Agency'] } } },
    })),
    'zero results with relaxations': resultsMessage(view({ response: response([]), relaxations: [{ path: 'filters.location', words: long, total: 3 }] })),
    'zero results without': resultsMessage(view({ response: response([]) })),
    'results with Export everyone, 500 reached': resultsMessage(view({ response: response([result(1), result(2)], { total: 500, bestMatches: 89, nextCursor: 'c' }) })),
    help: helpMessage(),
    status: statusMessage(SYNC_STATUS),
    'job picker, 120 jobs': jobPickerMessage('C7', Array.from({ length: 120 }, (_, i) => ({ id: `J${i}`, title: `Job ${i} ${long}` }))),
    added: addedMessage({ summary: long } as Parameters<typeof addedMessage>[0]),
    digest: { text: 'digest', blocks: digestBlocks({
      ...EMPTY_DIGEST(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-27T00:00:00Z')),
      newJobs: Array.from({ length: 40 }, (_, i) => ({ id: `J${i}`, title: long, topMatches: [1, 2, 3].map((n) => ({ candidateId: `C${n}`, name: long, profileUrl: null, score: 0.5, reasons: [long] })) })),
    }) },
  };
  for (const [name, payload] of Object.entries(payloads)) {
    it(name, () => expect(blockKitViolations(payload)).toEqual([]));
  }

  it('the checker itself catches what Slack rejects', () => {
    const blocks = [
      ...Array.from({ length: 51 }, () => ({ type: 'divider' })),
      { type: 'section', text: { type: 'mrkdwn', text: long }, accessory: { type: 'overflow', action_id: 'm', options: [{ text: { type: 'plain_text', text: 'one' }, value: 'v' }] } },
      { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: long } }, { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b' } }] },
    ];
    expect(blockKitViolations({ blocks })).toEqual([
      'message: 53 blocks > 50',
      'block 51 (section): text 5000 chars',
      'block 51 (section) accessory: overflow with 1 options (2–5)',
      'block 52 (actions): button text 5000 chars',
      'block 52 (actions): duplicate action_id a',
    ]);
  });
});

describe('other messages', () => {
  it('describeRequest reads filters in recruiter words', () => {
    expect(
      describeRequest({ filters: { stageReached: ['Onsite'], applied: { after: '2026-03-01' }, yearsExperience: { min: 5 }, exclude: { rejectionReason: ['Lacks Skills'], source: ['Agency', 'Job Board'] } } }),
    ).toBe('reached Onsite · applied since Mar 2026 · 5+ years of experience · not from Agency or Job Board · not rejected for Lacks Skills');
    expect(describeRequest({ filters: { updated: { before: '2024-01-01' } } })).toBe('no activity since Jan 2024');
    expect(describeRequest({})).toBe('everyone');
  });

  it('job picker carries the candidate, confirmation carries the exact request and token', () => {
    const picker = jobPickerMessage('C7', Array.from({ length: 120 }, (_, i) => ({ id: `J${i}`, title: `Job ${i}` })));
    expect(JSON.stringify(picker.blocks)).toContain('"block_id":"add_to_job:C7"');
    expect(JSON.stringify(picker.blocks)).toContain('Showing the first 100 of 120');
    const confirm = confirmationMessage({
      candidate: { id: 'C7', name: 'Ada' },
      job: { id: 'J1', title: 'Platform', status: 'Open' },
      stage: null,
      source: null,
      existingApplication: { applicationId: 'A1', stage: 'Onsite', status: 'Archived' },
      writesEnabled: true,
      confirmationToken: 'tok',
      expiresAt: '2026-11-27T12:05:00.000Z',
      summary: '',
    });
    const json = JSON.stringify(confirm.blocks);
    expect(json).toContain("Ashby's default first stage");
    expect(json).toContain('already have an application for this job (Archived, stage Onsite)');
    expect(json).toContain(JSON.stringify(JSON.stringify({ candidateId: 'C7', jobId: 'J1', token: 'tok' })).slice(1, -1));
  });

  it('status shows freshness and counts', () => {
    const m = statusMessage(SYNC_STATUS);
    expect(JSON.stringify(m.blocks)).toContain('Resumes: 100 parsed, 2 failed, 1 pending');
    expect(JSON.stringify(m.blocks)).toContain('Text read: 90 PDF ok, 10 DOCX ok, 2 failed: 2 corrupt, 1 image-only (OCR off: install tesseract)');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { fakeDeps, response, result, SIGNING_SECRET, testConfig, type FakeDeps } from '../../test/support/slack/fake-deps.js';
import { postSigned, RESPONSE_URL, slackPayloads, type RecordedCall } from '../../test/support/slack/fake-slack.js';
import { startBot } from '../../test/support/slack/bot-harness.js';
import type { SlackConfig } from '../shared/config.js';
import { fixtureVocabulary } from '../../test/support/nl-vocabulary.js';
import { parseNaturalLanguage } from '../retrieval/nl/offline-parser.js';

/*
 * The bot at its boundary: real signed HTTP requests into Bolt's real HTTPReceiver mounted on the
 * product's node:http server, and a fake Slack Web API (clientOptions.fetch) recording every call.
 */

type Bot = Awaited<ReturnType<typeof startBot>>;
let bot: Bot | null = null;
afterEach(async () => {
  await bot?.close();
  bot = null;
});

async function start(deps: FakeDeps = fakeDeps(), config: Partial<SlackConfig> = {}): Promise<Bot> {
  bot = await startBot(deps, testConfig(config));
  return bot;
}

const blocksText = (call: RecordedCall) => JSON.stringify(call.body.blocks ?? []);
const isResponse = (c: RecordedCall) => c.kind === 'response_url';
const actionIds = (call: RecordedCall) => JSON.stringify(call.body.blocks).match(/"action_id":"[a-z_]+"/g) ?? [];

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('request verification', () => {
  it('refuses a bad signature and a stale timestamp with 401, answers url_verification', async () => {
    const { url, send } = await start();
    const body = JSON.stringify({ type: 'url_verification', challenge: 'ch-1', token: 'x' });
    expect(await postSigned(url, SIGNING_SECRET, body, { contentType: 'json', signature: 'v0=deadbeef' })).toMatchObject({ status: 401 });
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect(await postSigned(url, SIGNING_SECRET, body, { contentType: 'json', timestamp: stale })).toMatchObject({ status: 401 });
    // Bolt only checks the past; a correctly signed request stamped 10 minutes ahead is a replay risk too.
    const future = Math.floor(Date.now() / 1000) + 10 * 60;
    expect(await postSigned(url, SIGNING_SECRET, body, { contentType: 'json', timestamp: future })).toMatchObject({ status: 401 });
    expect(await postSigned(url, SIGNING_SECRET, body, { contentType: 'json', timestamp: Math.floor(Date.now() / 1000) + 60 })).toMatchObject({ status: 200 });
    expect(await postSigned(url, 'some-other-secret', body, { contentType: 'json' })).toMatchObject({ status: 401 });
    const good = await send(body, 'json');
    expect(good.status).toBe(200);
    expect(good.text).toContain('ch-1');
  });
});

describe('/rediscover', () => {
  it('acknowledges while a slow search is still running, then posts ephemeral results to response_url', async () => {
    const gate = deferred<void>();
    const deps = fakeDeps();
    const search = deps.search;
    deps.search = async (req, actor) => {
      await gate.promise;
      return search(req, actor);
    };
    const { fake, send } = await start(deps);
    const t0 = performance.now();
    const ack = await send(slackPayloads.command('python engineers in Berlin'), 'form');
    const ackMs = performance.now() - t0;
    expect(ack.status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    expect(JSON.parse(ack.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Searching') });
    expect(fake.of('response_url')).toHaveLength(0); // the search is still waiting

    gate.resolve();
    const posted = await fake.waitFor(isResponse);
    expect(posted.method).toBe(RESPONSE_URL);
    expect(posted.body).toMatchObject({ response_type: 'ephemeral' });
    expect(posted.body.text).toContain('Candidate 1');
    const blocks = blocksText(posted);
    expect(blocks).toContain('<https://app.ashbyhq.com/candidates/C1|Candidate 1>');
    expect(blocks).toContain('Backend Engineer at Company 1');
    expect(blocks).toContain('Berlin, Germany');
    expect(blocks).toContain('Onsite for Platform Engineer · archived Mar 2026 (Timing)');
    expect(blocks).toContain('_Why:_ Matched python');
    // Ephemeral: contact details may be shown.
    expect(blocks).toContain('c1@example.com');
    expect(actionIds(posted)).toEqual(['"action_id":"rediscover_candidate_menu"', '"action_id":"rediscover_candidate_menu"', '"action_id":"rediscover_insights"', '"action_id":"rediscover_export"']);
    expect(deps.parses).toEqual(['python engineers in Berlin']);
    expect(deps.searches[0]).toMatchObject({ text: 'python engineers', filters: { location: ['Berlin'] }, limit: 8 });
    expect(deps.audits).toEqual([expect.objectContaining({ actor: 'slack:U1', action: 'slack:search', resultCount: 2 })]);
    expect(fake.of('response_url')).toHaveLength(1);
  });

  it('0 results: re-runs the search without each filter for counts, names the closest drop, shows no buttons', async () => {
    const deps = fakeDeps({
      parse: async () => ({ request: { text: 'python', filters: { location: ['Berlin'], stageReached: ['Final Round'] } }, notes: [], unmapped: [] }),
    });
    deps.search = async (req) => {
      deps.searches.push(req);
      const f = req.filters ?? {};
      return response([], { total: f.location && f.stageReached ? 0 : f.location ? 14 : 2 });
    };
    const { fake, send } = await start(deps);
    await send(slackPayloads.command('python in Berlin who reached final round'), 'form');
    const posted = await fake.waitFor(isResponse);
    expect(posted.body.text).toBe('No candidates found for "python" · reached Final Round · in Berlin. 14 if you drop "reached Final Round".');
    expect(blocksText(posted)).toContain('*14 candidates* if you drop _reached Final Round_');
    expect(blocksText(posted)).toContain('• 2 candidates if you drop _in Berlin_ instead');
    expect(actionIds(posted)).toEqual([]);
    // The first search, then one count-only re-run per filter (the free text is kept).
    expect(deps.searches.slice(1)).toEqual([
      expect.objectContaining({ text: 'python', filters: { location: ['Berlin'] }, limit: 1, facets: false }),
      expect.objectContaining({ text: 'python', filters: { stageReached: ['Final Round'] }, limit: 1, facets: false }),
    ]);
    // One audited search: the re-runs are counts, not a second search of people.
    expect(deps.audits.filter((a) => a.action === 'slack:search')).toHaveLength(1);
  });

  it('exports an XLSX into the requester\'s DM with all three files.uploadV2 steps', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps);
    const ack = await send(slackPayloads.command('export python in Seattle'), 'form');
    expect(JSON.parse(ack.text).text).toContain('DMs');
    const done = await fake.waitFor(isResponse);
    expect(done.body.text).toContain('Sent candidates.xlsx (2 candidates — 2 best matches of 5 reached) to your DMs. Say "export everyone" for all 5.');
    expect(fake.api('conversations.open')[0]!.body).toMatchObject({ users: 'U1' });
    const getUrl = fake.api('files.getUploadURLExternal')[0]!;
    expect(getUrl.body).toMatchObject({ filename: 'candidates.xlsx' });
    expect(fake.of('upload')).toHaveLength(1);
    expect(fake.of('upload')[0]!.bytes).toBeGreaterThan(0);
    const complete = fake.api('files.completeUploadExternal')[0]!;
    expect(complete.body).toMatchObject({ channel_id: 'DU1' });
    expect(deps.exports).toEqual([{ request: { text: 'python', filters: { location: ['Seattle'] } }, actor: 'slack:U1' }]);
    expect(deps.audits.map((a) => [a.actor, a.action, a.resultCount])).toEqual([['slack:U1', 'slack:export', 2]]);
  });

  it('export everyone <request>: everyone the search reached, not only the best matches (audited as such)', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps);
    await send(slackPayloads.command('export everyone python in Seattle'), 'form');
    const done = await fake.waitFor(isResponse);
    expect(done.body.text).toContain('Sent candidates.xlsx (2 candidates) to your DMs');
    expect(deps.parses).toEqual(['python in Seattle']);
    expect(deps.exports).toEqual([{ request: { text: 'python', filters: { location: ['Seattle'] } }, actor: 'slack:U1', allReached: true }]);
    expect(deps.audits.map((a) => [a.action, (a.args as { allReached?: boolean }).allReached])).toEqual([['slack:export', true]]);
  });

  it('insights: uploads a chart PNG to the DM and posts a summary', async () => {
    const { fake, send } = await start();
    await send(slackPayloads.command('insights python'), 'form');
    const done = await fake.waitFor(isResponse);
    expect(done.body.text).toContain('*Location:* Berlin 100%');
    expect(done.body.text).toContain('Chart sent to your DMs');
    expect(fake.api('files.getUploadURLExternal')[0]!.body).toMatchObject({ filename: 'insights.png' });
    expect(fake.api('files.completeUploadExternal')).toHaveLength(1);
  });

  it('status and help', async () => {
    const { fake, send } = await start();
    const help = await send(slackPayloads.command('help'), 'form');
    expect(JSON.parse(help.text).blocks[0].text.text).toContain('/rediscover export');
    await send(slackPayloads.command('status'), 'form');
    const status = await fake.waitFor(isResponse);
    expect(status.body.text).toBe('Mirror updated 4 minutes ago: 120 candidates, 300 applications, 7 jobs.');
    expect(blocksText(status)).toContain('2 failed');
  });

  it('maps a coded error to a short ephemeral message that says what to change', async () => {
    const deps = fakeDeps({
      search: async () => {
        throw new AppError('filter_unknown_value', 'Unknown stage "Onsight". Valid stages: "Screen", "Onsite", "Offer".');
      },
    });
    const { fake, send } = await start(deps);
    await send(slackPayloads.command('reached onsight'), 'form');
    const msg = await fake.waitFor(isResponse);
    expect(msg.body).toMatchObject({ response_type: 'ephemeral' });
    expect(msg.body.text).toContain('Valid stages: "Screen", "Onsite", "Offer"');
    expect(msg.body.text).toContain('Rephrase with one of the values above');
    expect(deps.audits[0]).toMatchObject({ outcome: 'error', detail: 'filter_unknown_value' });
    // The app survives: the next command works.
    deps.search = async () => response([result(1)]);
    await send(slackPayloads.command('python'), 'form');
    const next = await fake.waitForNth(2, isResponse);
    expect(next.body.text).toContain('Candidate 1');
  });
});

describe('access control', () => {
  it('refuses users outside the allowlist and allows members of an allowed user group (cached)', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps, { allowedUsers: ['U1'], allowedUsergroups: ['S1'] });
    fake.usergroups = { S1: ['U7'] };
    await send(slackPayloads.command('python', 'U9'), 'form');
    const denied = await fake.waitFor(isResponse);
    expect(denied.body.text).toContain('not on this bot\'s allowlist');
    expect(deps.searches).toHaveLength(0);

    await send(slackPayloads.command('python', 'U7'), 'form');
    const allowed = await fake.waitForNth(2, isResponse);
    expect(allowed.body.text).toContain('Candidate 1');
    await send(slackPayloads.command('python', 'U7'), 'form');
    await fake.waitForNth(3, isResponse);
    expect(fake.api('usergroups.users.list')).toHaveLength(1);
  });

  it('answers only in allowed channels (and DMs)', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps, { allowedChannels: ['C1'] });
    await send(slackPayloads.command('python', 'U1', 'C2'), 'form');
    expect((await fake.waitFor(isResponse)).body.text).toContain('approved channels');
    await send(slackPayloads.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> python', channel: 'C2', ts: '10.1' }, 'Ev1'), 'json');
    const eph = await fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph.body).toMatchObject({ channel: 'C2', user: 'U1' });
    expect(deps.searches).toHaveLength(0);
  });
});

describe('mentions and threads', () => {
  const posted = (n: number) => (bot!.fake.waitForNth(n, (c) => c.method === 'chat.postMessage'));

  it('answers a mention in a thread without contacts, and refines the request from replies in the thread', async () => {
    const deps = fakeDeps();
    deps.search = async (req) => {
      deps.searches.push(req);
      return response([result(1), result(2)], { total: 30, nextCursor: 'cur-2' });
    };
    const { fake, send } = await start(deps);
    await send(slackPayloads.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> python engineers', channel: 'C1', ts: '100.1' }, 'Ev1'), 'json');
    const first = await posted(1);
    expect(first.body).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(typeof first.body.text).toBe('string');
    expect(blocksText(first)).toContain('Candidate 2');
    expect(blocksText(first)).not.toContain('@example.com'); // a channel: no contact details
    expect(actionIds(first)).toEqual(['"action_id":"rediscover_candidate_menu"', '"action_id":"rediscover_candidate_menu"', '"action_id":"rediscover_more"', '"action_id":"rediscover_insights"', '"action_id":"rediscover_export"']);
    expect(deps.parses).toEqual(['python engineers']);

    // A plain reply in the thread (no mention) narrows the thread's request.
    await send(slackPayloads.event({ type: 'message', channel_type: 'channel', user: 'U1', text: 'only the ones in Seattle', channel: 'C1', ts: '100.2', thread_ts: '100.1' }, 'Ev2'), 'json');
    const second = await posted(2);
    expect(second.body).toMatchObject({ thread_ts: '100.1' });
    expect(deps.parses[1]).toBe('in Seattle');
    expect(deps.searches[1]).toMatchObject({ text: 'python engineers', filters: { location: ['Seattle'] } });
    expect(blocksText(second)).toContain('in Seattle');

    // "more" pages the refined request with the cursor.
    await send(slackPayloads.event({ type: 'message', channel_type: 'channel', user: 'U1', text: 'more', channel: 'C1', ts: '100.3', thread_ts: '100.1' }, 'Ev3'), 'json');
    await posted(3);
    expect(deps.searches[2]).toMatchObject({ cursor: 'cur-2', filters: { location: ['Seattle'] } });

    // "export these" exports the thread's current request to the DM.
    await send(slackPayloads.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> export these', channel: 'C1', ts: '100.4', thread_ts: '100.1' }, 'Ev4'), 'json');
    const fourth = await posted(4);
    expect(fourth.body.text).toContain('to your DMs');
    expect(deps.exports[0]!.request).toMatchObject({ text: 'python engineers', filters: { location: ['Seattle'] } });
    expect(fake.api('files.completeUploadExternal')[0]!.body).toMatchObject({ channel_id: 'DU1' });

    // The mention was also delivered as a channel message: it must not run twice.
    await send(slackPayloads.event({ type: 'message', channel_type: 'channel', user: 'U1', text: '<@UBOT> export these', channel: 'C1', ts: '100.4', thread_ts: '100.1' }, 'Ev5'), 'json');
    await send(slackPayloads.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> status please', channel: 'C1', ts: '100.6' }, 'Ev6'), 'json');
    await posted(5);
    expect(deps.exports).toHaveLength(1);
  });

  it('shows what it understood in recruiter words with a button per filter to drop it, and re-reads an "I meant…" reply', async () => {
    const vocab = fixtureVocabulary();
    const parsed: string[] = [];
    const deps = fakeDeps({
      parse: async (text) => {
        parsed.push(text);
        return { ...parseNaturalLanguage(text, vocab, { now: new Date('2026-11-27T12:00:00Z') }), parser: 'offline' as const };
      },
    });
    const { send } = await start(deps);
    await send(slackPayloads.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> backend engineers who reached onsite, not from agencies', channel: 'C1', ts: '300.1' }, 'Ev1'), 'json');
    const first = await posted(1);
    expect(deps.searches[0]).toMatchObject({ text: 'backend engineers', filters: { stageReached: ['Onsite'], exclude: { source: ['Agency'] } } });
    expect(blocksText(first)).toContain('reached Onsite · not from Agency');
    expect(JSON.stringify((first.body.blocks as unknown[])[0])).not.toContain('stageReached');
    const interpretation = (first.body.blocks as { block_id?: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[]).find((b) => b.block_id === 'rediscover_interpretation')!;
    expect(interpretation.elements!.map((e) => e.text.text)).toEqual(['✕ reached Onsite', '✕ not from Agency']);

    // Dropping "not from Agency" searches the same request without that exclusion, in the same thread.
    const drop = interpretation.elements![1]!;
    await send(slackPayloads.action({ action_id: drop.action_id, value: drop.value, type: 'button' }, { channel: 'C1', messageTs: '300.2', threadTs: '300.1' }), 'form');
    const second = await posted(2);
    expect(second.body).toMatchObject({ channel: 'C1', thread_ts: '300.1' });
    expect(deps.searches[1]).toEqual(expect.objectContaining({ text: 'backend engineers', filters: { stageReached: ['Onsite'] } }));
    expect(blocksText(second)).toContain('Dropped \\"not from Agency\\"');

    // "I meant …" in the thread reads the request afresh (it does not narrow the previous one).
    await send(slackPayloads.event({ type: 'message', channel_type: 'channel', user: 'U1', text: 'no, I meant designers in Berlin', channel: 'C1', ts: '300.3', thread_ts: '300.1' }, 'Ev3'), 'json');
    await posted(3);
    expect(parsed.at(-1)).toBe('designers in Berlin');
    expect(deps.searches[2]).toEqual(expect.objectContaining({ text: 'designers', filters: { location: ['Berlin'] } }));
  });

  it('in a DM, shows contacts and continues the last request when the message starts like a follow-up', async () => {
    const deps = fakeDeps();
    const { send } = await start(deps);
    await send(slackPayloads.event({ type: 'message', channel_type: 'im', user: 'U1', text: 'data engineers', channel: 'D1', ts: '5.1' }, 'Ev1'), 'json');
    const first = await posted(1);
    expect(first.body.thread_ts).toBeUndefined();
    expect(blocksText(first)).toContain('c1@example.com');
    await send(slackPayloads.event({ type: 'message', channel_type: 'im', user: 'U1', text: 'only the ones in Lisbon', channel: 'D1', ts: '5.2' }, 'Ev2'), 'json');
    await posted(2);
    expect(deps.searches[1]).toMatchObject({ text: 'data engineers', filters: { location: ['Lisbon'] } });
    await send(slackPayloads.event({ type: 'message', channel_type: 'im', user: 'U1', text: 'designers in Porto', channel: 'D1', ts: '5.3' }, 'Ev3'), 'json');
    await posted(3);
    expect(deps.searches[2]).toMatchObject({ text: 'designers', filters: { location: ['Porto'] } });
  });

  it('ignores the bot\'s own messages and channel chatter outside its threads', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps);
    await send(slackPayloads.event({ type: 'message', channel_type: 'channel', user: 'U1', text: 'lunch?', channel: 'C1', ts: '7.1' }, 'Ev1'), 'json');
    await send(slackPayloads.event({ type: 'message', channel_type: 'im', bot_id: 'B1', user: 'UBOT', text: 'results', channel: 'D1', ts: '7.2' }, 'Ev2'), 'json');
    await send(slackPayloads.command('status'), 'form');
    await fake.waitFor(isResponse);
    expect(fake.api('chat.postMessage')).toHaveLength(0);
    expect(deps.parses).toHaveLength(0);
  });
});

describe('buttons', () => {
  it('More results on ephemeral results pages through response_url', async () => {
    const deps = fakeDeps();
    deps.search = async (req) => {
      deps.searches.push(req);
      return req.cursor ? response([result(3)], { total: 3 }) : response([result(1), result(2)], { total: 3, nextCursor: 'cur-2' });
    };
    const { fake, send } = await start(deps);
    await send(slackPayloads.command('python'), 'form');
    const first = await fake.waitFor(isResponse);
    const more = (first.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')!.elements![0]!;
    expect(more.action_id).toBe('rediscover_more');
    const ack = await send(slackPayloads.action({ action_id: more.action_id, value: more.value, type: 'button' }, { ephemeral: true }), 'form');
    expect(ack.status).toBe(200);
    const second = await fake.waitForNth(2, isResponse);
    expect(second.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blocksText(second)).toContain('*3. <https://app.ashbyhq.com/candidates/C3|Candidate 3>*');
    expect(deps.searches[1]).toMatchObject({ cursor: 'cur-2' });
  });

  it('Export everyone: beside Export when free text reached more than its best matches; a click exports everyone reached, audited as such', async () => {
    const deps = fakeDeps();
    deps.search = async (req) => {
      deps.searches.push(req);
      return response([result(1), result(2)], { total: 5, bestMatches: 2 });
    };
    const { fake, send } = await start(deps);
    await send(slackPayloads.command('python'), 'form');
    const first = await fake.waitFor(isResponse);
    const footer = (first.body.blocks as { block_id?: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[]).find((b) => b.block_id === 'rediscover_results_actions')!;
    expect(footer.elements!.map((e) => [e.action_id, e.text.text])).toEqual([
      ['rediscover_insights', 'Insights'],
      ['rediscover_export', 'Export 2 best matches'],
      ['rediscover_export_everyone', 'Export everyone (5)'],
    ]);
    const everyone = footer.elements![2]!;
    await send(slackPayloads.action({ action_id: everyone.action_id, value: everyone.value, type: 'button' }, { ephemeral: true }), 'form');
    const done = await fake.waitForNth(2, isResponse);
    expect(done.body).toMatchObject({ response_type: 'ephemeral', text: ':inbox_tray: Sent candidates.xlsx (2 candidates) to your DMs.' });
    expect(deps.exports).toEqual([{ request: expect.objectContaining({ text: 'python' }), actor: 'slack:U1', allReached: true }]);
    expect(deps.audits.filter((a) => a.action === 'slack:export').map((a) => (a.args as { allReached?: boolean }).allReached)).toEqual([true]);

    // Export (best matches): the confirmation offers everyone as a button on the same session.
    const best = footer.elements![1]!;
    await send(slackPayloads.action({ action_id: best.action_id, value: best.value, type: 'button' }, { ephemeral: true }), 'form');
    const confirmed = await fake.waitForNth(3, isResponse);
    expect(confirmed.body.text).toBe(':inbox_tray: Sent candidates.xlsx (2 candidates — 2 best matches of 5 reached) to your DMs.');
    expect(actionIds(confirmed)).toEqual(['"action_id":"rediscover_export_everyone"']);
    expect(JSON.stringify(confirmed.body.blocks)).toContain(`"value":"${everyone.value}"`);
    expect(deps.exports.at(-1)).toEqual({ request: expect.objectContaining({ text: 'python' }), actor: 'slack:U1' });
  });

  it('an expired session gets a clear message', async () => {
    const { fake, send } = await start();
    await send(slackPayloads.action({ action_id: 'rediscover_export', value: 'gone', type: 'button' }), 'form');
    expect((await fake.waitFor(isResponse)).body.text).toContain('expired');
  });
});

describe('candidate menu', () => {
  it('"Similar candidates" searches for people with that candidate\'s current title', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps);
    await send(slackPayloads.action({ action_id: 'rediscover_candidate_menu', type: 'overflow', selected_option: { text: { type: 'plain_text', text: 'Similar candidates' }, value: 'similar:C1:Backend Engineer' } }, { ephemeral: true }), 'form');
    const shown = await fake.waitFor(isResponse);
    expect(deps.searches.map((r) => r.text)).toEqual(['Backend Engineer']);
    expect(blocksText(shown)).toContain('People like this Backend Engineer');
  });
});

describe('Add to job…', () => {
  it('is absent without writes, and refused with a clear message if clicked anyway', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps);
    await send(slackPayloads.command('python'), 'form');
    expect(blocksText(await fake.waitFor(isResponse))).not.toContain('"value":"add:');
    await send(slackPayloads.action({ action_id: 'rediscover_add_to_job', value: 'C1', type: 'button' }, { ephemeral: true }), 'form');
    const refused = await fake.waitForNth(2, isResponse);
    expect(refused.body.text).toContain('REDISCOVERY_ALLOW_WRITES');
    expect(deps.confirms).toHaveLength(0);
  });

  it('picks a job, shows what will happen, then performs the confirmed, audited write', async () => {
    const deps = fakeDeps();
    const { fake, send } = await start(deps, { writesEnabled: true });
    await send(slackPayloads.command('python'), 'form');
    const results = await fake.waitFor(isResponse);
    expect(blocksText(results)).toContain('{"text":{"type":"plain_text","text":"Add to job…"},"value":"add:C1"}');

    // "Add to job…" from the candidate's overflow menu.
    await send(slackPayloads.action({ action_id: 'rediscover_candidate_menu', type: 'overflow', selected_option: { text: { type: 'plain_text', text: 'Add to job…' }, value: 'add:C1' } }, { ephemeral: true }), 'form');
    const picker = await fake.waitForNth(2, isResponse);
    const select = (picker.body.blocks as { block_id: string; accessory: { action_id: string; options: { value: string }[] } }[])[0]!;
    expect(select.block_id).toBe('add_to_job:C1');
    expect(select.accessory.options.map((o) => o.value)).toEqual(['J1', 'J2']);

    await send(slackPayloads.action({ action_id: 'rediscover_add_pick_job', block_id: 'add_to_job:C1', type: 'static_select', selected_option: { value: 'J1', text: { type: 'plain_text', text: 'Platform Engineer' } } }, { ephemeral: true }), 'form');
    const confirm = await fake.waitForNth(3, isResponse);
    expect(confirm.body).toMatchObject({ replace_original: true });
    expect(blocksText(confirm)).toContain('Add *Candidate 1* to *Platform Engineer* (Open) at stage *Application Review*');
    const confirmButton = (confirm.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')!.elements![0]!;
    expect(deps.confirms).toHaveLength(0); // nothing written before the confirmation

    await send(slackPayloads.action({ action_id: confirmButton.action_id, value: confirmButton.value, type: 'button' }, { ephemeral: true }), 'form');
    const done = await fake.waitForNth(4, isResponse);
    expect(done.body.text).toContain('Created the application in Ashby (A99)');
    expect(deps.confirms).toEqual([{ request: { candidateId: 'C1', jobId: 'J1' }, token: 'tok-123', actor: 'slack:U1' }]);
    expect(deps.audits.map((a) => a.action)).toContain('slack:add_to_job.preview');
  });
});

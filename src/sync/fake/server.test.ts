import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callFake } from './call.js';
import { generateProfile } from './profile.js';
import { startFakeAshby, type FakeAshby } from './server.js';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('fake Ashby transport: auth, permissions, rate limits, faults', () => {
  let fake: FakeAshby;
  beforeAll(async () => {
    fake = await startFakeAshby({ seed: 5, candidates: 40, apiKey: 'good-key', rateLimitPerMinute: 10_000, retryAfterSeconds: 0.01 });
    fake.admin.addApiKey({ key: 'jobs-only', scopes: ['jobsRead'] });
  });
  afterAll(() => fake.close());

  it('answers 401 without or with garbled auth, 403 for an unknown key, and always sends a request id', async () => {
    const missing = await callFake(fake.url, 'candidate.list', {}, { apiKey: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('x-ashby-request-id')).toMatch(/^[0-9A-Z]{26}$/);
    const garbled = await callFake(fake.url, 'candidate.list', {}, { authorization: 'Bearer nope' });
    expect(garbled.status).toBe(401);
    const unknown = await callFake(fake.url, 'candidate.list', {}, { apiKey: 'wrong-key' });
    expect(unknown.status).toBe(403);
    expect(unknown.json.success).toBe(false);
    // Airbyte sends the key as the password too; the password is ignored.
    const both = await callFake(fake.url, 'apiKey.info', {}, { authorization: `Basic ${Buffer.from('good-key:good-key').toString('base64')}` });
    expect(both.status).toBe(200);
    expect(both.json.results.scopes).toContain('candidatesRead');
  });

  it('refuses an endpoint outside the key scopes with 403 missing_endpoint_permission', async () => {
    const denied = await callFake(fake.url, 'candidate.list', {}, { apiKey: 'jobs-only' });
    expect(denied.status).toBe(403);
    expect(denied.json.errorInfo.code).toBe('missing_endpoint_permission');
    expect(denied.json.errors).toEqual(['missing_endpoint_permission']);
    const allowed = await callFake(fake.url, 'job.list', {}, { apiKey: 'jobs-only' });
    expect(allowed.json.success).toBe(true);
    fake.admin.addApiKey({ key: 'read-only', scopes: ['candidatesRead', 'jobsRead'] });
    const write = await callFake(fake.url, 'application.create', { candidateId: 'x', jobId: 'y' }, { apiKey: 'read-only' });
    expect(write.status).toBe(403);
    expect(write.json.errorInfo.code).toBe('missing_endpoint_permission');
  });

  it('answers logical errors with HTTP 200 and unknown routes with 404', async () => {
    const notFound = await callFake(fake.url, 'candidate.info', { id: 'no-such-id' }, { apiKey: 'good-key' });
    expect(notFound.status).toBe(200);
    expect(notFound.json).toMatchObject({ success: false, errors: ['candidate_not_found'], errorInfo: { code: 'candidate_not_found' } });
    const missingParam = await callFake(fake.url, 'application.info', {}, { apiKey: 'good-key' });
    expect(missingParam.json.errorInfo.code).toBe('invalid_input');
    const unknown = await callFake(fake.url, 'candidate.teleport', {}, { apiKey: 'good-key' });
    expect(unknown.status).toBe(404);
    const get = await fetch(`${fake.url}/candidate.list`);
    expect(get.status).toBe(404);
  });

  it('rate-limits per key with 429 rate_limit_exceeded, Retry-After and x-ratelimit headers', async () => {
    const limited = await startFakeAshby({ seed: 5, candidates: 5, apiKey: 'k', rateLimitPerMinute: 2 });
    try {
      const first = await callFake(limited.url, 'user.list', {}, { apiKey: 'k' });
      expect(first.headers.get('x-ratelimit-limit')).toBe('2');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
      await callFake(limited.url, 'user.list', {}, { apiKey: 'k' });
      const third = await callFake(limited.url, 'user.list', {}, { apiKey: 'k' });
      expect(third.status).toBe(429);
      expect(third.json.errorInfo.code).toBe('rate_limit_exceeded');
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.headers.get('x-ratelimit-remaining')).toBe('0');
    } finally {
      await limited.close();
    }
  });

  it('injects 5xx, 429 with a configurable Retry-After, and dropped connections', async () => {
    fake.admin.setFaults({ faultRate: 1, faultKinds: ['429'] });
    const throttled = await callFake(fake.url, 'user.list', {}, { apiKey: 'good-key' });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('0.01');
    fake.admin.setFaults({ faultKinds: ['503'] });
    expect((await callFake(fake.url, 'user.list', {}, { apiKey: 'good-key' })).status).toBe(503);
    fake.admin.setFaults({ faultKinds: ['500'] });
    expect((await callFake(fake.url, 'user.list', {}, { apiKey: 'good-key' })).status).toBe(500);
    fake.admin.setFaults({ faultKinds: ['drop'] });
    await expect(callFake(fake.url, 'user.list', {}, { apiKey: 'good-key' })).rejects.toThrow();
    fake.admin.setFaults({ faultRate: 0.3, faultKinds: ['500', '502', '503', '429', 'drop'] });
    let failures = 0;
    for (let i = 0; i < 40; i++) {
      try {
        const r = await callFake(fake.url, 'user.list', {}, { apiKey: 'good-key' });
        if (r.status !== 200) failures++;
      } catch {
        failures++;
      }
    }
    expect(failures).toBeGreaterThan(2);
    expect(failures).toBeLessThan(30);
    fake.admin.setFaults({ faultRate: 0 });
    // The admin API is never faulted, so tests can always drive the account.
    expect(() => fake.admin.setFaults({ nonsense: 1 })).toThrow(/Unknown fault knob/);
  });
});

describe('fake Ashby files', () => {
  let fake: FakeAshby;
  beforeAll(async () => {
    fake = await startFakeAshby({ seed: 9, candidates: 60 });
  });
  afterAll(() => fake.close());

  it('file.info returns a loopback URL serving a resume PDF whose text agrees with the profile', async () => {
    const candidate = fake.state.candidates.all().find((c) => {
      const f = c.resumeFileId ? fake.state.files.get(c.resumeFileId) : undefined;
      return f?.render.kind === 'synthetic-resume' && (f.render.format ?? 'pdf') === 'pdf' && c.position && c.school;
    })!;
    const info = await callFake(fake.url, 'candidate.info', { id: candidate.id }, { apiKey: fake.apiKey });
    const handle = info.json.results.resumeFileHandle.handle as string;
    const file = await callFake(fake.url, 'file.info', { fileHandle: handle }, { apiKey: fake.apiKey });
    expect(file.json.results.url.startsWith(`${fake.url}/files/`)).toBe(true);
    const download = await fetch(file.json.results.url);
    expect(download.status).toBe(200);
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const original = Buffer.from(bytes); // pdf.js may detach the array it parses
    const text = await pdfText(bytes);
    const render = fake.state.files.get(candidate.resumeFileId!)!.render;
    if (render.kind !== 'synthetic-resume') throw new Error('expected a synthetic resume');
    const profile = generateProfile(render.profileSeed, render.family, render.asOf);
    expect(text).toContain(candidate.name);
    expect(text).toContain(candidate.position!);
    expect(text).toContain(candidate.company!);
    expect(text).toContain(candidate.school!);
    expect(text).toContain(profile.education.major);
    expect(text).toMatch(/\d\d\/\d{4} - (\d\d\/\d{4}|Current)/);
    for (const skill of profile.skills.slice(0, 3)) expect(text).toContain(skill);
    // Deterministic bytes: a second download is identical.
    const again = new Uint8Array(await (await fetch((await callFake(fake.url, 'file.info', { fileHandle: handle }, { apiKey: fake.apiKey })).json.results.url)).arrayBuffer());
    expect(Buffer.from(again).equals(original)).toBe(true);
  });

  it('serves deliberately broken files that pdf-parse rejects, and refuses bad handles and URLs', async () => {
    const broken = fake.state.files.all().filter((f) => f.render.kind === 'not-pdf' || f.render.kind === 'truncated-pdf');
    expect(new Set(broken.map((f) => f.render.kind))).toEqual(new Set(['not-pdf', 'truncated-pdf']));
    for (const f of broken) {
      const c = (await callFake(fake.url, 'candidate.info', { id: f.candidateId }, { apiKey: fake.apiKey })).json.results;
      const url = (await callFake(fake.url, 'file.info', { fileHandle: c.resumeFileHandle.handle }, { apiKey: fake.apiKey })).json.results.url;
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      await expect(pdfText(bytes)).rejects.toThrow();
    }
    const bad = await callFake(fake.url, 'file.info', { fileHandle: 'not-a-handle' }, { apiKey: fake.apiKey });
    expect(bad.json.errorInfo.code).toBe('invalid_input');
    expect((await fetch(`${fake.url}/files/forged.token`)).status).toBe(403);
  });
});

import { describe, expect, it } from 'vitest';
import { createSlackDoor } from './index.js';
import { fakeApiFor, fakeDeps, testConfig } from '../../test/support/slack/fake-deps.js';

describe('createSlackDoor', () => {
  it('is null when Slack is not configured', () => {
    expect(createSlackDoor({ api: fakeApiFor(fakeDeps()), config: null })).toBeNull();
  });

  it('HTTP mode mounts POST /slack/events; Socket Mode mounts no route', () => {
    const http = createSlackDoor({ api: fakeApiFor(fakeDeps()), config: testConfig(), botId: 'B1', botUserId: 'UBOT' })!;
    expect(Object.keys(http.routes ?? {})).toEqual(['POST /slack/events']);
    expect(http.describe('http://127.0.0.1:3977')).toContain('POST http://127.0.0.1:3977/slack/events');
    // Constructing a Socket Mode app opens no connection; only start() does.
    const socket = createSlackDoor({ api: fakeApiFor(fakeDeps()), config: testConfig({ mode: 'socket', appToken: 'xapp-test', signingSecret: null }), botId: 'B1', botUserId: 'UBOT' })!;
    expect(socket.routes).toBeUndefined();
    expect(socket.describe('http://x')).toContain('Socket Mode');
  });
});

import { describe, expect, it } from 'vitest';
import { loadSlackConfig } from './config.js';

describe('loadSlackConfig', () => {
  it('is off without a bot token', () => {
    expect(loadSlackConfig({})).toBeNull();
  });

  it('defaults to Socket Mode with an app token, HTTP otherwise', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp' })).toMatchObject({ mode: 'socket', allowedUsers: [], showContactsInChannels: false, digest: null });
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 's' })).toMatchObject({ mode: 'http', signingSecret: 's' });
  });

  it('parses lists, flags and the digest', () => {
    const c = loadSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb',
      SLACK_APP_TOKEN: 'xapp',
      SLACK_ALLOWED_USERS: 'U1, U2',
      SLACK_ALLOWED_USERGROUPS: 'S1',
      SLACK_ALLOWED_CHANNELS: 'C1 C2',
      SLACK_SHOW_CONTACTS_IN_CHANNELS: 'true',
      SLACK_DIGEST_CRON: '0 9 * * 1-5',
      SLACK_DIGEST_CHANNEL: 'C9',
      SLACK_DIGEST_TZ: 'Europe/Berlin',
      REDISCOVERY_ALLOW_WRITES: 'true',
    });
    expect(c).toMatchObject({ allowedUsers: ['U1', 'U2'], allowedUsergroups: ['S1'], allowedChannels: ['C1', 'C2'], showContactsInChannels: true, writesEnabled: true, digest: { cron: '0 9 * * 1-5', channel: 'C9', timezone: 'Europe/Berlin' } });
  });

  it('says what is missing or wrong', () => {
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_MODE: 'socket', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'x', SLACK_DIGEST_CRON: '0 9 * * *' })).toThrow(/SLACK_DIGEST_CHANNEL/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'x', SLACK_DIGEST_CRON: 'every day', SLACK_DIGEST_CHANNEL: 'C1' })).toThrow(/SLACK_DIGEST_CRON/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'x', SLACK_DIGEST_CRON: '0 9 * * *', SLACK_DIGEST_CHANNEL: 'C1', SLACK_DIGEST_TZ: 'Mars/Olympus' })).toThrow(/SLACK_DIGEST_TZ/);
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_MODE: 'webhook' })).toThrow(/SLACK_MODE/);
  });
});

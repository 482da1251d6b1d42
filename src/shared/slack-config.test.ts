import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { AppError } from './errors.js';
import { configError } from '../../test/support/config-error.js';

/** The Slack settings of an environment (the SLACK_* variables are parsed by the one config schema). */
const slack = (env: NodeJS.ProcessEnv) => loadConfig(env).slack;

describe('the Slack settings in the one configuration', () => {
  it('is off without a bot token', () => {
    expect(slack({})).toBeNull();
  });

  it('defaults to Socket Mode with an app token, HTTP otherwise', () => {
    expect(slack({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp' })).toMatchObject({ mode: 'socket', allowedUsers: [], showContactsInChannels: false, digest: null, resultsPerPage: 8, apiUrl: null });
    expect(slack({ SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 's' })).toMatchObject({ mode: 'http', signingSecret: 's', appToken: null });
  });

  it('parses lists, flags and the digest', () => {
    const c = slack({
      SLACK_BOT_TOKEN: 'xoxb',
      SLACK_APP_TOKEN: 'xapp',
      SLACK_ALLOWED_USERS: 'U1, U2',
      SLACK_ALLOWED_USERGROUPS: 'S1',
      SLACK_ALLOWED_CHANNELS: 'C1 C2',
      SLACK_SHOW_CONTACTS_IN_CHANNELS: 'true',
      SLACK_DIGEST_CRON: '0 9 * * 1-5',
      SLACK_DIGEST_CHANNEL: 'C9',
      SLACK_DIGEST_TZ: 'Europe/Berlin',
      SLACK_RESULTS_PER_PAGE: '5',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      REDISCOVERY_ALLOW_WRITES: 'true',
    });
    expect(c).toMatchObject({
      allowedUsers: ['U1', 'U2'],
      allowedUsergroups: ['S1'],
      allowedChannels: ['C1', 'C2'],
      showContactsInChannels: true,
      writesEnabled: true,
      resultsPerPage: 5,
      apiUrl: 'http://127.0.0.1:9/api/',
      digest: { cron: '0 9 * * 1-5', channel: 'C9', timezone: 'Europe/Berlin' },
    });
  });

  it.each([
    ['true', true], ['YES', true], ['1', true], ['no', false], ['0', false], ['False', false], [undefined, false],
  ])('SLACK_SHOW_CONTACTS_IN_CHANNELS=%s parses as %s', (value, expected) => {
    expect(slack({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp', SLACK_SHOW_CONTACTS_IN_CHANNELS: value })!.showContactsInChannels).toBe(expected);
  });

  // Each bad value is one line that names the variable, as for every other variable; checked even with the bot
  // off (no SLACK_BOT_TOKEN), so a typo shows at the first start rather than the day the token is added.
  it.each([
    [{ SLACK_SHOW_CONTACTS_IN_CHANNELS: 'yess' }, 'Invalid configuration: SLACK_SHOW_CONTACTS_IN_CHANNELS: "yess" is not a boolean: use true/false, 1/0 or yes/no'],
    [{ SLACK_MODE: 'webhook' }, 'Invalid configuration: SLACK_MODE: '],
    [{ SLACK_RESULTS_PER_PAGE: '40' }, 'Invalid configuration: SLACK_RESULTS_PER_PAGE: '],
    [{ SLACK_RESULTS_PER_PAGE: 'eight' }, 'Invalid configuration: SLACK_RESULTS_PER_PAGE: '],
    [{ SLACK_API_URL: 'slack.example' }, 'Invalid configuration: SLACK_API_URL: '],
  ])('%o is a one-line start-up error naming the variable', (env, start) => {
    const err = configError(env);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('config_invalid');
    expect(err.message.startsWith(start)).toBe(true);
    expect(err.message).not.toContain('\n');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb' }, 'Invalid configuration: SLACK_SIGNING_SECRET: '],
    [{ SLACK_BOT_TOKEN: 'xoxb', SLACK_MODE: 'socket', SLACK_SIGNING_SECRET: 's' }, 'Invalid configuration: SLACK_APP_TOKEN: '],
    [{ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'x', SLACK_DIGEST_CRON: '0 9 * * *' }, 'Invalid configuration: SLACK_DIGEST_CHANNEL: '],
    [{ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'x', SLACK_DIGEST_CRON: 'every day', SLACK_DIGEST_CHANNEL: 'C1' }, 'Invalid configuration: SLACK_DIGEST_CRON / SLACK_DIGEST_TZ: '],
    [{ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'x', SLACK_DIGEST_CRON: '0 9 * * *', SLACK_DIGEST_CHANNEL: 'C1', SLACK_DIGEST_TZ: 'Mars/Olympus' }, 'Invalid configuration: SLACK_DIGEST_CRON / SLACK_DIGEST_TZ: '],
  ])('%o says which variable is missing or wrong, in one line', (env, start) => {
    const err = configError(env);
    expect(err.code).toBe('config_invalid');
    expect(err.message.startsWith(start)).toBe(true);
    expect(err.message).not.toContain('\n');
  });
});

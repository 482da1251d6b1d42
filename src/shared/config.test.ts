import { describe, expect, test } from 'vitest';
import { loadConfig } from './config.js';
import { AppError } from './errors.js';
import { configError } from '../../test/support/config-error.js';
import { fromPackageRoot } from './paths.js';

describe('strict configuration', () => {
  test('a boolean typo is a start-up error naming the variable, not a silent false', () => {
    const err = configError({ REDISCOVERY_ALLOW_WRITES: 'ture' });
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('config_invalid');
    expect(err.message).toContain('REDISCOVERY_ALLOW_WRITES');
    expect(err.message).toContain('"ture"');
    expect(configError({ REDISCOVERY_ALLOW_WRITES: 'on' }).message).toContain('REDISCOVERY_ALLOW_WRITES');
  });

  test.each([
    ['true', true], ['TRUE', true], ['1', true], ['yes', true], ['Yes', true],
    ['false', false], ['False', false], ['0', false], ['no', false], ['NO', false], [undefined, false],
  ])('REDISCOVERY_ALLOW_WRITES=%s parses as %s', (value, expected) => {
    expect(loadConfig({ REDISCOVERY_ALLOW_WRITES: value }).REDISCOVERY_ALLOW_WRITES).toBe(expected);
  });

  test('REDISCOVERY_COMPANY_ATTRIBUTES must name an existing file; blank is unset', () => {
    const err = configError({ REDISCOVERY_COMPANY_ATTRIBUTES: '/nonexistent/companies.csv' });
    expect(err.code).toBe('config_invalid');
    expect(err.message).toBe('Invalid configuration: REDISCOVERY_COMPANY_ATTRIBUTES: no such file "/nonexistent/companies.csv": give the path of a company,industry,size CSV, or unset it');
    expect(configError({ REDISCOVERY_COMPANY_ATTRIBUTES: fromPackageRoot('src') }).message).toContain('REDISCOVERY_COMPANY_ATTRIBUTES');
    expect(loadConfig({ REDISCOVERY_COMPANY_ATTRIBUTES: ' ' }).REDISCOVERY_COMPANY_ATTRIBUTES).toBeUndefined();
    expect(loadConfig({ REDISCOVERY_COMPANY_ATTRIBUTES: fromPackageRoot('package.json') }).REDISCOVERY_COMPANY_ATTRIBUTES).toBe(fromPackageRoot('package.json'));
  });

  test('Slack booleans are just as strict (more Slack cases in slack-config.test.ts)', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(configError({ ...base, SLACK_SHOW_CONTACTS_IN_CHANNELS: 'yess' }).message).toContain('SLACK_SHOW_CONTACTS_IN_CHANNELS');
    expect(loadConfig({ ...base, SLACK_SHOW_CONTACTS_IN_CHANNELS: 'YES' }).slack!.showContactsInChannels).toBe(true);
  });

  test('MCP_ALLOWED_ORIGINS and LOG_LEVEL are parsed here too', () => {
    expect(loadConfig({ MCP_ALLOWED_ORIGINS: ' https://a.example, ,https://b.example' }).MCP_ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(loadConfig({}).MCP_ALLOWED_ORIGINS).toEqual([]);
    expect(configError({ LOG_LEVEL: 'verbose' }).message).toContain('LOG_LEVEL');
  });
});

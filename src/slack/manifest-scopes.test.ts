import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';

/*
 * Least privilege, checked: every Slack Web API method the bot's code calls and every event it
 * subscribes to is covered by a scope in slack/manifest.yaml, and the manifest asks for no scope that
 * none of them needs. A new call fails here until it is added to METHOD_SCOPES (and its scope to the
 * manifest). Scopes per method are from Slack's method reference pages.
 */

/** Web API method → the bot scope it needs (null: none). `filesUploadV2` is the SDK's name for three calls. */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'conversations.open': ['im:write'],
  // files.getUploadURLExternal + files.completeUploadExternal.
  filesUploadV2: ['files:write'],
  'usergroups.users.list': ['usergroups:read'],
};
/** Events API event → scope. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
};
/** Features that need a scope with no method call: the slash command. */
const FEATURE_SCOPES = ['commands'];

const SLACK_DIR = fromPackageRoot('src', 'slack');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Methods called through a WebClient (`client.chat.postMessage(`, `app.client.usergroups.users.list(`, `client.filesUploadV2(`). */
function calledMethods(): Set<string> {
  const methods = new Set<string>();
  for (const file of sourceFiles(SLACK_DIR)) {
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bclient\.((?:[a-z][A-Za-z0-9]*\.)*[a-z][A-Za-z0-9]*)\s*\(/g)) methods.add(m[1]);
  }
  return methods;
}

/*
 * The two lists this test needs, read from the manifest's fixed layout (`scopes:` → `bot:` items and
 * `bot_events:` items; commented-out items are not granted). The project has no YAML parser and this
 * file's shape is Slack's, so a line reader is enough.
 */
function manifestList(yaml: string, key: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  if (start < 0) throw new Error(`manifest has no ${key}:`);
  const indent = lines[start].search(/\S/);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (line.search(/\S/) <= indent && !line.trim().startsWith('- ')) break;
    const item = line.match(/^\s*-\s+(\S+)\s*$/);
    if (item) items.push(item[1]);
  }
  return items;
}

describe('slack/manifest.yaml scopes (least privilege)', () => {
  const yaml = fs.readFileSync(fromPackageRoot('slack', 'manifest.yaml'), 'utf8');
  const scopes = manifestList(yaml, 'bot');
  const events = manifestList(yaml, 'bot_events');

  it('finds the calls and lists it reads', () => {
    expect(calledMethods()).toEqual(new Set(['chat.postMessage', 'chat.postEphemeral', 'conversations.open', 'filesUploadV2', 'usergroups.users.list']));
    expect(events).toEqual(['app_mention', 'message.im']);
  });

  it('covers every Web API method the code calls with a granted scope', () => {
    for (const method of calledMethods()) {
      expect(METHOD_SCOPES, `${method} is called in src/slack but has no row in METHOD_SCOPES`).toHaveProperty([method]);
      for (const scope of METHOD_SCOPES[method]!) expect(scopes, `${method} needs ${scope}`).toContain(scope);
    }
  });

  it('covers every subscribed event, and asks for no scope that nothing needs', () => {
    for (const event of events) expect(scopes, `${event} needs ${EVENT_SCOPES[event]}`).toContain(EVENT_SCOPES[event]);
    const needed = new Set([...[...calledMethods()].flatMap((m) => METHOD_SCOPES[m] ?? []), ...events.map((e) => EVENT_SCOPES[e]!), ...FEATURE_SCOPES]);
    expect([...scopes].sort()).toEqual([...needed].sort());
    expect(scopes).not.toContain('channels:history');
    expect(scopes).not.toContain('groups:history');
  });
});

import { describe, expect, it } from 'vitest';
import { AccessControl, USERGROUP_CACHE_TTL_MS } from './access.js';

describe('AccessControl', () => {
  it('allows everyone when no allowlist is configured', async () => {
    const ac = new AccessControl({ allowedUsers: [], allowedUsergroups: [], allowedChannels: [] }, async () => []);
    expect(await ac.check('U9', 'C9')).toEqual({ allowed: true });
  });

  it('allows listed users and group members, caches membership for the TTL, treats unreadable groups as empty', async () => {
    let t = 0;
    const calls: string[] = [];
    const ac = new AccessControl({ allowedUsers: ['U1'], allowedUsergroups: ['S1', 'SBAD'], allowedChannels: [] }, async (g) => {
      calls.push(g);
      if (g === 'SBAD') throw new Error('missing_scope');
      return g === 'S1' ? ['U2'] : [];
    }, () => t);
    expect((await ac.check('U1', 'C1')).allowed).toBe(true);
    expect((await ac.check('U2', 'C1')).allowed).toBe(true);
    expect(await ac.check('U3', 'C1')).toMatchObject({ allowed: false, reason: 'user' });
    expect(calls).toEqual(['S1', 'SBAD']);
    await ac.check('U3', 'C1');
    expect(calls).toHaveLength(2);
    t = USERGROUP_CACHE_TTL_MS + 1;
    await ac.check('U2', 'C1');
    expect(calls).toEqual(['S1', 'SBAD', 'S1']);
  });

  it('limits channels but always allows DMs of allowed users', async () => {
    const ac = new AccessControl({ allowedUsers: [], allowedUsergroups: [], allowedChannels: ['C1'] }, async () => []);
    expect((await ac.check('U1', 'C1')).allowed).toBe(true);
    expect((await ac.check('U1', 'D123')).allowed).toBe(true);
    expect(await ac.check('U1', 'C2')).toMatchObject({ allowed: false, reason: 'channel' });
  });
});

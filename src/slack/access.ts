/*
 * Who may use the bot, and where. With no allowlist configured everyone in the workspace may (the
 * README says so); with users and/or user groups configured, a user must be listed or belong to a
 * listed group; with channels configured, the bot answers only there and in DMs of allowed users.
 * Group membership comes from `usergroups.users.list`, cached so a busy channel costs one call per TTL.
 */

export const USERGROUP_CACHE_TTL_MS = 5 * 60_000;

interface AccessRules {
  allowedUsers: string[];
  allowedUsergroups: string[];
  allowedChannels: string[];
}

type AccessDecision = { allowed: true } | { allowed: false; reason: 'user' | 'channel'; message: string };

/** Fetches the member ids of a user group (the app passes `client.usergroups.users.list`). */
type UsergroupMembers = (usergroupId: string) => Promise<string[]>;

export const isDirectMessageChannel = (channelId: string | undefined): boolean => !!channelId && channelId.startsWith('D');

export class AccessControl {
  private readonly cache = new Map<string, { members: Set<string>; fetchedAt: number }>();

  constructor(
    private readonly rules: AccessRules,
    private readonly members: UsergroupMembers,
    private readonly clock: () => number = Date.now,
  ) {}

  private async groupMembers(groupId: string): Promise<Set<string>> {
    const hit = this.cache.get(groupId);
    if (hit && this.clock() - hit.fetchedAt < USERGROUP_CACHE_TTL_MS) return hit.members;
    // A group that cannot be read (missing usergroups:read, deleted group) grants nothing until the next refresh.
    const members = new Set(await this.members(groupId).catch(() => [] as string[]));
    this.cache.set(groupId, { members, fetchedAt: this.clock() });
    return members;
  }

  private async userAllowed(userId: string): Promise<boolean> {
    const { allowedUsers, allowedUsergroups } = this.rules;
    if (!allowedUsers.length && !allowedUsergroups.length) return true;
    if (allowedUsers.includes(userId)) return true;
    for (const group of allowedUsergroups) {
      if ((await this.groupMembers(group)).has(userId)) return true;
    }
    return false;
  }

  /** May this user use the bot in this channel? */
  async check(userId: string, channelId: string | undefined): Promise<AccessDecision> {
    if (!(await this.userAllowed(userId))) {
      return { allowed: false, reason: 'user', message: ':lock: You are not on this bot\'s allowlist. Ask an admin to add you (SLACK_ALLOWED_USERS or SLACK_ALLOWED_USERGROUPS).' };
    }
    const { allowedChannels } = this.rules;
    if (allowedChannels.length && channelId && !isDirectMessageChannel(channelId) && !allowedChannels.includes(channelId)) {
      return { allowed: false, reason: 'channel', message: ':lock: I only answer in approved channels (SLACK_ALLOWED_CHANNELS) and in DMs. Ask me in a DM instead.' };
    }
    return { allowed: true };
  }
}

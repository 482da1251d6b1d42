import type { webApi } from '@slack/bolt';
import type { AccessControl } from '../access.js';
import type { FlowEnv, SlackFiles } from './flows.js';

type WebClient = webApi.WebClient;

/** What every listener shares: the flows' environment and the access rules. */
export interface BotContext {
  env: FlowEnv;
  access: AccessControl;
}

/** SlackFiles over the Web API: DMs via conversations.open, uploads via files.uploadV2 (three calls). */
export function slackFiles(client: WebClient): SlackFiles {
  return {
    async openDm(userId) {
      const res = await client.conversations.open({ users: userId });
      const id = res.channel?.id;
      if (!id) throw new Error('conversations.open returned no channel');
      return id;
    },
    async upload({ channelId, threadTs, filename, file, title, comment }) {
      const base = { file, filename, title, initial_comment: comment };
      await client.filesUploadV2(threadTs ? { ...base, channel_id: channelId, thread_ts: threadTs } : { ...base, channel_id: channelId });
    },
  };
}

/** A short message only the user sees (chat.postEphemeral); failures are logged by the caller. */
export async function postEphemeral(client: WebClient, channel: string, user: string, text: string, threadTs?: string | null): Promise<void> {
  await client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
}

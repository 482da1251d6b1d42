import type { App, RespondFn } from '@slack/bolt';
import { logger } from '../../shared/logger.js';
import { helpMessage } from '../blocks/help.js';
import { statusMessage } from '../blocks/status.js';
import { slackErrorText } from '../errors.js';
import { slackFiles, type BotContext } from './bot-context.js';
import { wantsEveryoneReached, withoutEveryone } from '../conversation/refine.js';
import { channelApi, exportToDm, insightsFor, startSearch, userApi, type Message, type Where } from './flows.js';

/*
 * `/rediscover [export|insights|status|help] <request>`. Slack wants the acknowledgement within 3 s,
 * and a search, an export or a chart can take longer: every path acks first (with a short "working"
 * line) and then reports through response_url, which allows at most 5 posts, so each path posts once.
 */

const COMMAND = '/rediscover';

type Subcommand = 'search' | 'export' | 'insights' | 'status' | 'help';

/** Split the command text into its subcommand and the request. */
function parseCommandText(text: string): { sub: Subcommand; request: string } {
  const trimmed = text.trim();
  const m = /^(export|insights|insight|status|help)\b\s*(.*)$/is.exec(trimmed);
  if (!trimmed) return { sub: 'help', request: '' };
  if (!m) return { sub: 'search', request: trimmed };
  const word = m[1]!.toLowerCase();
  const sub: Subcommand = word === 'insight' ? 'insights' : (word as Subcommand);
  return { sub, request: m[2]!.trim() };
}

const WORKING: Record<Subcommand, string> = {
  search: ':mag: Searching…',
  export: ':hourglass_flowing_sand: Building the export; it will arrive in your DMs…',
  insights: ':bar_chart: Computing insights…',
  status: ':hourglass_flowing_sand: Checking the mirror…',
  help: '',
};

async function reply(respond: RespondFn, message: Message): Promise<void> {
  await respond({ response_type: 'ephemeral', text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
}

/** Register `/rediscover`. */
export function registerCommands(app: App, bot: BotContext): void {
  app.command(COMMAND, async ({ command, ack, respond, client }) => {
    const { sub, request } = parseCommandText(command.text ?? '');
    if (sub === 'help') {
      await ack({ response_type: 'ephemeral', ...helpMessage() });
      return;
    }
    await ack({ response_type: 'ephemeral', text: WORKING[sub] });
    try {
      const decision = await bot.access.check(command.user_id, command.channel_id);
      if (!decision.allowed) return await reply(respond, { text: decision.message });
      const where: Where = { userId: command.user_id, channelId: command.channel_id, threadTs: null, ephemeral: true };
      if (sub === 'status') return await reply(respond, statusMessage(await channelApi(bot.env).status()));
      // `/rediscover export everyone <request>`: everyone the search reached, not only the best matches.
      const allReached = sub === 'export' && wantsEveryoneReached(request.split(/\s+/)[0] ?? '');
      const asked = allReached ? withoutEveryone(request) : request;
      if (!asked) return await reply(respond, { text: `Tell me what to look for, e.g. \`${COMMAND} ${sub === 'search' ? '' : `${sub} `}python engineers in Berlin\`.` });
      const parsed = await userApi(bot.env, where).parseRequest(asked);
      if (sub === 'search') return await reply(respond, await startSearch(bot.env, where, parsed, null));
      const files = slackFiles(client);
      if (sub === 'export') return await reply(respond, await exportToDm(bot.env, files, where, parsed.request, { allReached }));
      return await reply(respond, await insightsFor(bot.env, files, where, parsed.request));
    } catch (err) {
      await reply(respond, { text: slackErrorText(err, `command:${sub}`) }).catch((e) => logger.warn({ err: (e as Error).message }, 'slack: respond failed'));
    }
  });
}

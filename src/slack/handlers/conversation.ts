import type { App, webApi } from '@slack/bolt';
import { logger } from '../../shared/logger.js';
import { classifyFollowUp, continuesConversation, refineRequest, restatedRequest, stripFollowUpFiller, wantsEveryoneReached } from '../conversation/refine.js';
import type { SearchSession } from '../conversation/sessions.js';
import { slackErrorText } from '../errors.js';
import { postEphemeral, slackFiles, type BotContext } from './bot-context.js';
import { exportToDm, insightsFor, showPage, startSearch, userApi, type Message, type Where } from './flows.js';

type WebClient = webApi.WebClient;

/*
 * Mentions and DMs. A mention (or a DM) starts a search and posts the results in a thread; a reply
 * in that thread continues it ("only the ones in Seattle", "more", "insights", "export these").
 * In channels, plain replies in a bot thread need no mention (message.channels); in DMs, a top-level
 * message continues the last request only when it starts like a follow-up ("only…", "export these").
 */

interface Incoming {
  userId: string;
  channelId: string;
  text: string;
  /** Where the reply is posted (null: top level of a DM). */
  replyTs: string | null;
  /** The conversation key sessions are found by. */
  conversationTs: string;
  /** The session this message continues, if any. */
  session: SearchSession | null;
}

const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

/** Event ids already handled: Slack redelivers an event it believes was not acknowledged. */
class SeenEvents {
  private readonly ids = new Set<string>();
  firstTime(id: string | undefined): boolean {
    if (!id) return true;
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > 1000) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

async function post(client: WebClient, channel: string, threadTs: string | null, message: Message): Promise<void> {
  await client.chat.postMessage({ channel, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}) });
}

async function followUp(bot: BotContext, client: WebClient, where: Where, m: Incoming, session: SearchSession): Promise<Message> {
  const files = slackFiles(client);
  switch (classifyFollowUp(m.text)) {
    case 'export':
      return exportToDm(bot.env, files, where, session.request, { allReached: wantsEveryoneReached(m.text), sessionId: session.id });
    case 'insights':
      return insightsFor(bot.env, files, where, session.request);
    case 'more':
      return session.nextCursor ? showPage(bot.env, where, session) : { text: 'That was everything: there are no more results for this request.' };
    case 'restate':
      return startSearch(bot.env, where, await userApi(bot.env, where).parseRequest(restatedRequest(m.text)), m.conversationTs);
    case 'refine': {
      const reply = await userApi(bot.env, where).parseRequest(stripFollowUpFiller(m.text));
      return startSearch(bot.env, where, refineRequest(session.request, reply), m.conversationTs);
    }
  }
}

async function handle(bot: BotContext, client: WebClient, m: Incoming): Promise<void> {
  try {
    const decision = await bot.access.check(m.userId, m.channelId);
    if (!decision.allowed) {
      await postEphemeral(client, m.channelId, m.userId, decision.message, m.replyTs);
      return;
    }
    const where: Where = { userId: m.userId, channelId: m.channelId, threadTs: m.replyTs, ephemeral: false };
    const text = m.text.trim();
    if (!text && !m.session) {
      await post(client, m.channelId, m.replyTs, { text: 'Ask me for candidates in plain words, e.g. "backend engineers in Berlin who reached onsite". Try `/rediscover help`.' });
      return;
    }
    const message = m.session
      ? await followUp(bot, client, where, { ...m, text }, m.session)
      : await startSearch(bot.env, where, await userApi(bot.env, where).parseRequest(text), m.conversationTs);
    await post(client, m.channelId, m.replyTs, message);
  } catch (err) {
    await postEphemeral(client, m.channelId, m.userId, slackErrorText(err, 'conversation'), m.replyTs).catch((e) =>
      logger.warn({ err: (e as Error).message }, 'slack: could not report an error'),
    );
  }
}

/** Register the app_mention and message listeners. */
export function registerConversation(app: App, bot: BotContext): void {
  const seen = new SeenEvents();

  app.event('app_mention', async ({ event, client, body }) => {
    if (!seen.firstTime((body as { event_id?: string }).event_id) || !event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    await handle(bot, client, {
      userId: event.user,
      channelId: event.channel,
      text: (event.text ?? '').replace(MENTION, ' '),
      replyTs: threadTs,
      conversationTs: threadTs,
      session: event.thread_ts ? bot.env.sessions.forThread(event.channel, event.thread_ts) : null,
    });
  });

  app.message(async ({ message, client, body, context }) => {
    const m = message as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; channel_type?: string; ts: string; thread_ts?: string };
    if (m.subtype || m.bot_id || !m.user || !seen.firstTime((body as { event_id?: string }).event_id)) return;
    const text = m.text ?? '';
    if (m.channel_type === 'im') {
      const conversationTs = m.thread_ts ?? 'dm';
      const live = bot.env.sessions.forThread(m.channel, conversationTs);
      const continues = m.thread_ts ? !!live : !!live && continuesConversation(text);
      await handle(bot, client, { userId: m.user, channelId: m.channel, text: text.replace(MENTION, ' '), replyTs: m.thread_ts ?? null, conversationTs, session: continues ? live : null });
      return;
    }
    // Channel messages: only plain replies in a thread the bot is running; mentions arrive as app_mention.
    if (!m.thread_ts || (context.botUserId && text.includes(`<@${context.botUserId}>`))) return;
    const session = bot.env.sessions.forThread(m.channel, m.thread_ts);
    if (!session) return;
    await handle(bot, client, { userId: m.user, channelId: m.channel, text, replyTs: m.thread_ts, conversationTs: m.thread_ts, session });
  });
}

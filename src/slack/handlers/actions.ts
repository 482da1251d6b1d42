import type { App, BlockAction, RespondFn, webApi } from '@slack/bolt';
import { AppError } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import { ADD_ACTIONS, addedMessage, confirmationMessage, jobPickerMessage, type ConfirmPayload } from '../blocks/add-to-job.js';
import { dropPart, interpretParts } from '../../retrieval/nl/interpretation.js';
import { ACTIONS, DROP_FILTER_ACTION, MENU, parseDropFilterValue } from '../blocks/results.js';
import { slackErrorText } from '../errors.js';
import { postEphemeral, slackFiles, type BotContext } from './bot-context.js';
import { channelApi, exportToDm, insightsFor, showPage, startSearch, userApi, type Message, type Where } from './flows.js';

type WebClient = webApi.WebClient;

/*
 * Buttons. Every action acks first. Results buttons act on the stored session their value names;
 * replies go where the results were: ephemerally (response_url) for slash-command results, in the
 * thread otherwise. "Add to job…" is three ephemeral steps: job picker, confirmation showing what
 * will happen, the confirmed and audited write (the same one as the MCP tool).
 */

interface ActionSite {
  where: Where;
  respond: RespondFn;
  client: WebClient;
}

function siteOf(body: BlockAction, respond: RespondFn, client: WebClient): ActionSite {
  const ephemeral = body.container?.is_ephemeral === true || !body.message;
  const channelId = body.channel?.id ?? body.container?.channel_id ?? '';
  const threadTs = ephemeral ? null : ((body.message?.thread_ts as string | undefined) ?? body.message?.ts ?? null);
  return { where: { userId: body.user.id, channelId, threadTs, ephemeral }, respond, client };
}

async function show(site: ActionSite, message: Message, opts: { replace?: boolean; private?: boolean } = {}): Promise<void> {
  if (site.where.ephemeral || opts.private) {
    await site.respond({ response_type: 'ephemeral', replace_original: opts.replace ?? false, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
    return;
  }
  await site.client.chat.postMessage({ channel: site.where.channelId, thread_ts: site.where.threadTs ?? undefined, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
}

async function guarded(bot: BotContext, site: ActionSite, name: string, run: () => Promise<void>): Promise<void> {
  try {
    const decision = await bot.access.check(site.where.userId, site.where.channelId);
    if (!decision.allowed) return await show(site, { text: decision.message }, { private: true });
    await run();
  } catch (err) {
    const text = slackErrorText(err, `action:${name}`);
    await show(site, { text }, { private: true }).catch(() =>
      postEphemeral(site.client, site.where.channelId, site.where.userId, text).catch((e) => logger.warn({ err: (e as Error).message }, 'slack: could not report an error')),
    );
  }
}

const expired: Message = { text: 'That search has expired (or the bot restarted). Ask again and I will search afresh.' };

function valueOf(body: BlockAction): string {
  const a = body.actions[0] as { value?: string; selected_option?: { value: string } } | undefined;
  return a?.selected_option?.value ?? a?.value ?? '';
}

function registerResultButtons(app: App, bot: BotContext): void {
  const session = (body: BlockAction) => bot.env.sessions.get(valueOf(body));
  app.action<BlockAction>(ACTIONS.more, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    await guarded(bot, site, 'more', async () => {
      const s = session(body);
      if (!s) return show(site, expired, { private: true });
      if (!s.nextCursor) return show(site, { text: 'That was everything: there are no more results.' }, { private: true });
      await show(site, await showPage(bot.env, site.where, s));
    });
  });
  app.action<BlockAction>(ACTIONS.insights, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    await guarded(bot, site, 'insights', async () => {
      const s = session(body);
      await show(site, s ? await insightsFor(bot.env, slackFiles(client), site.where, s.request) : expired);
    });
  });
  // "✕ not from Agency": the same request without that part, searched again as a new first page.
  app.action<BlockAction>(DROP_FILTER_ACTION, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    await guarded(bot, site, 'drop_filter', async () => {
      const target = parseDropFilterValue(valueOf(body));
      const s = target ? bot.env.sessions.get(target.sessionId) : undefined;
      if (!target || !s) return show(site, expired, { private: true });
      const dropped = interpretParts(s.request).find((p) => p.path === target.path);
      const request = dropPart(s.request, target.path);
      await show(site, await startSearch(bot.env, site.where, { request, notes: dropped ? [`Dropped "${dropped.words}"`] : [], unmapped: [] }, s.threadTs));
    });
  });
  // Export (the best matches of free text, every match of filters) and Export everyone (all reached).
  for (const [action, allReached] of [[ACTIONS.export, false], [ACTIONS.exportEveryone, true]] as const) {
    app.action<BlockAction>(action, async ({ ack, body, respond, client }) => {
      await ack();
      const site = siteOf(body, respond, client);
      await guarded(bot, site, allReached ? 'export_everyone' : 'export', async () => {
        const s = session(body);
        // The export itself goes to the DM; the confirmation is for the clicker only.
        await show(site, s ? await exportToDm(bot.env, slackFiles(client), site.where, s.request, { allReached, sessionId: s.id }) : expired, { private: true });
      });
    });
  }
}

const writesDisabled = () =>
  new AppError('writes_disabled', 'Adding candidates to jobs is turned off on this server (REDISCOVERY_ALLOW_WRITES is not true).');

function registerAddToJob(app: App, bot: BotContext): void {
  app.action<BlockAction>(ACTIONS.addToJob, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    await guarded(bot, site, 'add_to_job', async () => {
      if (!bot.env.writesEnabled) throw writesDisabled();
      await show(site, jobPickerMessage(valueOf(body), await channelApi(bot.env).openJobs()), { private: true });
    });
  });
  app.action<BlockAction>(ADD_ACTIONS.pickJob, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    await guarded(bot, site, 'add_to_job.pick', async () => {
      if (!bot.env.writesEnabled) throw writesDisabled();
      const candidateId = (body.actions[0]?.block_id ?? '').replace(/^add_to_job:/, '');
      const api = userApi(bot.env, site.where);
      const preview = await api.previewAddToJob({ candidateId, jobId: valueOf(body) });
      await api.audit({ action: 'slack:add_to_job.preview', args: { candidateId, jobId: preview.job.id }, outcome: 'preview' });
      await show(site, confirmationMessage(preview), { private: true, replace: true });
    });
  });
  app.action<BlockAction>(ADD_ACTIONS.confirm, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    await guarded(bot, site, 'add_to_job.confirm', async () => {
      let payload: ConfirmPayload;
      try {
        payload = JSON.parse(valueOf(body)) as ConfirmPayload;
      } catch {
        throw new AppError('confirmation_invalid', 'This confirmation could not be read.');
      }
      const result = await userApi(bot.env, site.where).confirmAddToJob({ candidateId: payload.candidateId, jobId: payload.jobId }, payload.token);
      await show(site, addedMessage(result), { private: true, replace: true });
    });
  });
  app.action<BlockAction>(ADD_ACTIONS.cancel, async ({ ack, body, respond, client }) => {
    await ack();
    await show(siteOf(body, respond, client), { text: 'Cancelled: nothing was written to Ashby.' }, { private: true, replace: true }).catch(() => undefined);
  });
}

/** The per-candidate overflow menu: "Open in Ashby" is a link (Slack opens it; the click is only acked). */
function registerCandidateMenu(app: App, bot: BotContext): void {
  app.action<BlockAction>(ACTIONS.candidateMenu, async ({ ack, body, respond, client }) => {
    await ack();
    const site = siteOf(body, respond, client);
    const [verb, candidateId, ...rest] = valueOf(body).split(':');
    if (verb === MENU.open) return;
    await guarded(bot, site, `candidate_menu.${verb}`, async () => {
      if (verb === MENU.addToJob) {
        if (!bot.env.writesEnabled) throw writesDisabled();
        return show(site, jobPickerMessage(candidateId, await channelApi(bot.env).openJobs()), { private: true });
      }
      if (verb === MENU.similar) {
        const title = rest.join(':');
        return show(site, await startSearch(bot.env, site.where, { request: { text: title }, notes: [`People like this ${title}`], unmapped: [] }));
      }
      throw new AppError('invalid_input', 'That menu option is not known to this version of the bot.');
    });
  });
}

/** Register every button and select of the bot's messages. */
export function registerActions(app: App, bot: BotContext): void {
  registerResultButtons(app, bot);
  registerAddToJob(app, bot);
  registerCandidateMenu(app, bot);
}

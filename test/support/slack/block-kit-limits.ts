/*
 * Slack's Block Kit limits (Block Kit reference, docs.slack.dev/reference/block-kit), checked over a
 * whole payload: what Slack would reject with `invalid_blocks`. Test support: every message builder's
 * output goes through `blockKitViolations` in blocks.test.ts, so a builder that grows past a limit fails.
 */

const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  plainTextButton: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  overflowOptions: [2, 5],
  staticSelectOptions: 100,
  id: 255,
  headerText: 150,
  messageText: 40000,
} as const;

type Json = Record<string, any>;

/** Every limit a payload breaks, one readable line each (empty when Slack would accept it). */
export function blockKitViolations(message: { text?: string; blocks?: unknown[] }): string[] {
  const out: string[] = [];
  const blocks = (message.blocks ?? []) as Json[];
  const bad = (where: string, what: string) => out.push(`${where}: ${what}`);
  if (blocks.length > LIMITS.blocksPerMessage) bad('message', `${blocks.length} blocks > ${LIMITS.blocksPerMessage}`);
  if ((message.text ?? '').length > LIMITS.messageText) bad('message', `text ${message.text!.length} chars`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const at = `block ${i} (${b.type})`;
    if (b.block_id !== undefined) {
      if (b.block_id.length > LIMITS.id) bad(at, 'block_id too long');
      if (blockIds.has(b.block_id)) bad(at, `duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
    if (b.type === 'section') {
      if (!b.text && !b.fields) bad(at, 'section needs text or fields');
      if (b.text && (b.text.text.length < 1 || b.text.text.length > LIMITS.sectionText)) bad(at, `text ${b.text.text.length} chars`);
      if (b.fields && b.fields.length > LIMITS.sectionFields) bad(at, `${b.fields.length} fields`);
      for (const f of b.fields ?? []) if (f.text.length > LIMITS.fieldText) bad(at, `field ${f.text.length} chars`);
      if (b.accessory) element(b.accessory, `${at} accessory`, bad);
    } else if (b.type === 'context') {
      if (!b.elements?.length || b.elements.length > LIMITS.contextElements) bad(at, `${b.elements?.length ?? 0} elements`);
      for (const e of b.elements ?? []) if (e.text !== undefined && e.text.length > LIMITS.sectionText) bad(at, `element ${e.text.length} chars`);
    } else if (b.type === 'actions') {
      if (!b.elements?.length || b.elements.length > LIMITS.actionsElements) bad(at, `${b.elements?.length ?? 0} elements`);
      const actionIds = new Set<string>();
      for (const e of b.elements ?? []) {
        element(e, at, bad);
        if (e.action_id && actionIds.has(e.action_id)) bad(at, `duplicate action_id ${e.action_id}`);
        if (e.action_id) actionIds.add(e.action_id);
      }
    } else if (b.type === 'header') {
      if (b.text.type !== 'plain_text' || b.text.text.length > LIMITS.headerText) bad(at, 'header must be plain_text ≤ 150');
    } else if (!['divider', 'image', 'input', 'rich_text', 'file', 'video'].includes(b.type)) {
      bad(at, 'unknown block type');
    }
  });
  return out;
}

function element(e: Json, at: string, bad: (where: string, what: string) => void): void {
  if (e.action_id && e.action_id.length > LIMITS.id) bad(at, 'action_id too long');
  const option = (o: Json) => {
    if (o.text.text.length > LIMITS.optionText) bad(at, `option text ${o.text.text.length} chars`);
    if (o.value !== undefined && o.value.length > LIMITS.optionValue) bad(at, `option value ${o.value.length} chars`);
  };
  if (e.type === 'button') {
    if (e.text.type !== 'plain_text' || e.text.text.length > LIMITS.plainTextButton) bad(at, `button text ${e.text.text.length} chars`);
    if (e.value !== undefined && e.value.length > LIMITS.buttonValue) bad(at, `button value ${e.value.length} chars`);
  } else if (e.type === 'overflow') {
    const [min, max] = LIMITS.overflowOptions;
    if (e.options.length < min || e.options.length > max) bad(at, `overflow with ${e.options.length} options (${min}–${max})`);
    e.options.forEach(option);
  } else if (e.type === 'static_select') {
    const options = e.options ?? (e.option_groups ?? []).flatMap((g: Json) => g.options);
    if (options.length < 1 || options.length > LIMITS.staticSelectOptions) bad(at, `select with ${options.length} options`);
    options.forEach(option);
  }
}

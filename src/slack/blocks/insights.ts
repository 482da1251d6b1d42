import type { ExportInsights } from '../../export/types.js';
import { esc } from './limits.js';

/** A short text summary of insights: total, then the top values of each dimension with shares. */
export function insightsSummary(ins: ExportInsights, requestLine: string): string {
  const lines = [`*Insights for ${esc(requestLine)}* — ${ins.total} candidate${ins.total === 1 ? '' : 's'}`];
  for (const dim of ins.dimensions) {
    if (!dim.values.length) continue;
    const top = dim.values.slice(0, 5).map((v) => `${esc(v.value)} ${Math.round(v.share * 100)}%`).join(', ');
    lines.push(`• *${esc(dim.label)}:* ${top}`);
  }
  if (lines.length === 1) lines.push('No breakdown available for this result set.');
  if (ins.basis?.startsWith('the ')) lines.push(`_Over ${esc(ins.basis)}._`);
  if (ins.unavailable?.length) lines.push(`_No data:_ ${ins.unavailable.map((d) => esc(d.label)).join(', ')}`);
  return lines.join('\n').slice(0, 2900);
}

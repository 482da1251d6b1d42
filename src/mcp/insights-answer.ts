import type { ExportInsights } from '../app/product-api.js';

/*
 * The text content of get_insights: a short readable summary beside the structured counts, not a second
 * copy of them. As JSON text the answer carried every count twice (30.7 KB for "product designer" on the
 * demo account, 2026-12-06); an assistant reads the top values here and the rest in structuredContent.
 */

/** Values named per dimension in the summary. */
const TOP_VALUES = 3;

const percent = (share: number): string => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/** One line per dimension with its top values, then the dimensions without data and why. */
export function insightsSummaryText(insights: ExportInsights): string {
  const lines = [`Insights over ${insights.basis ?? `${insights.total} candidates`}${insights.asOf ? ` (data as of ${insights.asOf})` : ''}.`];
  for (const dim of insights.dimensions) {
    if (!dim.values.length) continue;
    const top = dim.values.slice(0, TOP_VALUES).map((v) => `${v.value} ${v.count} (${percent(v.share)})`);
    const more = dim.values.length > TOP_VALUES ? `; ${dim.values.length} values in all` : '';
    lines.push(`${dim.label}: ${top.join(', ')}${more}`);
  }
  if (insights.unavailable?.length) lines.push(`No data: ${insights.unavailable.map((u) => `${u.label} (${u.reason})`).join('; ')}`);
  lines.push('Every value with its count and share is in structuredContent.');
  return lines.join('\n');
}

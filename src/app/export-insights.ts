import type { ExportInsights, ExportSelection } from '../export/types.js';
import type { MembersWithInsights } from '../retrieval/service.js';
import type { SearchInsights as RetrievalInsights } from '../retrieval/insights/insights.js';

/** Retrieval insights → the shape exports and the MCP tool share (values with counts and shares). */
export function toExportInsights(insights: RetrievalInsights, dimensions?: string[]): ExportInsights {
  const wanted = dimensions?.length ? new Set(dimensions) : null;
  return {
    total: insights.total,
    asOf: insights.asOf,
    dimensions: insights.dimensions
      .filter((d) => !wanted || wanted.has(d.dimension))
      .map((d) => ({ dimension: d.dimension, label: d.label, values: d.buckets.map((b) => ({ value: b.value, count: b.count, share: b.share })) })),
    ...(insights.unavailable ? { unavailable: insights.unavailable.filter((d) => !wanted || wanted.has(d.dimension)).map((d) => ({ label: d.label, reason: d.reason })) } : {}),
    ...(insights.basis ? { basis: insights.basis.description } : {}),
  };
}

/** The retrieval service's members and insights → an export's selection (insights in the shared shape). */
export function toExportSelection(m: MembersWithInsights): ExportSelection {
  const { insights, ...rest } = m;
  return { ...rest, insights: insights ? toExportInsights(insights) : null };
}

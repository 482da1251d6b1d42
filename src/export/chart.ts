import { Resvg } from '@resvg/resvg-js';
import type { ExportInsightDimension } from './types.js';

/*
 * Charts as PNG images, for the doors that show a picture (the product API's insight chart, Slack).
 * The workbook draws native Excel charts instead (native-chart/), with the same CHART_MAX_BARS.
 * A horizontal bar chart reads best with long labels (company names, titles). Only the top values
 * are drawn; the table beside it lists them all.
 */

export const CHART_MAX_BARS = 15;
const PLOT_W = 360;
const COUNT_W = 96; // room for "1234 (45%)" right of the longest bar
const LINE = 15;
const GAP = 10;
const TOP = 44;
/*
 * Labels wrap onto at most two lines of LABEL_CHARS instead of being cut at 28 characters (issue 15:
 * "labels cut off"); the label column is as wide as the longest line renders, measured with the same
 * renderer and fonts (one measurement per chart), and chart.test.ts checks with the rendered bounding
 * box that nothing leaves the picture. CHAR_PX is only the estimate when no measurement is given.
 */
const LABEL_CHARS = 34;
const CHAR_PX = 8;

function xml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A label as at most two lines: word-wrapped at LABEL_CHARS, the second line clipped only past that. */
export function labelLines(label: string): string[] {
  if (label.length <= LABEL_CHARS) return [label];
  const words = label.split(/\s+/);
  let first = '';
  while (words.length && (first ? `${first} ${words[0]}` : words[0]!).length <= LABEL_CHARS) first = first ? `${first} ${words.shift()}` : words.shift()!;
  if (!first) return [label.slice(0, LABEL_CHARS), clip(label.slice(LABEL_CHARS), LABEL_CHARS)];
  return [first, clip(words.join(' '), LABEL_CHARS)];
}

/** The SVG source of a labelled horizontal bar chart for one dimension. */
export function barChartSvg(dim: ExportInsightDimension, measured?: { labels: number; title: number }): string {
  const values = dim.values.slice(0, CHART_MAX_BARS);
  const labels = values.map((v) => labelLines(v.value));
  const labelW = 16 + Math.ceil(Math.max(CHAR_PX * 12, measured?.labels ?? CHAR_PX * Math.max(0, ...labels.flat().map((l) => l.length))));
  const width = Math.max(labelW + PLOT_W + COUNT_W, 32 + Math.ceil(measured?.title ?? CHAR_PX * 1.25 * dim.label.length));
  const rowH = labels.map((l) => l.length * LINE + GAP + 4);
  const height = TOP + Math.max(LINE + GAP, rowH.reduce((a, b) => a + b, 0)) + 16;
  const maxCount = Math.max(1, ...values.map((v) => v.count));
  let y = TOP;
  const bars = values.map((v, i) => {
    const lines = labels[i]!;
    const barH = lines.length * LINE + 4;
    const w = Math.max(2, Math.round((v.count / maxCount) * PLOT_W));
    const pct = `${(v.share * 100).toFixed(v.share < 0.1 ? 1 : 0)}%`;
    const text = lines.map((l, k) => `<tspan x="${labelW - 8}" y="${y + 13 + k * LINE}">${xml(l)}</tspan>`).join('');
    const out = [
      `<text text-anchor="end" font-size="13">${text}</text>`,
      `<rect x="${labelW}" y="${y}" width="${w}" height="${barH}" fill="#3b6fd8" rx="2"/>`,
      `<text x="${labelW + w + 6}" y="${y + barH / 2 + 4}" font-size="12" fill="#333">${v.count} (${pct})</text>`,
    ].join('');
    y += rowH[i]!;
    return out;
  });
  const empty = values.length ? '' : `<text x="${labelW}" y="${TOP + 13}" font-size="13" fill="#666">No data</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="bold">${xml(dim.label)}</text>`,
    ...bars,
    empty,
    `</svg>`,
  ].join('');
}

const FONTS = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };
const FAMILY = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

/** The rendered width of the widest label line and of the title, with the fonts the chart renders with. */
export function measureChartText(dim: ExportInsightDimension): { labels: number; title: number } {
  const width = (texts: string[], size: number, weight: string) => {
    if (!texts.length) return 0;
    const body = texts.map((t, i) => `<text x="0" y="${(i + 1) * 20}" font-size="${size}" font-weight="${weight}">${xml(t)}</text>`).join('');
    const box = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" font-family="${FAMILY}">${body}</svg>`, { font: FONTS }).getBBox();
    return box ? box.x + box.width : 0;
  };
  return { labels: width(dim.values.slice(0, CHART_MAX_BARS).flatMap((v) => labelLines(v.value)), 13, 'normal'), title: width([dim.label], 16, 'bold') };
}

/** Render one dimension's chart to PNG bytes (fonts come from the system; without fonts, bars still render). */
export function renderBarChartPng(dim: ExportInsightDimension): { png: Buffer; width: number; height: number } {
  const svg = barChartSvg(dim, measureChartText(dim));
  const r = new Resvg(svg, { background: '#ffffff', font: FONTS });
  const img = r.render();
  return { png: img.asPng(), width: img.width, height: img.height };
}

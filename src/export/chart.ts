import { Resvg } from '@resvg/resvg-js';
import type { InsightDimension } from './types.js';

/*
 * Charts as PNG images: exceljs cannot write native charts, and an embedded PNG opens the same in
 * Excel, LibreOffice and Google Sheets. A horizontal bar chart reads best with long labels (company
 * names, titles). Only the top values are drawn; the table next to it lists them all.
 */

export const CHART_MAX_BARS = 15;
const WIDTH = 720;
const BAR = 22;
const GAP = 8;
const LABEL_W = 230;
const TOP = 44;

function xml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The SVG source of a labelled horizontal bar chart for one dimension. */
export function barChartSvg(dim: InsightDimension): string {
  const values = dim.values.slice(0, CHART_MAX_BARS);
  const height = TOP + Math.max(1, values.length) * (BAR + GAP) + 16;
  const maxCount = Math.max(1, ...values.map((v) => v.count));
  const plotW = WIDTH - LABEL_W - 90;
  const bars = values.map((v, i) => {
    const y = TOP + i * (BAR + GAP);
    const w = Math.max(2, Math.round((v.count / maxCount) * plotW));
    const pct = `${(v.share * 100).toFixed(v.share < 0.1 ? 1 : 0)}%`;
    return [
      `<text x="${LABEL_W - 8}" y="${y + BAR * 0.7}" text-anchor="end" font-size="13">${xml(clip(v.value, 28))}</text>`,
      `<rect x="${LABEL_W}" y="${y}" width="${w}" height="${BAR}" fill="#3b6fd8" rx="2"/>`,
      `<text x="${LABEL_W + w + 6}" y="${y + BAR * 0.7}" font-size="12" fill="#333">${v.count} (${pct})</text>`,
    ].join('');
  });
  const empty = values.length ? '' : `<text x="${LABEL_W}" y="${TOP + BAR * 0.7}" font-size="13" fill="#666">No data</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="bold">${xml(dim.label)}</text>`,
    ...bars,
    empty,
    `</svg>`,
  ].join('');
}

/** Render one dimension's chart to PNG bytes (fonts come from the system; without fonts, bars still render). */
export function renderBarChartPng(dim: InsightDimension): { png: Buffer; width: number; height: number } {
  const svg = barChartSvg(dim);
  const r = new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } });
  const img = r.render();
  return { png: img.asPng(), width: img.width, height: img.height };
}

import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { barChartSvg, labelLines, measureChartText, renderBarChartPng } from './chart.js';
import type { ExportInsightDimension } from './types.js';

const dim = (values: string[]): ExportInsightDimension => ({
  dimension: 'currentCompany',
  label: 'Current company',
  values: values.map((value, i) => ({ value, count: 100 - i, share: (100 - i) / 1000 })),
});

describe('chart images', () => {
  it('wraps long labels onto two lines instead of cutting them at 28 characters', () => {
    expect(labelLines('Senior Software Engineer, Payments')).toEqual(['Senior Software Engineer, Payments']);
    expect(labelLines('Staff Software Engineer, Platform Infrastructure and Reliability')).toEqual(['Staff Software Engineer, Platform', 'Infrastructure and Reliability']);
    expect(barChartSvg(dim(['Staff Software Engineer, Platform Infrastructure']))).toContain('Infrastructure</tspan>');
  });

  it('the test can see a cut label: an unmeasured chart of wide glyphs leaves the picture', () => {
    const wide = dim(['WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW']);
    const box = new Resvg(barChartSvg(wide), { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).getBBox();
    expect(box!.x).toBeLessThan(0);
  });

  it('no label, bar or count leaves the picture (rendered bounding box inside the image)', () => {
    const wide = dim(['WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM', 'Ada', 'Senior Frontend Engineer']);
    for (const d of [wide, dim(['x']), { ...dim([]), values: [] }]) {
      const svg = barChartSvg(d, measureChartText(d));
      // getBBox, not innerBBox: innerBBox is clipped to the canvas and would hide a cut label.
      const box = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).getBBox();
      const { width, height } = renderBarChartPng(d);
      expect(box).toBeDefined();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    }
  });
});

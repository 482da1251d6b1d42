import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildOnetSubset, writeOnetSubset } from './build-onet-subset.js';
import { loadOnetSubset, ONET_SUBSET_FILE } from './onet.js';

describe('shipped O*NET subset', () => {
  it('loads and holds occupations, titles, technologies, tools, related occupations and job zones', () => {
    const subset = loadOnetSubset();
    expect(subset.occupations.length).toBeGreaterThan(900);
    expect(subset.alternateTitles.length).toBeGreaterThan(40_000);
    expect(subset.technologies.some(([name]) => name === 'Kubernetes')).toBe(true);
    expect(subset.tools.some(([name]) => name === 'Network analyzers')).toBe(true);
    expect(subset.related.filter((r) => r.length > 0).length).toBeGreaterThan(900);
    expect(subset.jobZones.filter((z) => z >= 1 && z <= 5).length).toBeGreaterThan(900);
    expect(fs.statSync(ONET_SUBSET_FILE).size).toBeLessThan(3_000_000);
    expect(fs.existsSync(path.join(path.dirname(ONET_SUBSET_FILE), 'ATTRIBUTION.md'))).toBe(true);
  });
});

describe('build-onet-subset on a tiny fixture', () => {
  it('dedupes alternate titles and flags hot technologies', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onet-'));
    try {
      fs.writeFileSync(path.join(dir, 'occupation_data.txt'), 'O*NET-SOC Code\tTitle\tDescription\r\n15-1252.00\tSoftware Developers\tWrite code.\r\n');
      fs.writeFileSync(
        path.join(dir, 'alternate_titles.txt'),
        'O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\r\n15-1252.00\tSoftware Engineer\tn/a\t08\r\n15-1252.00\tSoftware  engineer\tSWE\t10\r\n',
      );
      fs.writeFileSync(
        path.join(dir, 'technology_skills.txt'),
        'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\r\n15-1252.00\tPython\t1\tObject or component oriented development software\tY\tN\r\n',
      );
      fs.writeFileSync(path.join(dir, 'sample_of_reported_titles.txt'), 'O*NET-SOC Code\tReported Job Title\tShown in My Next Move\r\n15-1252.00\tApplication Developer\tY\r\n');
      fs.writeFileSync(path.join(dir, 'tools_used.txt'), 'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\r\n15-1252.00\tNetwork analyzers\t1\tNetwork analyzers\r\n');
      fs.writeFileSync(path.join(dir, 'related_occupations.txt'), 'O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\r\n15-1252.00\t15-1252.00\tPrimary-Short\t1\r\n');
      fs.writeFileSync(path.join(dir, 'job_zones.txt'), 'O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n15-1252.00\t4\t08/2023\tAnalyst\r\n');
      const out = path.join(dir, 'subset.json.gz');
      const subset = writeOnetSubset(dir, out);
      expect(subset.alternateTitles).toEqual([['Application Developer', 0], ['SWE', 0], ['Software Engineer', 0]]);
      expect(subset.tools).toEqual([['Network analyzers', 1]]);
      expect(subset.related).toEqual([[0]]);
      expect(subset.jobZones).toEqual([4]);
      expect(subset.technologies).toEqual([['Python', 'Object or component oriented development software', 1, 0, 1]]);
      expect(JSON.parse(zlib.gunzipSync(fs.readFileSync(out)).toString())).toEqual(subset);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!process.env.ONET_DIR)('reproducibility from ONET_DIR', () => {
  it('rebuilds the committed subset exactly', () => {
    expect(buildOnetSubset(process.env.ONET_DIR!)).toEqual(loadOnetSubset());
  });
});

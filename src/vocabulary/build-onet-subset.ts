import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/*
 * Derives the compact O*NET subset we ship (assets/onet/onet-subset.json.gz) from the full O*NET 29.2
 * text files. Re-run it when O*NET is updated: `node -e "import('./dist/src/vocabulary/build-onet-subset.js')
 * .then(m => m.writeOnetSubset(process.env.ONET_DIR, 'assets/onet/onet-subset.json.gz'))"`.
 */

export const ONET_SUBSET_VERSION = 2;

export interface OnetSubset {
  version: number;
  onetRelease: string;
  /** [O*NET-SOC code, occupation title] */
  occupations: [string, string][];
  /** [alternate title as written, index into occupations]; one row per (folded title, code). */
  alternateTitles: [string, number][];
  /** [technology name, commodity title, hot technology 0/1, in demand 0/1, occupations listing it] */
  technologies: [string, string, 0 | 1, 0 | 1, number][];
  /** [tool name as written, occupations listing it] (tools_used.txt): routers, network analyzers, infusion pumps. */
  tools: [string, number][];
  /** Per occupation index: indices of its related occupations, primary tier first (related_occupations.txt). */
  related: number[][];
  /** Per occupation index: O*NET job zone 1–5 (preparation needed), 0 when unrated (job_zones.txt). */
  jobZones: number[];
}

function readTsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  return lines.slice(1).map((line) => line.split('\t'));
}

function foldKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();
}

/** Build the subset from a folder holding the O*NET text files read below. */
export function buildOnetSubset(onetDir: string, onetRelease = '29.2'): OnetSubset {
  const occupations = readTsv(path.join(onetDir, 'occupation_data.txt')).map(([code, title]) => [code, title] as [string, string]);
  occupations.sort((a, b) => a[0].localeCompare(b[0]));
  const indexByCode = new Map(occupations.map(([code], i) => [code, i]));

  const seen = new Set<string>();
  const alternateTitles: [string, number][] = [];
  const addTitle = (title: string, code: string): void => {
    const index = indexByCode.get(code);
    const trimmed = title.trim();
    if (index === undefined || !trimmed || trimmed === 'n/a') return;
    const key = `${foldKey(trimmed)}|${index}`;
    if (seen.has(key)) return;
    seen.add(key);
    alternateTitles.push([trimmed, index]);
  };
  for (const [code, title, shortTitle] of readTsv(path.join(onetDir, 'alternate_titles.txt'))) {
    addTitle(title, code);
    if (shortTitle) addTitle(shortTitle, code);
  }
  // Titles workers reported for the occupation: closer to how resumes and postings write them.
  for (const [code, title] of readTsv(path.join(onetDir, 'sample_of_reported_titles.txt'))) addTitle(title, code);
  alternateTitles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

  const techByName = new Map<string, { commodity: string; hot: boolean; demand: boolean; count: number }>();
  for (const [, name, , commodity, hot, demand] of readTsv(path.join(onetDir, 'technology_skills.txt'))) {
    const entry = techByName.get(name) ?? { commodity, hot: false, demand: false, count: 0 };
    entry.hot ||= hot === 'Y';
    entry.demand ||= demand === 'Y';
    entry.count += 1;
    techByName.set(name, entry);
  }
  const technologies = [...techByName.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, t]) => [name, t.commodity, t.hot ? 1 : 0, t.demand ? 1 : 0, t.count] as OnetSubset['technologies'][number]);

  const toolCount = new Map<string, Set<string>>();
  for (const [code, name] of readTsv(path.join(onetDir, 'tools_used.txt'))) {
    const set = toolCount.get(name) ?? new Set<string>();
    set.add(code);
    toolCount.set(name, set);
  }
  const tools = [...toolCount.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, codes]) => [name, codes.size] as [string, number]);

  const related: number[][] = occupations.map(() => []);
  const relatedRows = readTsv(path.join(onetDir, 'related_occupations.txt'))
    .map(([code, other, tier, rank]) => ({ from: indexByCode.get(code), to: indexByCode.get(other), order: (tier.startsWith('Primary') ? 0 : 100) + Number(rank) }))
    .filter((r): r is { from: number; to: number; order: number } => r.from !== undefined && r.to !== undefined)
    .sort((a, b) => a.order - b.order);
  for (const r of relatedRows) related[r.from].push(r.to);

  const jobZones = occupations.map(() => 0);
  for (const [code, zone] of readTsv(path.join(onetDir, 'job_zones.txt'))) {
    const index = indexByCode.get(code);
    if (index !== undefined) jobZones[index] = Number(zone) || 0;
  }

  return { version: ONET_SUBSET_VERSION, onetRelease, occupations, alternateTitles, technologies, tools, related, jobZones };
}

/** Gzip-compressed JSON of the subset (deterministic: Node writes a zero mtime in the gzip header). */
export function encodeOnetSubset(subset: OnetSubset): Buffer {
  return zlib.gzipSync(Buffer.from(JSON.stringify(subset)), { level: 9 });
}

export function writeOnetSubset(onetDir: string, outFile: string): OnetSubset {
  const subset = buildOnetSubset(onetDir);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, encodeOnetSubset(subset));
  return subset;
}

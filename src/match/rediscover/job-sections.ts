/*
 * A job description split into what the role does, what it requires and what it merely prefers.
 * "5+ years" under "Preferred qualifications" is not the minimum; a skill named only there is a plus,
 * not a gap. Headings are recognised on a line of their own (with or without a trailing colon) or as
 * a line's lead-in ("Minimum qualifications: BA/BS degree …"). Text before any heading counts as
 * responsibilities: pasted descriptions usually open with the role.
 */

export interface JobSections {
  responsibilities: string;
  minimum: string;
  preferred: string;
}

type Section = keyof JobSections;

const HEADINGS: [RegExp, Section][] = [
  [/^(?:preferred|desired|nice[- ]to[- ]have|bonus|pluses|additional)\b[^:\n]{0,40}(?:qualifications?|requirements?|skills?|experience|points)?\b/i, 'preferred'],
  [/^(?:minimum|basic|required|must[- ]have|essential)\b[^:\n]{0,40}(?:qualifications?|requirements?|skills?|experience)?\b/i, 'minimum'],
  [/^(?:qualifications?|requirements?|what you(?:'|’)?ll need|what we(?:'|’)?re looking for|who you are|skills and experience)\b/i, 'minimum'],
  [/^(?:responsibilities|what you(?:'|’)?ll do|about the (?:role|job)|the role|role overview|duties|job description)\b/i, 'responsibilities'],
];

function headingOf(line: string): { section: Section; rest: string } | null {
  const trimmed = line.trim().replace(/^[#*\s]+/, '');
  for (const [pattern, section] of HEADINGS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const after = trimmed.slice(match[0].length);
    // A heading line: nothing after it, or a colon then content. "Required to travel" is a sentence, not a heading.
    if (/^\s*:?\s*$/.test(after)) return { section, rest: '' };
    const colon = /^\s*[:\-–]\s*(.+)$/.exec(after);
    if (colon) return { section, rest: colon[1] };
  }
  return null;
}

export function splitJobSections(description: string): JobSections {
  const out: Record<Section, string[]> = { responsibilities: [], minimum: [], preferred: [] };
  let current: Section = 'responsibilities';
  for (const line of description.split(/\r?\n/)) {
    const heading = headingOf(line);
    if (heading) {
      current = heading.section;
      if (heading.rest) out[current].push(heading.rest);
      continue;
    }
    if (line.trim()) out[current].push(line.trim());
  }
  return { responsibilities: out.responsibilities.join('\n'), minimum: out.minimum.join('\n'), preferred: out.preferred.join('\n') };
}

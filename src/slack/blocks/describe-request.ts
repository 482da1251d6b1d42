import type { SearchRequestInput } from '../../retrieval/query/search-request.js';

const LABELS: Record<string, string> = {
  stage: 'stage now',
  stageReached: 'reached stage',
  job: 'job',
  department: 'department',
  recruiter: 'recruiter',
  source: 'source',
  rejectionReason: 'rejected for',
  notRejectionReason: 'not rejected for',
  applicationStatus: 'status',
  tag: 'tag',
  updated: 'active',
  applied: 'applied',
  currentTitle: 'current title',
  pastTitle: 'title',
  currentCompany: 'current company',
  pastCompany: 'company',
  location: 'location',
  skill: 'skill',
  yearsExperience: 'years',
  school: 'school',
  degree: 'degree',
  excludeJob: 'not applied to',
  excludeDepartment: 'not in department',
};

function value(v: unknown): string {
  if (Array.isArray(v)) return v.join(' or ');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('after' in o || 'before' in o) return [o.after ? `since ${String(o.after).slice(0, 10)}` : '', o.before ? `before ${String(o.before).slice(0, 10)}` : ''].filter(Boolean).join(' ');
    if ('min' in o || 'max' in o) return o.max === undefined ? `${o.min}+` : o.min === undefined ? `≤ ${o.max}` : `${o.min}–${o.max}`;
  }
  return String(v);
}

/** A one-line, human description of a request: `"python" · location: Seattle · reached stage: Onsite`. */
export function describeRequest(req: SearchRequestInput): string {
  const parts: string[] = [];
  if (req.text) parts.push(`"${req.text}"`);
  if (req.boolean) parts.push(`matching \`${req.boolean}\``);
  for (const [key, v] of Object.entries(req.filters ?? {})) {
    if (v === undefined) continue;
    parts.push(`${LABELS[key] ?? key}: ${value(v)}`);
  }
  return parts.length ? parts.join(' · ') : 'everyone';
}

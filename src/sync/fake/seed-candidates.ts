import { generateProfile, type SyntheticProfile } from './profile.js';
import { Prng } from './prng.js';
import { applicationCount, seedApplication } from './seed-applications.js';
import { YEAR, type OrgContext } from './seed-org.js';
import { extensionFor, withFormat } from './resume-mix.js';
import type { FakeCandidateRecord, FakeState, FakeFileRecord, FileRender, SocialLinkValue } from './state.js';
import { candidateRecord } from './state.js';
import { JOB_FAMILIES } from './vocabulary.js';

const FAMILY_WEIGHTS = [16, 10, 9, 6, 4, 8, 6, 9, 6, 7, 4, 6, 6];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com'];
const NICKNAMES: Record<string, string> = {
  William: 'Bill', Robert: 'Bob', Katherine: 'Kate', Elizabeth: 'Liz', Michael: 'Mike', Jennifer: 'Jen', Christopher: 'Chris',
  Alexander: 'Alex', Daniel: 'Dan', Matthew: 'Matt', Jonathan: 'Jon', Nicholas: 'Nick', Samantha: 'Sam', Benjamin: 'Ben',
};

/** ASCII, lower-case form of a name part for emails and handles. */
function slug(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'x';
}

function formatPhone(n: number, style: number): string {
  const mid = String(100 + (n % 900));
  const end = String(Math.floor(n / 900) % 10000).padStart(4, '0');
  // Area code 555 is unassigned in the North American plan, so these numbers reach nobody.
  return [`+1 555-${mid}-${end}`, `(555) ${mid}-${end}`, `555.${mid}.${end}`, `+1555${mid}${end}`][style % 4];
}

/** The messy forms people type LinkedIn and GitHub URLs in. */
function linkedInUrl(handle: string, style: number): string {
  const forms = [
    `https://www.linkedin.com/in/${handle}`,
    `https://www.linkedin.com/in/${handle}/`,
    `linkedin.com/in/${handle}/`,
    `https://www.linkedin.com/in/${handle.charAt(0).toUpperCase()}${handle.slice(1)}?trk=public_profile_browsemap`,
    `http://uk.linkedin.com/in/${handle}`,
    `www.linkedin.com/in/${handle}`,
    `https://linkedin.com/in/${handle}?utm_source=share&utm_medium=member_desktop`,
  ];
  return forms[style % forms.length];
}

function gitHubUrl(handle: string, style: number): string {
  return [`https://github.com/${handle}`, `https://github.com/${handle}/`, `github.com/${handle}`, `http://www.github.com/${handle}`][style % 4];
}

interface Identity {
  name: string;
  email: string;
  phone: string | null;
  linkedInHandle: string | null;
  gitHubHandle: string | null;
}

function freshIdentity(rng: Prng, profile: SyntheticProfile, index: number): Identity {
  const f = slug(profile.firstName);
  const l = slug(profile.lastName);
  const tag = index.toString(36);
  const local = [`${f}.${l}.${tag}`, `${f.charAt(0)}${l}${tag}`, `${f}_${l}${tag}`][rng.int(0, 2)];
  const technical = ['backend', 'frontend', 'data', 'infra', 'mobile'].includes(profile.family.key);
  return {
    name: `${profile.firstName} ${profile.lastName}`,
    email: `${local}@${rng.pick(EMAIL_DOMAINS)}`,
    phone: rng.chance(0.8) ? formatPhone(index, rng.int(0, 3)) : null,
    linkedInHandle: rng.chance(technical ? 0.6 : 0.45) ? `${f}-${l}-${tag}` : null,
    gitHubHandle: technical && rng.chance(0.3) ? `${f}${l}${tag}` : null,
  };
}

/** A second record of the same person: a name and email that differ slightly, the same links in other forms. */
function duplicateIdentity(rng: Prng, original: Identity, profile: SyntheticProfile, originalIndex: number): Identity {
  const variants = [
    () => `${NICKNAMES[profile.firstName] ?? profile.firstName} ${profile.lastName}`,
    () => `${profile.firstName} ${String.fromCharCode(65 + rng.int(0, 25))}. ${profile.lastName}`,
    () => original.name.toLowerCase(),
    () => `${profile.firstName} ${profile.lastName}-${rng.pick(['Smith', 'Garcia', 'Nguyen', 'Brown'])}`,
  ];
  const f = slug(profile.firstName);
  const l = slug(profile.lastName);
  const emailVariants = [
    () => original.email.replace(/@.*/, `@${rng.pick(EMAIL_DOMAINS.filter((d) => !original.email.endsWith(d)))}`),
    () => `${f}${l}.${originalIndex.toString(36)}@example.org`,
    () => original.email.toUpperCase(),
  ];
  return {
    name: rng.pick(variants)(),
    email: rng.pick(emailVariants)(),
    phone: original.phone && rng.chance(0.6) ? formatPhone(originalIndex, rng.int(0, 3)) : null,
    linkedInHandle: rng.chance(0.7) ? original.linkedInHandle : null,
    gitHubHandle: rng.chance(0.7) ? original.gitHubHandle : null,
  };
}

interface SyntheticSeedOptions {
  seed: number;
  count: number;
  /** Share of candidates that duplicate an earlier one (same person, slightly different record). */
  duplicateRate?: number;
}

/** Seed `count` synthetic candidates with applications and files. */
export function seedSyntheticCandidates(state: FakeState, ctx: OrgContext, options: SyntheticSeedOptions): void {
  const span = 5 * YEAR;
  const start = ctx.anchorMs - span;
  const identities: Identity[] = [];
  const records: FakeCandidateRecord[] = [];
  const profileSeeds: number[] = [];
  const families: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const rng = new Prng(`${options.seed}:candidate:${i}`);
    const createdAt = Math.floor(start + (i + rng.next()) * (span / options.count));
    const isDuplicate = i > 20 && rng.chance(options.duplicateRate ?? 0.03);
    const originalIndex = isDuplicate ? rng.int(Math.max(0, i - 5000), i - 1) : i;
    const family = isDuplicate ? families[originalIndex] : rng.weighted(JOB_FAMILIES, FAMILY_WEIGHTS).key;
    const profileSeed = isDuplicate ? profileSeeds[originalIndex] : rng.nextUint32();
    const profile = generateProfile(profileSeed, family, isDuplicate ? records[originalIndex].createdAt : createdAt);
    const identity = isDuplicate ? duplicateIdentity(rng, identities[originalIndex], profile, originalIndex) : freshIdentity(rng, profile, i);
    identities.push(identity);
    profileSeeds.push(profileSeed);
    families.push(family);
    const candidate = buildCandidate(state, rng, ctx, { identity, profile, createdAt, index: i });
    records.push(candidate);
    if (isDuplicate) state.duplicateOf.set(candidate.id, records[originalIndex].id);
    addFiles(state, rng, candidate, i, { kind: 'synthetic-resume', profileSeed, family, asOf: isDuplicate ? records[originalIndex].createdAt : createdAt, contact: resumeContact(identity) });
    seedApplicationsFor(state, rng, ctx, candidate, family);
  }
}

function resumeContact(identity: Identity) {
  return { name: identity.name, email: identity.email, phone: identity.phone, linkedIn: identity.linkedInHandle ? `linkedin.com/in/${identity.linkedInHandle}` : null };
}

function buildCandidate(state: FakeState, rng: Prng, ctx: OrgContext, input: { identity: Identity; profile: SyntheticProfile; createdAt: number; index: number }): FakeCandidateRecord {
  const { identity, profile, createdAt } = input;
  const socialLinks: SocialLinkValue[] = [];
  if (identity.linkedInHandle) socialLinks.push({ type: 'LinkedIn', url: linkedInUrl(identity.linkedInHandle, rng.int(0, 6)) });
  if (identity.gitHubHandle) socialLinks.push({ type: 'GitHub', url: gitHubUrl(identity.gitHubHandle, rng.int(0, 3)) });
  if (rng.chance(0.05)) socialLinks.push({ type: 'Website', url: `https://${slug(profile.firstName)}-${slug(profile.lastName)}.example.net/` });
  const current = profile.experiences[0];
  const customFields = [];
  if (rng.chance(0.4)) customFields.push({ fieldId: ctx.customFields.get('Years of Experience')!.id, value: profile.yearsOfExperience });
  if (rng.chance(0.15)) customFields.push({ fieldId: ctx.customFields.get('Visa Status')!.id, value: rng.pick(['Citizen', 'Permanent Resident', 'Requires Sponsorship']) });
  const stamp = state.stamp(rng.uuid(), createdAt);
  const candidate = candidateRecord(stamp, {
    name: identity.name,
    emails: [identity.email],
    phones: identity.phone ? [identity.phone] : [],
    socialLinks,
    tagIds: rng.chance(0.15) ? rng.sample(ctx.tags, rng.int(1, 2)).map((t) => t.id) : [],
    position: rng.chance(0.95) ? profile.headline : null,
    company: current ? current.company : null,
    school: rng.chance(0.9) ? profile.education.school : null,
    location: rng.chance(0.9) ? profile.location : null,
    customFields,
  });
  state.candidates.add(candidate);
  return candidate;
}

/** Resume (most candidates), an occasional attachment, and a few deliberately broken files. */
export function addFiles(state: FakeState, rng: Prng, candidate: FakeCandidateRecord, index: number, resume: FileRender, alwaysResume = false): void {
  const roll = rng.next();
  const hasResume = alwaysResume || index === 7 || index === 13 || roll < 0.92;
  if (hasResume) {
    let render: FileRender = resume;
    if (resume.kind === 'synthetic-resume' && (index === 7 || (index > 20 && roll < 0.004))) render = { kind: 'not-pdf' };
    else if (resume.kind === 'synthetic-resume' && (index === 13 || (index > 20 && roll > 0.004 && roll < 0.008))) render = { ...resume, kind: 'truncated-pdf' };
    else if (resume.kind === 'synthetic-resume') render = withFormat(state, resume, index, candidate.id);
    const first = candidate.name.split(/\s+/)[0] ?? 'candidate';
    const name = [`${first}_Resume`, 'resume', `CV ${candidate.name}`][rng.int(0, 2)] + extensionFor(render);
    const file = addFile(state, rng, candidate, { name, type: 'ResumeFile', render });
    candidate.resumeFileId = file.id;
  }
  if (rng.chance(0.03)) {
    const title = rng.pick(['Cover Letter', 'Portfolio', 'References']);
    addFile(state, rng, candidate, { name: `${title}.pdf`, type: 'CandidateFile', render: { kind: 'attachment', title, body: `${title} for ${candidate.name}.` } });
  }
}

function addFile(state: FakeState, rng: Prng, candidate: FakeCandidateRecord, f: Pick<FakeFileRecord, 'name' | 'type' | 'render'>): FakeFileRecord {
  const s = state.stamp(rng.uuid(), candidate.createdAt);
  const file: FakeFileRecord = { id: s.id, ord: s.ord, seq: s.seq, createdAt: s.createdAt, updatedAt: s.updatedAt, candidateId: candidate.id, name: f.name, type: f.type, render: f.render };
  state.files.add(file);
  candidate.fileIds.push(file.id);
  return file;
}

/** Applications for a freshly seeded candidate; the candidate's source and updatedAt follow them. */
export function seedApplicationsFor(state: FakeState, rng: Prng, ctx: OrgContext, candidate: FakeCandidateRecord, family: string): void {
  const count = applicationCount(rng);
  let at = candidate.createdAt;
  let updatedAt = candidate.createdAt;
  for (let k = 0; k < count && at < ctx.anchorMs; k++) {
    const app = seedApplication(state, rng, ctx, candidate, family, at);
    if (k === 0) {
      candidate.sourceId = app.sourceId;
      candidate.creditedToUserId = app.creditedToUserId;
    }
    updatedAt = Math.max(updatedAt, app.updatedAt);
    at = Math.min(ctx.anchorMs - 3600_000, at + rng.int(30, 400) * 24 * 3600_000);
  }
  candidate.updatedAt = updatedAt;
  // Arrays grown by push keep spare capacity (17 slots); exact copies keep 200,000 records lean.
  candidate.applicationIds = candidate.applicationIds.slice();
  candidate.fileIds = candidate.fileIds.slice();
}

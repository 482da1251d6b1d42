import { faker as fakerEN } from '@faker-js/faker/locale/en';
import { Prng } from './prng.js';
import { CANDIDATE_LOCATIONS, COMPANIES, DEGREES_BY_LEVEL, HEALTH_EMPLOYERS, JOB_FAMILIES, SCHOOLS, type JobFamily } from './vocabulary.js';

/*
 * A synthetic person, generated from one 32-bit seed. The seeder stores only the seed and a few
 * summary fields on the candidate; the resume is regenerated from the same seed at download time,
 * so the profile and the PDF text always agree without keeping resumes in memory.
 */

// Copied into plain arrays: faker's definitions are proxies, slow to index in a hot loop. The
// female/male lists read as ordinary given names; the "generic" list has oddities such as "Baby".
const FIRST_NAMES: readonly string[] = [...new Set([...(fakerEN.definitions.person?.first_name?.female ?? []), ...(fakerEN.definitions.person?.first_name?.male ?? ['Alex'])])].sort();
const LAST_NAMES: readonly string[] = [...(fakerEN.definitions.person?.last_name?.generic ?? ['Smith'])].sort();

interface Experience {
  title: string;
  company: string;
  start: { month: number; year: number };
  /** null = current role. */
  end: { month: number; year: number } | null;
  highlights: string[];
}

interface Education {
  school: string;
  degree: string;
  major: string;
  graduationYear: number;
}

export interface SyntheticProfile {
  firstName: string;
  lastName: string;
  family: JobFamily;
  headline: string;
  summary: string;
  yearsOfExperience: number;
  experiences: Experience[];
  education: Education;
  skills: string[];
  location: (typeof CANDIDATE_LOCATIONS)[number];
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

function familyByKey(key: string): JobFamily {
  return JOB_FAMILIES.find((f) => f.key === key) ?? JOB_FAMILIES[0];
}

function monthOf(ms: number): { month: number; year: number } {
  const d = new Date(ms);
  return { month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

const HIGHLIGHT_TEMPLATES = [
  (skill: string) => `Led a cross-functional initiative using ${skill} that cut turnaround time by 30%.`,
  (skill: string) => `Built and maintained ${skill} workflows used by several teams.`,
  (skill: string) => `Mentored junior colleagues and introduced ${skill} best practices.`,
  (skill: string) => `Owned ${skill} work end to end, from planning to delivery.`,
];

/** Generate the full profile for a seed. Pure: the same arguments always give the same profile. */
export function generateProfile(profileSeed: number, familyKey: string, asOf: number): SyntheticProfile {
  const rng = new Prng(profileSeed);
  const family = familyByKey(familyKey);
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const yearsOfExperience = rng.int(1, 18);
  const seniority = Math.min(family.titles.length - 1, Math.floor((yearsOfExperience / 18) * family.titles.length));
  const headline = family.titles[seniority];
  const employers = family.key === 'clinical' ? HEALTH_EMPLOYERS : COMPANIES;
  const roles = Math.min(4, 1 + Math.floor(yearsOfExperience / 4));
  const companies = rng.sample(employers, roles);
  const experiences: Experience[] = [];
  let end: number | null = rng.chance(0.8) ? null : asOf - rng.int(1, 8) * MONTH_MS;
  let remaining = yearsOfExperience * 12;
  for (let i = 0; i < roles; i++) {
    const months = i === roles - 1 ? Math.max(6, remaining) : Math.max(6, Math.floor(remaining / (roles - i)) + rng.int(-4, 4));
    remaining -= months;
    const endMs = end ?? asOf;
    const startMs = endMs - months * MONTH_MS;
    const title = family.titles[Math.max(0, seniority - i)];
    const skills = rng.sample(family.skills, 2);
    experiences.push({
      title,
      company: companies[i],
      start: monthOf(startMs),
      end: end === null ? null : monthOf(end),
      highlights: [HIGHLIGHT_TEMPLATES[rng.int(0, 3)](skills[0]), HIGHLIGHT_TEMPLATES[rng.int(0, 3)](skills[1])],
    });
    end = startMs - rng.int(0, 3) * MONTH_MS;
  }
  const careerStart = new Date(end ?? asOf).getUTCFullYear();
  const degree = rng.weighted(DEGREES_BY_LEVEL, [3, 40, 20, 25, 8, 4]);
  const education: Education = {
    school: rng.pick(SCHOOLS),
    degree,
    major: rng.pick(family.majors),
    graduationYear: careerStart - (degree === 'Doctor of Philosophy' ? 0 : rng.int(0, 1)),
  };
  const skills = rng.sample(family.skills, rng.int(5, 10));
  const location = rng.pick(CANDIDATE_LOCATIONS);
  const summary = `${headline} with ${yearsOfExperience} years of experience in ${skills.slice(0, 3).join(', ')}. Based in ${location.city}.`;
  return { firstName, lastName, family, headline, summary, yearsOfExperience, experiences, education, skills, location };
}

function fmtMonth(m: { month: number; year: number }): string {
  return `${String(m.month).padStart(2, '0')}/${m.year}`;
}

export interface ResumeContact {
  name: string;
  email: string | null;
  phone: string | null;
  linkedIn: string | null;
}

/** The resume's text, section by section; the PDF is this text laid out. */
export function profileResumeText(profile: SyntheticProfile, contact: ResumeContact): string {
  const lines: string[] = [contact.name, profile.headline];
  const contactLine = [contact.email, contact.phone, `${profile.location.city}, ${profile.location.region}, ${profile.location.country}`].filter(Boolean).join(' | ');
  lines.push(contactLine);
  if (contact.linkedIn) lines.push(contact.linkedIn);
  lines.push('', 'SUMMARY', profile.summary, '', 'EXPERIENCE');
  for (const e of profile.experiences) {
    // "Title at Employer", not "Title, Employer": after a comma an employer cannot be told from the
    // title's own field ("Software Engineer, Payments" is a job here, "Summit Payments" an employer),
    // so profiles read every past role of the demo as one long title ("User Experience Designer Harbor
    // Biotech") with no employer. Splitting at any comma was tried on the LiveCareer resumes: of 21
    // roles it would have changed, 2 were employers ("Head Coach, Girls' Varsity Basketball").
    lines.push(`${e.title} at ${e.company}`, `${fmtMonth(e.start)} - ${e.end ? fmtMonth(e.end) : 'Current'}`);
    for (const h of e.highlights) lines.push(`- ${h}`);
    lines.push('');
  }
  const ed = profile.education;
  lines.push('EDUCATION', `${ed.degree}, ${ed.major}`, `${ed.school}, ${ed.graduationYear}`, '', 'SKILLS', profile.skills.join(', '));
  return lines.join('\n');
}

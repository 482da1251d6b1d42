import { createHash } from 'node:crypto';
import type { FakeState, FileRender, ResumeFormat } from './state.js';

/*
 * Which format each synthetic resume is saved in. The mix follows what recruiting accounts hold:
 * mostly PDF, then Word, a few legacy .doc, RTF and OpenDocument files, and the odd phone scan.
 * The choice hashes the candidate id instead of drawing from the seeding PRNG, so adding formats
 * left every other seeded value (names, applications, files) exactly as it was.
 */

type SyntheticResume = Extract<FileRender, { kind: 'synthetic-resume' }>;

const MIX: [ResumeFormat, number][] = [
  ['docx', 0.12],
  ['doc', 0.03],
  ['rtf', 0.015],
  ['odt', 0.015],
  ['scan', 0.006],
];

/**
 * The first resumes of an account (indices up to 20, where the broken files also sit) take each
 * rarer path once, so even a 16-candidate test account serves every format and one oversized file.
 */
const FIRST_RESUMES: (ResumeFormat | 'oversized')[] = ['docx', 'doc', 'rtf', 'odt', 'scan', 'oversized'];
const forcedSoFar = new WeakMap<FakeState, number>();

/** A uniform number in [0, 1) from a string, stable across runs and platforms. */
function unitHash(id: string): number {
  return createHash('sha256').update(`resume-format:${id}`).digest().readUInt32BE(0) / 2 ** 32;
}

export function withFormat(state: FakeState, resume: SyntheticResume, index: number, candidateId: string): FileRender {
  if (index >= 0 && index <= 20) {
    const k = forcedSoFar.get(state) ?? 0;
    if (k < FIRST_RESUMES.length) {
      forcedSoFar.set(state, k + 1);
      const forced = FIRST_RESUMES[k]!;
      return forced === 'oversized' ? { ...resume, kind: 'oversized-pdf' } : { ...resume, format: forced };
    }
    return resume;
  }
  let u = unitHash(candidateId);
  for (const [format, share] of MIX) {
    if (u < share) return { ...resume, format };
    u -= share;
  }
  return resume;
}

const EXTENSIONS: Record<ResumeFormat, string> = { pdf: '.pdf', docx: '.docx', doc: '.doc', rtf: '.rtf', odt: '.odt', scan: '.pdf' };

/** The file name extension a resume is uploaded with. */
export function extensionFor(render: FileRender): string {
  if (render.kind === 'synthetic-resume') return EXTENSIONS[render.format ?? 'pdf'];
  if (render.kind === 'not-pdf') return '.docx';
  return '.pdf';
}

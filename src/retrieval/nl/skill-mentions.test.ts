import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('skills as filters', () => {
  it('reads a skill with a skill cue before or after it, and lists of them', () => {
    expect(parse('Rust or Go skills, Berlin').filters).toEqual({ skill: ['Rust', 'Go'], location: ['Berlin'] });
    expect(parse('nurses with EHR as a skill').filters).toEqual({ skill: ['EHR'] });
    expect(parse('skills: Docker, Kubernetes').filters).toEqual({ skill: ['Docker', 'Kubernetes'] });
    expect(parse('skilled in Figma or Sketch, Design dept').filters).toEqual({ skill: ['Figma', 'Sketch'], department: ['Design'] });
  });

  it('excludes a skill named with a negated skill field or a negation before "X skill"', () => {
    expect(parse('designers whose skill set lacks Figma').filters).toEqual({ exclude: { skill: ['Figma'] } });
    expect(parse('analysts, no Excel skills').filters).toEqual({ exclude: { skill: ['Excel'] } });
    expect(parse('Jest skills but not Webpack').filters).toEqual({ skill: ['Jest'], exclude: { skill: ['Webpack'] } });
  });

  it('keeps a skill word without a cue as text, "without X" as a Boolean exclusion, and a reason as a reason', () => {
    expect(parse('kafka folks in Austin')).toEqual({ text: 'kafka', filters: { location: ['Austin'] } });
    expect(parse('python devs without django').boolean).toBe('-"django"');
    expect(parse('rejected for lacking skills').filters).toEqual({ rejectionReason: ['Lacks Skills/Qualifications'] });
  });

  it('reads an unknown skill only as one capitalised word, with a note', () => {
    const parsed = parseNaturalLanguage('Photoshop skills', vocab, { now });
    expect(parsed.request.filters).toEqual({ skill: ['Photoshop'] });
    expect(parsed.notes.join(' ')).toMatch(/0 results is possible/);
    expect(parse('the right skills').filters?.skill).toBeUndefined();
  });
});

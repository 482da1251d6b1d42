import { describe, expect, it } from 'vitest';
import { madeInstrumentsOnly } from './made-instruments.js';
import { candidateSkillsInText } from './skills.js';

// Round v, G271 / LiveCareer 24647794: a course project that programmed a DSP board as a spectrum analyzer.
const PROJECT =
  'Competed in the 2014 IEEE Region V robotics competition.\nSpectrum Analyzer Real Time Signal Processing Fall 2013 Programmed a C6713 DSK board and implemented a digital Spectrum\nAnalyzer.\nThe program was written using Code Composer studio.';

describe('a test instrument the candidate made is not one they used (round v, G271)', () => {
  it('reads the made object across a line wrap and the project heading run into its sentence', () => {
    expect(madeInstrumentsOnly(PROJECT)).toEqual(new Set(['Spectrum analyzers', 'Digital spectrum analyzers']));
    expect(candidateSkillsInText(PROJECT)).not.toContain('Spectrum analyzers');
  });

  it('reads a heading on the line above when it carries a term or date', () => {
    const text = 'Spectrum Analyzer - Real Time Signal Processing, Fall 2013\nImplemented a digital spectrum analyzer on a DSK board.';
    expect(candidateSkillsInText(text)).not.toContain('Spectrum analyzers');
    // Without a term or date the line above is no project heading: a list line keeps its instrument.
    const listed = 'Lab: Oscilloscope | Spectrum analyzer\nImplemented a digital spectrum analyzer on a DSK board.';
    expect(candidateSkillsInText(listed)).toContain('Spectrum analyzers');
  });

  it('keeps an instrument the resume also names elsewhere, used, or made with a preposition between', () => {
    expect(candidateSkillsInText(`${PROJECT}\nInstrumentation: Spectrum analyzer | Logic analyzer`)).toContain('Spectrum analyzers');
    expect(candidateSkillsInText('Designed and built an RF amplifier and tested it with a spectrum analyzer.')).toContain('Spectrum analyzers');
    expect(candidateSkillsInText('Troubleshot the system using a logic analyzer and oscilloscope.')).toContain('Logic analyzers');
    expect(madeInstrumentsOnly('Built test fixtures for spectrum analyzers and logic analyzers.')).toEqual(new Set());
    // "design" as a noun before "of": the analyzer is what the parameters belong to.
    expect(madeInstrumentsOnly('Tested the design parameters of the LIAT analyzer.')).toEqual(new Set());
  });

  it('leaves other tools made alone: making them is the skill', () => {
    expect(madeInstrumentsOnly('Designed and Fabricated a Shell & Tube Heat Exchanger in ProEngineer.')).toEqual(new Set());
    expect(madeInstrumentsOnly('Built and configured Cisco routers for the branch offices.')).toEqual(new Set());
  });
});

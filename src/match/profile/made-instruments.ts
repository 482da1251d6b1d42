import { mentionsSkill, skillsInText } from '../../vocabulary/skills.js';

/*
 * A test instrument the candidate made is not one they used (round v, G271 / LiveCareer 24647794: "Has 2 of 3
 * required skills: Spectrum analyzers, …" for a hardware validation posting asking lab experience with spectrum
 * analyzers, from a course project headed "Spectrum Analyzer Real Time Signal Processing Fall 2013" that
 * "Programmed a C6713 DSK board and implemented a digital Spectrum Analyzer": a DSP program the student wrote).
 *
 * The rule is narrow on purpose:
 *   - only test and measurement instruments (analyzers, oscilloscopes, multimeters, signal or function generators,
 *     spectrometers, reflectometers, frequency counters: INSTRUMENT), whose use is what a posting asks. Making
 *     other tools is using them: "programming Amada turret presses", "designing router administration",
 *     "Designed and Fabricated a Shell & Tube Heat Exchanger" (a survey of making verbs before O*NET tools over
 *     the 2,484 LiveCareer resumes found 34 such phrases; the one instrument among them is this resume's);
 *   - the instrument must be the object of a making verb (built, designed, implemented, developed, engineered,
 *     constructed, fabricated, assembled, prototyped, created), with at most four words between and no
 *     preposition ("built an amplifier and tested it with a spectrum analyzer" used one);
 *   - besides the object, only the project's heading is read as the thing made: the words before the sentence on
 *     its line, or the line above it, when they carry a term or a date ("… Fall 2013"), as a project title does;
 *   - a skill named anywhere else in the resume (a skills list, another sentence) stays held.
 */

const MAKING = String.raw`(?:buil[dt]|building|design(?:ed|ing)?|implement(?:ed|ing)?|develop(?:ed|ing)?|engineer(?:ed|ing)|construct(?:ed|ing)?|fabricat(?:e|ed|ing)|assembl(?:e|ed|ing)|prototyp(?:e|ed|ing)|creat(?:e|ed|ing))`;
const INSTRUMENT = String.raw`(?:analy[sz]ers?|oscilloscopes?|multimeters?|(?:signal|function|waveform|pulse|pattern)\s+generators?|spectrometers?|reflectometers?|frequency\s+counters?)`;
// Up to four words before the instrument, none a preposition or join that would make it a tool used or another object.
const OBJECT_WORD = String.raw`(?!(?:with|using|on|for|to|in|into|of|about|as|by|from|via|through|and|or|that|which|at)\b)[\w.&/+-]+\s+`;
const MADE_OBJECT = new RegExp(String.raw`\b${MAKING}\s+(?:(?:and|&)\s+${MAKING}\s+)?((?:${OBJECT_WORD}){0,4}?${INSTRUMENT})\b`, 'gi');
// A term or date, as a project's heading carries it: "Fall 2013", "Spring 2013 - spring 2014", "05/2012", "2014".
const TERM_OR_DATE = /\b(?:(?:spring|summer|fall|autumn|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:19|20)\d{2}|\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{2})\b/i;
const SENTENCE_END = /[.!?](?=\s)/g;

/** [start, end) spans of a text that name an instrument the candidate made: the object, and its project's heading. */
function madeSpans(text: string): { object: string; spans: [number, number][] }[] {
  const found: { object: string; spans: [number, number][] }[] = [];
  for (const m of text.matchAll(MADE_OBJECT)) {
    const at = m.index!;
    const objectStart = at + m[0].length - m[1].length;
    const spans: [number, number][] = [[objectStart, at + m[0].length]];
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // The sentence's start on its line: after the last sentence end before the verb, or the line's start.
    let sentenceStart = lineStart;
    for (const end of text.slice(lineStart, at).matchAll(SENTENCE_END)) sentenceStart = lineStart + end.index! + 1;
    const before = text.slice(sentenceStart, at);
    if (TERM_OR_DATE.test(before)) spans.push([sentenceStart, at]);
    else if (sentenceStart === lineStart && lineStart > 0) {
      // A heading on the line above: no sentence end of its own, and a term or date.
      const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
      if (TERM_OR_DATE.test(above) && !/[.!?]\s*$/.test(above)) spans.push([lineStart - 1 - above.length, lineStart - 1]);
    }
    found.push({ object: m[1].replace(/\s+/g, ' '), spans });
  }
  return found;
}

/** Instruments the text names only as things the candidate made (see above), canonical names. */
export function madeInstrumentsOnly(text: string): Set<string> {
  const made = madeSpans(text);
  if (made.length === 0) return new Set();
  const theirs = new Set<string>();
  let rest = text;
  for (const { object, spans } of made) {
    for (const [start, end] of spans) {
      const span = text.slice(start, end);
      // Only what the object names: a heading's other words ("Real Time Signal Processing") are not the thing made.
      for (const skill of skillsInText(span.replace(/\s+/g, ' '))) if (mentionsSkill(skill, object)) theirs.add(skill);
    }
  }
  if (theirs.size === 0) return theirs;
  // Blank every span (same length), then keep what the rest of the resume still names.
  for (const { spans } of made) for (const [start, end] of spans) rest = rest.slice(0, start) + rest.slice(start, end).replace(/[^\n]/g, ' ') + rest.slice(end);
  const own = new Set(skillsInText(rest));
  return new Set([...theirs].filter((skill) => !own.has(skill)));
}

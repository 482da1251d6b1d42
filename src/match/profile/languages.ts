import type { Fact } from './types.js';

/*
 * Spoken languages. In a languages section every language name counts; elsewhere only next to a word
 * that talks about speaking one ("Fluent in Spanish", "bilingual English/French"), since "English" alone
 * is often a subject taught or a degree major.
 */

const LANGUAGES = [
  'English', 'Spanish', 'French', 'German', 'Italian', 'Portuguese', 'Russian', 'Mandarin', 'Cantonese', 'Chinese', 'Japanese',
  'Korean', 'Arabic', 'Hindi', 'Urdu', 'Bengali', 'Punjabi', 'Marathi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam',
  'Vietnamese', 'Tagalog', 'Filipino', 'Thai', 'Indonesian', 'Malay', 'Turkish', 'Persian', 'Farsi', 'Hebrew', 'Greek', 'Polish',
  'Ukrainian', 'Dutch', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Czech', 'Romanian', 'Hungarian', 'Serbian', 'Croatian',
  'Swahili', 'Amharic', 'Somali', 'Haitian Creole', 'Creole', 'American Sign Language', 'ASL', 'Sign Language', 'Latin',
];
const LANGUAGE_PATTERN = new RegExp(`\\b(${LANGUAGES.join('|')})\\b`, 'g');
const SPEAKING = /\b(fluent|fluency|bilingual|trilingual|multilingual|proficient|proficiency|native|speak|speaks|spoken|conversational|languages?|mother tongue)\b/i;

export function extractLanguages(sectionLines: string[], fullText: string): Fact[] {
  const found = new Map<string, Fact>();
  const add = (name: string, confidence: number): void => {
    const canonical = name === 'ASL' ? 'American Sign Language' : name === 'Farsi' ? 'Persian' : name;
    if (!found.has(canonical)) found.set(canonical, { value: canonical, source: 'resume', confidence });
  };
  for (const line of sectionLines) for (const match of line.matchAll(LANGUAGE_PATTERN)) add(match[1], 0.9);
  for (const line of fullText.split('\n')) {
    if (!SPEAKING.test(line)) continue;
    for (const sentence of line.split(/[.;]/)) {
      if (!SPEAKING.test(sentence)) continue;
      for (const match of sentence.matchAll(LANGUAGE_PATTERN)) add(match[1], 0.7);
    }
  }
  return [...found.values()];
}

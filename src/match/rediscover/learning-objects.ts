/*
 * What a posting says the hire will learn is not what it asks them to have (round w, G1049: four lawyers were
 * told "Has 1 of 2 required skills: Negotiation; not on resume: Google Cloud Platform" for an associate legal
 * counsel whose only mention of GCP is "Develop expertise in Google Cloud Platform, Apps and other Enterprise
 * products"). The object of a learning phrase is blanked before the posting's skills are read:
 *   - "develop / build / gain / grow / acquire / deepen / cultivate … expertise / knowledge / understanding /
 *     familiarity / proficiency in (of, on, with, across) X";
 *   - "learn X" (the verb, never "machine learning" or "scikit-learn"), "learn about X", "learn how to use X";
 *   - "become familiar / proficient / an expert / fluent … with (in, on) X";
 *   - "get up to speed on X", "familiarize yourself with X", "be trained in X", "receive training on X".
 * Not when the learning is someone else's the role brings about ("help partners build knowledge of Google
 * Cloud", "train customers to become proficient in X"): teaching a skill asks for it.
 * The object runs to the end of its clause: a sentence break, a new line that starts a new item, a subordinate
 * join ("to", "so", "while", "which", "that", "by", "in support of"), or a list join followed by a task verb
 * ("… Enterprise products and build strong relationships"). Over the 1,250 Google postings: see
 * evals/rediscovery-judged/reasons-check-w.md, "Fix after round w".
 */

const MODIFIER = String.raw`(?:(?:a|an|the|your|their|deep|deeper|strong|stronger|broad|broader|solid|thorough|working|in-depth|technical|product|domain|subject[- ]matter|expert|detailed|good|great|comprehensive)\s+)`;
const KNOWING = String.raw`(?:expertise|knowledge|understanding|familiarity|proficiency|competenc(?:e|y|ies)|mastery|fluency|skills?)`;
const GROWING = String.raw`(?:develop|build|gain|grow|acquire|deepen|expand|broaden|strengthen|cultivate)(?:s|es|ed|ing)?`;

/** Phrases whose next words are what the hire will learn. */
const LEARNING_PHRASES: RegExp[] = [
  new RegExp(String.raw`\b${GROWING}\s+${MODIFIER}{0,3}${KNOWING}\s+(?:in|of|on|with|about|around|across|regarding)\s+`, 'gi'),
  // The verb only: "machine learning" is a noun, "scikit-learn" a library, "lessons learned" a thing.
  new RegExp(String.raw`(?<![\w-])(?:learn(?:s|t)?|learning\s+(?=about|how))\s+(?:about\s+|how\s+to\s+(?:use\s+|work\s+with\s+)?)?(?=[A-Za-z])`, 'gi'),
  /\bbecom(?:e|es|ing)\s+(?:(?:very|highly|more|an?|the|deeply|well)[\s-]+){0,2}(?:familiar|proficient|expert|fluent|knowledgeable|versed|conversant|comfortable)\s+(?:in|with|on|about)\s+/gi,
  /\bget(?:s|ting)?\s+up\s+to\s+speed\s+(?:on|with|in)\s+/gi,
  /\bfamiliari[sz](?:e|es|ed|ing)\s+(?:(?:your|him|her|them|one)sel(?:f|ves)\s+)?with\s+/gi,
  /\b(?:be|being|get|getting)\s+trained\s+(?:in|on)\s+/gi,
  /\breceiv(?:e|es|ing)\s+training\s+(?:in|on)\s+/gi,
];

// Someone else's learning the role brings about: "help partners build knowledge of", "train customers to become proficient in".
const OTHERS_LEARNING_BEFORE = /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|teach(?:es|ing)?|train(?:s|ing)?|coach(?:es|ing)?|educat(?:e|es|ing)|empower(?:s|ing)?|allow(?:s|ing)?|assist(?:s|ing)?|support(?:s|ing)?|mentor(?:s|ing)?|guid(?:e|es|ing))\s+(?:[\w'’-]+\s+){0,4}$/i;

/*
 * Task verbs that open the lines of a posting's responsibilities: each opened at least five of the 1,250 Google
 * postings' responsibility lines. After a list join ("… products and build …") one starts a new task.
 */
const TASK_VERBS = [
  'work', 'develop', 'manage', 'build', 'provide', 'lead', 'drive', 'partner', 'collaborate', 'identify', 'create', 'design',
  'support', 'help', 'be', 'serve', 'deliver', 'communicate', 'contribute', 'prepare', 'act', 'define', 'understand', 'analyze',
  'engage', 'perform', 'ensure', 'advocate', 'travel', 'take', 'assist', 'conduct', 'advise', 'establish', 'implement', 'make',
  'consult', 'coordinate', 'leverage', 'use', 'oversee', 'review', 'maintain', 'improve', 'participate', 'recruit', 'become',
  'execute', 'produce', 'own', 'collect', 'write', 'explore', 'cultivate', 'demonstrate', 'educate', 'apply', 'hire', 'track',
  'negotiate', 'present', 'generate', 'plan', 'interact', 'set', 'guide', 'monitor', 'prioritize', 'evaluate', 'solve', 'optimize',
  'keep', 'structure', 'respond', 'gauge', 'shape', 'propose', 'train', 'promote', 'share', 'influence', 'represent', 'utilize',
  'guarantee', 'innovate', 'investigate', 'assess', 'research', 'increase', 'source', 'resolve', 'gather', 'organize', 'handle',
  'secure', 'devise', 'pair', 'appreciate', 'facilitate', 'overcome', 'measure', 'conceive', 'diagnose', 'address', 'bring', 'scale',
  'simplify', 'think', 'draft', 'interpret', 'mentor', 'obtain', 'edit', 'supplement', 'coach', 'initiate', 'strategize', 'find',
  'report', 'synthesize', 'market', 'get', 'triage',
];
/** A verb's plain, -s, -ed and -ing forms: "manage" → manages, managed, managing; "identify" → identifies, identified. */
const verbForms = (verb: string): string[] => {
  if (verb.endsWith('e')) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(verb)) return [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  return [verb, `${verb}s`, `${verb}es`, `${verb}ed`, `${verb}ing`];
};
const TASK_VERB = `(?:${TASK_VERBS.flatMap(verbForms).join('|')})`;

// Where the object ends: a clause break; a new line that opens a new item; a subordinate join; a list join then a task verb.
const HARD_END = /[.;:!?()]|\n(?=\s*[A-Z0-9•*·-])/;
const SOFT_END = new RegExp(String.raw`\s+(?:to|so|while|which|that|who|by|when|through|in\s+order\s+to|in\s+support\s+of)\b|(?:,\s*(?:(?:and|or|then)\s+)?|\s+(?:and|or|then)\s+)${TASK_VERB}\b`, 'i');
const MAX_OBJECT_WORDS = 15;

/** [start, end) spans of the things a text says the hire will learn. */
function learningSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of LEARNING_PHRASES) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const lineStart = text.lastIndexOf('\n', m.index!) + 1;
      if (OTHERS_LEARNING_BEFORE.test(text.slice(lineStart, m.index!))) continue;
      const from = m.index! + m[0].length;
      let rest = text.slice(from);
      const hard = rest.search(HARD_END);
      if (hard >= 0) rest = rest.slice(0, hard);
      const soft = rest.search(SOFT_END);
      if (soft >= 0) rest = rest.slice(0, soft);
      const words = rest.match(/\S+\s*/g) ?? [];
      const object = words.slice(0, MAX_OBJECT_WORDS).join('').trimEnd();
      if (object) spans.push([from, from + object.length]);
    }
  }
  return spans;
}

/** The text with every learning object blanked (same length, so offsets hold). */
export function maskLearningObjects(text: string): string {
  let out = text;
  for (const [start, end] of learningSpans(text)) out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  return out;
}

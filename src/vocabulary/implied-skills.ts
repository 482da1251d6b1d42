import { describedSkillSource } from './described-skills.js';

/*
 * A skill some other skill can only be evidence of. A library or framework is written in its language: a
 * resume listing jQuery has written JavaScript (round e, G864: "not on resume: JavaScript" beside jQuery,
 * HTML and CSS). A machine-learning library or method is machine learning: a resume listing scikit-learn
 * and random forests does machine learning (round h, G875: "not on resume: Machine Learning").
 * Machine learning on data is data science, and a data-analysis library is data analysis (round i, G923:
 * "not on resume: Data Science" for an MS in Analytics doing predictive modelling, random forests and data
 * mining; "not on resume: Data Analysis" for a developer listing pandas with a data-cleansing and
 * visualisation project).
 * Used only to keep the skill from being called missing and to count it as evidenced, named
 * "JavaScript (via jQuery)" so the reason says where the evidence is. Canonical names as `normalizeSkill`
 * returns them (AngularJS → Angular, ASP.NET → .NET, "random forests" → Random forest software).
 * Left out where the evidence has more than one reading: Spark (Scala/Python/Java), .NET (C# or VB.NET),
 * "C# (via .NET)" would be false for a VB.NET developer; statistics or regression alone are no machine
 * learning, and NLP or computer vision can be rule-based; NumPy is numerical computing (simulation, image
 * processing) as often as data analysis, and a dashboard tool (Tableau) is as often built for others to
 * analyse with, so neither evidences Data Analysis; "supervised learning" is also a teacher's duty.
 * Measured over the 2,484 LiveCareer resumes and left out for that: "data mining" (12 resumes would gain Data
 * Science from it, mostly accountants' "Access queries & data mining" and a "data mining software" for
 * reports: querying, not data science), "data cleansing" (a marketer's contact-list hygiene) and "data
 * visualization" (a developer building a visualisation app) as Data Analysis.
 */
const MACHINE_LEARNING_EVIDENCE = ['scikit-learn', 'TensorFlow', 'PyTorch', 'Keras', 'XGBoost', 'Deep Learning', 'Random forest software', 'Weka'];

const IMPLIED: Record<string, readonly string[]> = {
  JavaScript: ['jQuery', 'React', 'Angular', 'Vue.js', 'Node.js', 'Express', 'TypeScript'],
  Python: ['Django', 'Flask', 'pandas', 'NumPy'],
  Java: ['Spring', 'Hibernate'],
  Ruby: ['Ruby on Rails'],
  PHP: ['Laravel'],
  'Machine Learning': MACHINE_LEARNING_EVIDENCE,
  // Not Deep Learning: on these resumes "neural network" is as often a 1989 thesis or a fraud tool's name.
  'Data Science': ['Machine Learning', ...MACHINE_LEARNING_EVIDENCE.filter((name) => name !== 'Deep Learning')],
  'Data Analysis': ['pandas'],
};

/*
 * Evidence the skill vocabulary has no name for, read from the resume's words: the practice itself, in the
 * words data people use for it. Each pattern names one practice only ("data mining", not "mining").
 */
const IMPLIED_BY_WORDS: Record<string, readonly RegExp[]> = {
  'Data Science': [/\bpredictive (?:model(?:l)?ing|models?)\b/i],
  'Data Analysis': [/\b(?:dplyr|tidyverse)\b/],
};

const bySkill = new Map(Object.entries(IMPLIED).map(([skill, evidence]) => [skill.toLowerCase(), evidence]));
const byWords = new Map(Object.entries(IMPLIED_BY_WORDS).map(([skill, patterns]) => [skill.toLowerCase(), patterns]));

/**
 * The first skill in `have` (lower-case canonical names) or phrase in `text` that can only evidence `skill`,
 * or null; named for a reader ("Random forest", "data mining").
 */
export function impliedSkillSource(skill: string, have: ReadonlySet<string>, text?: string | null): string | null {
  const source = bySkill.get(skill.toLowerCase())?.find((name) => have.has(name.toLowerCase()));
  if (source) return source.replace(/ software$/, '');
  if (!text) return null;
  for (const pattern of byWords.get(skill.toLowerCase()) ?? []) {
    const found = pattern.exec(text);
    if (found) return found[0].toLowerCase().replace(/-/g, ' ');
  }
  // The practice described without its name ("Graphic & Web Design", "analysis of all financial activity"; round j).
  return describedSkillSource(skill, text);
}

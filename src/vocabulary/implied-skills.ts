/*
 * A skill some other skill can only be evidence of. A library or framework is written in its language: a
 * resume listing jQuery has written JavaScript (round e, G864: "not on resume: JavaScript" beside jQuery,
 * HTML and CSS). A machine-learning library or method is machine learning: a resume listing scikit-learn
 * and random forests does machine learning (round h, G875: "not on resume: Machine Learning").
 * Used only to keep the skill from being called missing and to count it as evidenced, named
 * "JavaScript (via jQuery)" so the reason says where the evidence is. Canonical names as `normalizeSkill`
 * returns them (AngularJS → Angular, ASP.NET → .NET, "random forests" → Random forest software).
 * Left out where the evidence has more than one reading: Spark (Scala/Python/Java), .NET (C# or VB.NET),
 * "C# (via .NET)" would be false for a VB.NET developer; statistics or regression alone are no machine
 * learning, and NLP or computer vision can be rule-based.
 */
const IMPLIED: Record<string, readonly string[]> = {
  JavaScript: ['jQuery', 'React', 'Angular', 'Vue.js', 'Node.js', 'Express', 'TypeScript'],
  Python: ['Django', 'Flask', 'pandas', 'NumPy'],
  Java: ['Spring', 'Hibernate'],
  Ruby: ['Ruby on Rails'],
  PHP: ['Laravel'],
  'Machine Learning': ['scikit-learn', 'TensorFlow', 'PyTorch', 'Keras', 'XGBoost', 'Deep Learning', 'Random forest software', 'Weka'],
};

const bySkill = new Map(Object.entries(IMPLIED).map(([skill, evidence]) => [skill.toLowerCase(), evidence]));

/** The first skill in `have` (lower-case canonical names) that can only evidence `skill`, or null; named for a reader ("Random forest"). */
export function impliedSkillSource(skill: string, have: ReadonlySet<string>): string | null {
  const source = bySkill.get(skill.toLowerCase())?.find((name) => have.has(name.toLowerCase()));
  return source ? source.replace(/ software$/, '') : null;
}

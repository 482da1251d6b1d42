/*
 * A library or framework is written in its language: a resume listing jQuery has written JavaScript
 * (round e, G864: "not on resume: JavaScript" beside jQuery, HTML and CSS). Used only to keep the language
 * from being called missing and to count it as evidenced, named "JavaScript (via jQuery)" so the reason
 * says where the evidence is. Canonical names as `normalizeSkill` returns them (AngularJS → Angular,
 * ASP.NET → .NET). Frameworks with more than one language (Spark: Scala/Python/Java; .NET: C# or VB.NET) are
 * left out: "C# (via .NET)" would be false for a VB.NET developer.
 */
const IMPLIED: Record<string, readonly string[]> = {
  JavaScript: ['jQuery', 'React', 'Angular', 'Vue.js', 'Node.js', 'Express', 'TypeScript'],
  Python: ['Django', 'Flask', 'pandas', 'NumPy'],
  Java: ['Spring', 'Hibernate'],
  Ruby: ['Ruby on Rails'],
  PHP: ['Laravel'],
};

const byLanguage = new Map(Object.entries(IMPLIED).map(([language, libraries]) => [language.toLowerCase(), libraries]));

/** The first library or framework in `have` (lower-case canonical names) that implies `language`, or null. */
export function impliedLanguageSource(language: string, have: ReadonlySet<string>): string | null {
  return byLanguage.get(language.toLowerCase())?.find((library) => have.has(library.toLowerCase())) ?? null;
}

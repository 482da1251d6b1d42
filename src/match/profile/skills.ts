import { isCertification, isKnownSkill, normalizeSkill, skillsInText } from '../../vocabulary/skills.js';
import { joinSplitWords } from '../../vocabulary/split-words.js';
import { listedInOtherSense } from '../../vocabulary/list-sense.js';
import { madeInstrumentsOnly } from './made-instruments.js';
import type { Fact } from './types.js';

/*
 * Skills from a skills section (lists split on commas, bullets, pipes; Kaggle's "Python- Exprience -
 * 24 months") and from the rest of the text (only vocabulary skills there, never loose phrases).
 */

const MAX_SKILLS = 80;
const KAGGLE_SKILL = /^(.{1,60}?)\s*-\s*Exprience\s*-\s*(?:(\d+)|Less than 1 year)\s*months?/i;

/** Skill phrases in skills-section lines, as written. */
function skillPhrases(lines: string[]): string[] {
  const phrases: string[] = [];
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line) continue;
    const kaggle = line.match(KAGGLE_SKILL);
    if (kaggle) {
      phrases.push(kaggle[1]);
      continue;
    }
    // "Programming Languages: Python, SQL" — the label before the colon is not a skill.
    const body = line.replace(/^[A-Za-z &/]{2,40}:\s*/, '');
    for (const part of body.split(/\s*(?:[,;|•*]|\s-\s|\band\b|\(|\))\s*/)) {
      const phrase = part.trim().replace(/\.$/, '');
      if (phrase && phrase.split(/\s+/).length <= 6) phrases.push(phrase);
    }
  }
  return phrases;
}

/** Longest "N months" a Kaggle skill line claims, in months (a weak experience signal). */
export function longestSkillMonths(lines: string[]): number | null {
  let longest: number | null = null;
  for (const line of lines) {
    const months = line.match(KAGGLE_SKILL)?.[2];
    if (months) longest = Math.max(longest ?? 0, Number(months));
  }
  return longest;
}

interface SkillFacts {
  skills: Fact[];
  certifications: Fact[];
}

// "Company Name is a leading provider of CRM software.", "Acme was one of the largest distributors…": what the
// employer does, not what the candidate did (issue 12 reasons check: CRM read from an employer's description).
const EMPLOYER_DESCRIPTION = /^(?:(?:The\s+)?(?:[A-Z][\w&.'-]*|of|and|&)\s+){1,6}(?:is|was|are|were|has been)\s+(?:a|an|the|one of)\b/;
// "Viewpoint created digital marketing technologies, including…": a named company and what it makes.
const EMPLOYER_PRODUCTS = /^(?:[A-Z][\w&.'-]*\s+){1,4}(?:created|creates|develops|developed|provides|provided|offers|offered|makes|made|manufactures|manufactured|sells|sold)\s+(?![A-Z])/;

/*
 * Where an organisation keeps its data is its system, not the candidate's skill (round t, G253 / LiveCareer
 * 51508889: "Has 1 of 1 required skills: SAP" for an MDM architect whose only SAP is a client's landscape, "Merck
 * has data in SAP and legacy system, TIBCO CIM is a key component of the solution to manage SAP and legacy system
 * data translation"). A named subject (not a pronoun, not an adverb such as "Previously") that has, keeps or stores
 * its data, records or information in something. The whole sentence goes, as for an employer's description: its
 * clauses say what the organisation and the product do, not what the candidate did; the candidate's own work with
 * the system ("built up a Data bridge between our database and SAP database", round t's G253 / 17823436) is another
 * sentence and still counts. 1 of the 2,484 LiveCareer resumes has such a sentence; in none other is a skill named
 * only there.
 */
const ORGANISATION_DATA_IN =
  /^(?:The\s+)?(?!(?:I|We|He|She|They|It|This|That|These|Those|Which|All|Our|My)\b)(?:(?![A-Za-z]+ly\b)[A-Z][\w&.'-]*\s+){1,4}(?:has|had|have|keeps|kept|stores|stored|holds|held)\s+(?:(?:its|their|all|most|some|much|the)\s+)*(?:[a-z]+\s+)?(?:data|records|information)\s+(?:in|on|across)\s+\S/;

/** The text without sentences that describe an employer or its products rather than the candidate's work. */
function withoutEmployerDescriptions(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => {
          const trimmed = sentence.trim();
          return /^I\s/.test(trimmed) || !(EMPLOYER_DESCRIPTION.test(trimmed) || EMPLOYER_PRODUCTS.test(trimmed) || ORGANISATION_DATA_IN.test(trimmed));
        })
        .join(' '),
    )
    .join('\n');
}

// "liaison between the customer and Acme's project management team", "worked closely with the engineering
// and QA departments": a team named as someone else's is not the candidate's skill (round b of the reasons
// check: Project Management claimed from being liaison to another company's project management team).
const WITH_OTHERS_TEAM =
  /\b(?:liaison|liaised|interfaced?|interfacing|partnered|partnering|collaborated|collaborating|coordinated|coordinating|worked|working|communicated)\s+(?:closely\s+)?(?:with|between|to|among|across)\s+(?:(?!(?:to|using|on|in|for|by|via|through)\b)[\w&'’/-]+,?\s+){0,6}?(?:teams?|departments?|groups?|divisions?|offices?)\b/gi;
const POSSESSIVE_TEAM = /\b[A-Z][\w&.-]*(?:'s|’s|'|’)\s+(?:[A-Za-z&/-]+\s+){1,3}(?:teams?|departments?|groups?|divisions?)\b/g;

/** The text without mentions of other parties' teams and functions. */
function withoutOthersTeams(text: string): string {
  return text.replace(WITH_OTHERS_TEAM, ' ').replace(POSSESSIVE_TEAM, ' ');
}

/*
 * Other people's work the candidate dealt with (round e): a recruiter's "placement of … Quality Assurance/Test
 * Engineers" and "recruiting for Senior Software Developers … technologies such as C/C++, UNIX/Linux" credited
 * Quality Assurance, Linux and C++ (G134); a marketing manager whose "Clients: Human Resources, Recruiting and
 * Training" credited Recruiting (G1107). The object of a recruiting verb, from the verb to the sentence's end when
 * people follow it closely, and a function served ("for the Recruiting department", "Clients: …", "creative initiatives
 * for Human Resources, Recruiting and Training") are not the
 * candidate's skills.
 */
const PEOPLE = String.raw`(?:engineers?|developers?|candidates?|professionals?|roles?|positions?|talent|specialists?|analysts?|administrators?|architects?|testers?|programmers?|consultants?|scientists?|designers?|nurses?|technicians?|hires?|openings?|requisitions?|reqs)`;
const RECRUITED = new RegExp(
  String.raw`\b(?:recruit(?:ed|ing|s|ment)?|hir(?:ed|ing|es)|sourc(?:ed|ing|es)|plac(?:ed|ing|es|ement)|staff(?:ed|ing)|head-?hunt\w*|specializ(?:ed|ing) in)\b(?:\s+(?:of|for))?[^.;\n]{0,60}?\b${PEOPLE}\b[^.;\n]{0,160}(?:(?:(?<=[,&(])\s*|(?<=\band)\s*)\n[^.;\n]{0,80})?`,
  'gi',
);
/*
 * The people recruited end where the recruiter's own next task begins: a comma (or "and") and a gerund with its
 * object, "…interviewing candidates, negotiating rates and closing" (round e's rule read "negotiating rates" as
 * the placed people's work, so a recruiter who negotiates lost Negotiation: LiveCareer 18297650, the false
 * negative left open after round h). A gerund that is a list item ("C/C++, networking and security") has a join
 * or a comma after it, not an object, and stays in the span.
 */
const OWN_TASK_AFTER = /,\s*(?:and\s+)?(?!(?:including|according|regarding|following|concerning|during|excluding|involving)\b)[a-z]{3,}ing\s+(?!(?:and|or|&)\b)[a-z]/;

/** A recruiting span cut before the recruiter's own next task. */
function recruitedObject(span: string): string {
  const people = new RegExp(String.raw`\b${PEOPLE}\b`, 'i').exec(span);
  if (!people) return span;
  const from = people.index + people[0].length;
  const own = OWN_TASK_AFTER.exec(span.slice(from));
  return own ? span.slice(0, from + own.index) : span;
}

/*
 * Names that carry a skill's words but are no practice of the candidate: an event or publication ("presented at
 * the International Conference on Machine learning, Electrical and Mechanical Engineering": a welding paper, round
 * i's false Machine Learning credit, which Data Science then inherited), and the industries or sectors the
 * candidate served ("Industry experience includes telecommunications/5G, artificial intelligence/machine learning,
 * data analytics": a PR consultant's clients' markets). The name runs to a bracket, a full stop or the line's end.
 */
const NAMED_EVENT = /\b(?:Conference|Symposium|Workshop|Journal|Congress|Proceedings|Transactions|Summit|Colloquium)\s+(?:on|of|for)\s+[^\n.;()]{2,120}/g;
const INDUSTRIES_INTRO = /\b(?:industry|industries|sectors?|verticals?)(?:\s+(?:experience|expertise|served|focus))?\s*(?:includes?|including|such as|spans?|spanning|covers?|covering|:)\s*/gi;

/*
 * The list of industries after its introducer, over pdftotext's line wraps: to a full stop or semicolon, and past
 * its last "and"/"or" over at most three words, stopping before a capitalised word after a lower-case one (the
 * next heading or sentence of a flattened layout: "… and industrial manufacturing Highlights Proficient in
 * SolidWorks" must not take SolidWorks with it).
 */
function industryLists(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(INDUSTRIES_INTRO)) {
    // "Broad experience in the healthcare industry including compliance, strategic planning, and contract
    // negotiations": the list is the candidate's own work in that industry.
    if (/\bexperience\b[^.;\n]*$/i.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    const from = m.index! + m[0].length;
    const body = text.slice(from, from + 240).split(/[.;]|\n\s*\n/)[0];
    const tokens = [...body.matchAll(/\S+/g)];
    let end = body.length;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i][0];
      const previous = tokens[i - 1]?.[0] ?? '';
      if (i > 0 && /^[A-Z][a-z]/.test(word) && /^[a-z]/.test(previous) && !/[,/&]$/.test(previous) && !/^(?:and|or)$/.test(previous)) {
        end = tokens[i].index!;
        break;
      }
      if (/^(?:and|or|&)$/.test(word)) {
        const last = tokens.slice(i + 1, i + 4).findIndex((t, k, rest) => /,$/.test(t[0]) || k === rest.length - 1);
        const stop = tokens[Math.min(tokens.length - 1, i + 1 + Math.max(0, last))];
        end = Math.min(end, stop.index! + stop[0].length);
        // Keep scanning only to cut at a heading inside the last item.
        for (let k = i + 1; k < tokens.length && tokens[k].index! < end; k++) {
          if (/^[A-Z][a-z]/.test(tokens[k][0]) && /^[a-z]/.test(tokens[k - 1][0]) && !/^(?:and|or)$/.test(tokens[k - 1][0])) {
            end = tokens[k].index!;
            break;
          }
        }
        break;
      }
    }
    out.push(body.slice(0, end));
  }
  return out;
}
/*
 * Rivals named as such are no practice of the candidate: "bench-marking 150 IaaS case studies published by
 * competitors such as AWS, Microsoft Azure, Rackspace, and Google" credited AWS and Azure (round x, G920 / LiveCareer
 * 91189201). The list runs from the rival word and its introducer ("such as", "like", "including", a colon or a bracket;
 * not after a comma: "analysed competitors, including price restructuring" goes on with the candidate's own work) to a
 * full stop, semicolon, bracket or the line's end.
 */
const RIVALS = /\b(?:competitors?|rivals?|competing\s+(?:vendors?|products?|platforms?|offerings?|solutions?|providers?|clouds?))[ \t]*(?:\(|:|[ \t](?:such\s+as|like|including|incl\.|e\.g\.,?|namely)\s)\s*[^\n.;()]{2,160}/gi;
const SERVED = /\b(?:for|supported|supporting|served|serving|support(?:ed)? to)\s+(?:the\s+)?(?:[A-Z][\w&/-]*,?\s+(?:and\s+|&\s+)?){1,5}(?:teams?|departments?|groups?|divisions?|functions?)\b|\b[Cc]lients?\s*:\s*[^\n.()]{2,120}|\b(?:initiatives|campaigns|creative|content|materials|collateral|newsletters?|(?:career|web)\s*(?:pages?|sites?))\s+for\s+(?:the\s+)?[A-Z][\w&/-]*(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w&/-]*){1,6}/g;

/** Skills named only as other people's work: in recruiting objects or functions served, and nowhere else outside skill lists. */
function othersWorkOnly(text: string): Set<string> {
  const recruited = [...text.matchAll(RECRUITED)].map((m) => recruitedObject(m[0]));
  const spans = [...recruited, ...[SERVED, NAMED_EVENT, RIVALS].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0])), ...industryLists(text)].filter((span) => span.trim());
  if (spans.length === 0) return new Set();
  const theirs = new Set(skillsInText(spans.join('\n')));
  if (theirs.size === 0) return theirs;
  let rest = text;
  for (const span of spans) rest = rest.split(span).join(' ');
  // A list line ("Skills\n.NET, C, C++, Linux, …") beside such prose is a keyword dump, not a second source.
  rest = rest.split('\n').filter((line) => line.split(',').length < 4).join('\n');
  const own = new Set(skillsInText(rest));
  return new Set([...theirs].filter((skill) => !own.has(skill)));
}

// A certification that is pending is not held: "CPA Candidate", "pursuing the PMP", "CFA Level II (in progress)"
// (round b: "CPA Candidate" was counted as Certified Public Accountant).
const PENDING_AFTER = /\b(?:pursuing|working\s+towards?|studying\s+for|preparing\s+for|candidate\s+for|eligible\s+(?:for|to\s+sit\s+for)|enrolled\s+in|sitting\s+for|in\s+progress\s*:?)\s+(?:the\s+|a\s+|an\s+|my\s+)?([^\n,;.()]{2,40})/gi;
const PENDING_BEFORE = /([^\n,;.()•*:]{2,40}?)\s*[-–(]?\s*\b(?:candidate|eligible|exam\s+(?:candidate|pending|scheduled)|review\s+course|review|in\s+progress|pending|expected|coursework)\b/gi;

/** Certifications the text names as pending (candidate, pursuing, in progress, a review course), canonical names. */
export function pendingCertifications(text: string): Set<string> {
  const pending = new Set<string>();
  for (const pattern of [PENDING_AFTER, PENDING_BEFORE]) {
    for (const match of text.matchAll(pattern)) {
      for (const skill of skillsInText(match[1])) if (isCertification(skill)) pending.add(skill);
    }
  }
  return pending;
}

// Any skill the resume says is still being learned is not held either: "In progress - R, Python.", "Python
// (learning)", "R - in progress", "currently learning Tableau" (held-out round c: "Has … R" for a resume that
// lists R only as in progress). Narrower than the certification patterns on purpose: "sourcing candidates",
// "code review" and "Machine Learning: Supervised Learning" name skills held, and "work in progress" none.
const LEARNING_LIST = /\b(?:in\s+progress\s*[:\-–—]|(?:currently|now|still)\s+learning\b\s*[:\-–—]?)\s*([^\n.;()]{1,80})/gi;
const LEARNING_AFTER_ITEM = /([^\n,;.()•*:]{1,40}?)\s*(?:\(\s*(?:(?:still\s+|currently\s+)?in\s+progress|(?:currently\s+)?learning)\s*\)|[-–—]\s*(?:still\s+)?in\s+progress\b)/gi;

/** Skills the text names as still being learned ("In progress - R, Python"), canonical names. */
export function pendingSkills(text: string): Set<string> {
  const pending = new Set<string>();
  for (const pattern of [LEARNING_LIST, LEARNING_AFTER_ITEM]) {
    for (const match of text.matchAll(pattern)) for (const skill of skillsInText(match[1])) pending.add(skill);
  }
  return pending;
}

/** Certifications and skills the text names as pending: neither is held yet. */
function pendingItems(text: string): Set<string> {
  return new Set([...pendingCertifications(text), ...pendingSkills(text)]);
}

/**
 * Vocabulary skills in a resume's running text: the candidate's own work, not employers' descriptions, other teams,
 * pending certifications and skills, or a test instrument the candidate made (made-instruments.ts).
 */
export function candidateSkillsInText(raw: string): string[] {
  // "Business Process I mprovement": a capital split off its word by pdftotext is joined first (split-words.ts).
  const text = joinSplitWords(raw);
  const pending = pendingItems(text);
  const others = othersWorkOnly(text);
  const made = madeInstrumentsOnly(text);
  return skillsInText(withoutOthersTeams(withoutEmployerDescriptions(text))).filter((skill) => !pending.has(skill) && !others.has(skill) && !made.has(skill));
}

/** Canonical skills with provenance: listed skills first (surer), then vocabulary skills seen in the text. */
export function extractSkills(sectionLines: string[], fullText: string): SkillFacts {
  const byName = new Map<string, Fact>();
  const add = (name: string, confidence: number): void => {
    const key = name.toLowerCase();
    if (!byName.has(key) && byName.size < MAX_SKILLS) byName.set(key, { value: name, source: 'resume', confidence });
  };
  const pending = pendingItems(fullText);
  for (const skill of othersWorkOnly(fullText)) pending.add(skill);
  for (const phrase of skillPhrases(sectionLines)) {
    const name = normalizeSkill(phrase);
    if (!name || pending.has(name)) continue;
    // "Networking" listed among CRM and negotiation is business networking (round j, G555; see list-sense.ts).
    if (listedInOtherSense(phrase, sectionLines)) continue;
    add(name, isKnownSkill(phrase) ? 0.85 : 0.5);
  }
  for (const name of candidateSkillsInText(fullText)) add(name, 0.6);
  const all = [...byName.values()];
  return {
    skills: all.filter((fact) => !isCertification(fact.value)),
    certifications: all.filter((fact) => isCertification(fact.value)),
  };
}

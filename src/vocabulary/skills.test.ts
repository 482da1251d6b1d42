import { describe, expect, it } from 'vitest';
import { canonicalSkills, expandQueryTerm, isCertification, normalizeSkill, skillsInText } from './skills.js';
import { SKILL_SYNONYMS } from './skill-synonyms.js';

describe('normalizeSkill', () => {
  it.each([
    ['k8s', 'Kubernetes'], ['golang', 'Go'], ['JS', 'JavaScript'], ['Java Script', 'JavaScript'], ['TS', 'TypeScript'],
    ['py', 'Python'], ['postgres', 'PostgreSQL'], ['psql', 'PostgreSQL'], ['node.js', 'Node.js'], ['nodejs', 'Node.js'],
    ['react.js', 'React'], ['AWS', 'Amazon Web Services'], ['GCP', 'Google Cloud Platform'], ['ML', 'Machine Learning'],
    ['NLP', 'Natural Language Processing'], ['ci/cd', 'CI/CD'], ['RN', 'Registered Nurse'], ['CPA', 'Certified Public Accountant'],
    ['MS Excel', 'Microsoft Excel'], ['excel', 'Microsoft Excel'], ['Quick Books', 'QuickBooks'], ['C#', 'C#'], ['C++', 'C++'],
  ])('%s → %s', (raw, canonical) => expect(normalizeSkill(raw)).toBe(canonical));

  it('falls back to O*NET technology names and keeps unknown phrases tidied', () => {
    expect(normalizeSkill('Epic Systems')).toBe('Epic Systems');
    expect(normalizeSkill('Autodesk Maya')).toBe('Autodesk Maya');
    expect(normalizeSkill('account reconciliation expert')).toBe('Account reconciliation expert');
    expect(normalizeSkill(' , ')).toBeNull();
  });

  it('has a curated table of at least 150 skills across fields', () => {
    expect(SKILL_SYNONYMS.length).toBeGreaterThanOrEqual(150);
  });

  it('de-duplicates spellings of one skill', () => {
    expect(canonicalSkills(['k8s', 'Kubernetes', 'kube', 'Python', 'py'])).toEqual(['Kubernetes', 'Python']);
  });

  it('marks licences and certifications', () => {
    expect(isCertification('Registered Nurse')).toBe(true);
    expect(isCertification('Python')).toBe(false);
  });
});

describe('expandQueryTerm', () => {
  it('expands an abbreviation to the canonical name and its spellings', () => {
    expect(expandQueryTerm('k8s')).toEqual(expect.arrayContaining(['Kubernetes', 'k8s']));
    expect(expandQueryTerm('Kubernetes')[0]).toBe('Kubernetes');
  });
  it('returns unknown terms unchanged', () => expect(expandQueryTerm('zebra')).toEqual(['zebra']));
});

describe('skillsInText', () => {
  it('finds skills on word boundaries', () => {
    expect(skillsInText('Built services in Node.js with PostgreSQL on k8s; CI/CD via GitHub.')).toEqual(
      expect.arrayContaining(['Node.js', 'PostgreSQL', 'Kubernetes', 'CI/CD', 'GitHub']),
    );
    expect(skillsInText('javascripting and pythonic')).toEqual([]);
  });
  it('does not read every "go" or "excel" as a skill', () => {
    expect(skillsInText('I go to work and excel at it. Let us go.')).toEqual([]);
    expect(skillsInText('Go to market strategy')).not.toContain('Go');
    expect(skillsInText('Languages: Go, Python, R')).toEqual(expect.arrayContaining(['Go', 'Python', 'R']));
  });
  it('reads Go as the language only in a programming context, never as the start of a phrase (round g: "Go Live")', () => {
    expect(skillsInText('Cutover checklist: Go Live, hypercare, sign-off')).not.toContain('Go');
    expect(skillsInText('ERP rollout | Go Live | UAT | Java')).not.toContain('Go');
    expect(skillsInText('Imaging: Windows to Go, SCCM, Ruby')).not.toContain('Go');
    expect(skillsInText('Strengths: Go, Teamwork, Travel')).not.toContain('Go');
    expect(skillsInText('Backend services: Go, gRPC, Postgres')).toContain('Go');
    expect(skillsInText('Rust\nGo\nKotlin')).toContain('Go');
  });
  it('needs capitals for short abbreviations in prose', () => {
    expect(skillsInText('an ml pipeline')).not.toContain('Machine Learning');
    expect(skillsInText('an ML pipeline')).toContain('Machine Learning');
  });
});

describe('ambiguous skill words in their other sense (held-out round e)', () => {
  it('does not read people networking as computer Networking, even beside a comma (G279 / LiveCareer 33381211)', () => {
    expect(skillsInText('A team player that places a priority on networking, relationship building and diversity.')).not.toContain('Networking');
    expect(skillsInText('Skills\nProfessional networking, public speaking')).not.toContain('Networking');
    expect(skillsInText('Built referrals through networking events and a wide network of contacts.')).not.toContain('Networking');
    // The technical sense stays, in a list or in prose.
    expect(skillsInText('Skills\nNetworking, TCP/IP, Active Directory')).toContain('Networking');
    expect(skillsInText('Configured computer networking equipment for 40 branches.')).toContain('Networking');
  });
  it('does not read "agile" meaning quick as the Agile method', () => {
    expect(skillsInText('Core strengths: agile and adaptable, detail oriented')).not.toContain('Agile');
    expect(skillsInText('Skills\nAgile, Scrum, Jira')).toContain('Agile');
  });
  it('does not read Agile the PLM product as the Agile method (held-out round q, G899)', () => {
    expect(skillsInText('Experience with the implementation of Windchill PDM/Agile PLM.')).not.toContain('Agile');
    expect(skillsInText('MA/MS degree.\nAgile/CREO/Windchill implementation experience.')).not.toContain('Agile');
    expect(skillsInText('Skills: Lean/Agile, Scrum, Kanban')).toContain('Agile');
  });
});

describe('a season named as a date or in its ordinary senses is not the Spring framework (held-out round o, G245)', () => {
  it('reads a season beside a year, a term or another season as a date, in a list too', () => {
    expect(skillsInText('Capstone: inventory tracker web app, Fall 2019.\nMobile game prototype Spring 2020.')).not.toContain('Spring');
    expect(skillsInText("Dean's List: Autumn 2012, Spring 2013, Spring '14")).not.toContain('Spring');
    expect(skillsInText('Teaching assistant for the spring term; organised the Spring Break food drive.')).not.toContain('Spring');
    expect(skillsInText('Buyer for the Spring/Summer and Fall/Winter lines.')).not.toContain('Spring');
    expect(skillsInText('Opened the second store in the spring of 2011.')).not.toContain('Spring');
  });
  it('needs the framework among its own words: not a coil, a place or a seasonal sale', () => {
    expect(skillsInText('Modelled the suspension as a spring-damper pair; sized the spring, coil and damper.')).not.toContain('Spring');
    expect(skillsInText('Branch manager, Cold Spring, Minnesota.')).not.toContain('Spring');
    expect(skillsInText('Ran the Spring Clearance event and exceeded targets.')).not.toContain('Spring');
    expect(skillsInText('Volunteer: Food Bank, Spring Fun Run, Toy Drive')).not.toContain('Spring');
  });
  it('keeps the framework in a Java list or beside its own words', () => {
    expect(skillsInText('Frameworks: Spring, Hibernate, JUnit')).toContain('Spring');
    expect(skillsInText('Built REST services in Java using Spring and deployed them to Tomcat.')).toContain('Spring');
    expect(skillsInText('Migrated the order service to Spring 4 with Spring Security on a Java 8 stack.')).toContain('Spring');
    expect(skillsInText('Java developer (Spring Boot, Kafka)')).toContain('Spring');
  });
});

describe('a skill name that says what a vendor supplies (held-out round h, G1076)', () => {
  it('does not credit the skill from "X vendor(s)" or "X suppliers", in lower case or all capitals', () => {
    expect(skillsInText('Eight years of litigation vendor management for a law firm.')).not.toContain('Litigation');
    expect(skillsInText('Scheduled payments to payroll vendors and benefits carriers')).not.toContain('Payroll');
    expect(skillsInText('LITIGATION VENDOR MANAGEMENT')).not.toContain('Litigation');
  });
  it('keeps the skill where it is the work done, or where a capital starts another list item', () => {
    expect(skillsInText('Payroll Coordinator 2012 - 2014; Data Entry Clerk')).toEqual(expect.arrayContaining(['Payroll', 'Data Entry']));
    expect(skillsInText('Strategic Planning Vendor Selection/RFPs')).toContain('Strategic Planning');
    expect(skillsInText('Negotiated vendor agreements for the warehouse')).toContain('Negotiation');
    expect(skillsInText('Litigation, vendor management')).toContain('Litigation');
  });
});

describe('"C" as a seniority tier (round u, G432)', () => {
  it('is no language before a slash run ending in a level or suite', () => {
    expect(skillsInText('Present strategy to executive C/B-level audiences and sales leaders')).not.toContain('C');
    expect(skillsInText('Briefings for C/VP-level buyers, C-suite and boards')).not.toContain('C');
  });

  it('is the language in a list otherwise', () => {
    expect(skillsInText('Skills: C, SQL, Excel')).toContain('C');
    expect(skillsInText('Skills: C/C++, Perl')).toContain('C');
  });
});

import { describe, expect, it } from 'vitest';
import { jobSpecOf } from './job-requirements.js';
import { maskLearningObjects } from './learning-objects.js';

describe('what the hire will learn is no skill asked (round w, G1049)', () => {
  it('the counsel posting asks Negotiation, not the Google Cloud Platform expertise it says the hire will develop', () => {
    const counsel = jobSpecOf({
      title: 'Associate Legal Counsel (Commercial)',
      description: [
        'Responsibilities:',
        'Negotiate a range of commercial agreements with customers and partners throughout EMEA.',
        'Develop expertise in Google Cloud Platform, Apps and other Enterprise',
        'products and build strong relationships with business clients in our various EMEA offices.',
        'Minimum qualifications:',
        'BA/BS/LLB degree or equivalent practical experience.',
      ].join('\n'),
    });
    expect(counsel.askedSkills).toContain('Negotiation');
    expect(counsel.askedSkills).not.toContain('Google Cloud Platform');
    expect(counsel.requiredSkills).not.toContain('Google Cloud Platform');
    expect(counsel.preferredSkills).not.toContain('Google Cloud Platform');
  });

  it('blanks the object of each learning phrase, keeping length and line breaks', () => {
    const cases: [string, string][] = [
      ['Develop expertise in Google Cloud Platform, Apps and other Enterprise\nproducts and build strong relationships.', 'Google Cloud Platform'],
      ['Gain a deep understanding of SQL and Python.', 'Python'],
      ['Build working knowledge of Salesforce while supporting the team.', 'Salesforce'],
      ['Willingness to learn Java.', 'Java'],
      ['Learn about Kubernetes in the first months.', 'Kubernetes'],
      ['You will become familiar with Tableau dashboards.', 'Tableau'],
      ['Get up to speed on AdWords quickly.', 'AdWords'],
      ['Familiarize yourself with SAP.', 'SAP'],
      ['You will be trained in Six Sigma.', 'Six Sigma'],
    ];
    for (const [text, name] of cases) {
      const masked = maskLearningObjects(text);
      expect(masked).toHaveLength(text.length);
      expect(masked.split('\n').length).toBe(text.split('\n').length);
      expect(masked).not.toContain(name);
    }
  });

  it('ends the object at its clause: a new task, a subordinate join, a sentence or a new line item', () => {
    expect(maskLearningObjects('Develop expertise in GCP and build relationships with SQL users.')).toContain('SQL');
    expect(maskLearningObjects('Develop in-depth knowledge of tools in support of the accounting function, managing projects.')).toContain('managing projects');
    expect(maskLearningObjects('Learn new tools to automate Excel reports.')).toContain('Excel');
    expect(maskLearningObjects('Develop expertise in GCP.\nExperience with Python.')).toContain('Python');
    expect(maskLearningObjects('Develop expertise in GCP\nPython experience.')).toContain('Python');
  });

  it('leaves the noun "learning", libraries, asks and learning the role brings about to others', () => {
    for (const text of [
      'Experience with machine learning and deep learning.',
      'Experience with scikit-learn, TensorFlow or equivalent frameworks.',
      'Expertise in Google Cloud Platform.',
      'Knowledge of SQL and Python.',
      'Help partners build knowledge of Google Cloud Platform.',
      'Train customers to become proficient in BigQuery.',
      'Experience in Learning and Development programs.',
    ]) {
      expect(maskLearningObjects(text)).toBe(text);
    }
  });
});

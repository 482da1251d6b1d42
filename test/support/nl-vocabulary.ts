import type { NlVocabulary } from '../../src/retrieval/nl/vocabulary.js';

/** A small account vocabulary for unit tests (the eval uses the seeded demo account instead). */
export function fixtureVocabulary(): NlVocabulary {
  return {
    jobs: [
      { id: 'j1', title: 'Backend Engineer', department: 'Engineering' },
      { id: 'j2', title: 'Senior Backend Engineer', department: 'Platform' },
      { id: 'j3', title: 'Staff Software Engineer, Platform', department: 'Platform' },
      { id: 'j4', title: 'Product Manager, Platform', department: 'Product' },
      { id: 'j5', title: 'Account Executive', department: 'Sales' },
      { id: 'j6', title: 'Product Designer', department: 'Design' },
    ],
    stages: ['Application Review', 'Recruiter Screen', 'Hiring Manager Screen', 'Technical Interview', 'Onsite', 'Final Round', 'Offer', 'Hired'].map((title, order) => ({
      id: `s${order}`,
      title,
      type: title === 'Offer' ? 'Offer' : title === 'Hired' ? 'Hired' : 'Active',
      order,
    })),
    recruiters: [
      { id: 'u1', name: 'Maya Patel' },
      { id: 'u2', name: 'Jordan Lee' },
    ],
    sources: ['Applied', 'LinkedIn', 'Referral', 'Agency'].map((title, i) => ({ id: `src${i}`, title })),
    rejectionReasons: ['Lacks Skills/Qualifications', 'Compensation', 'Timing', 'Overqualified'].map((text, i) => ({ id: `r${i}`, text, reasonType: 'RejectedByOrg' })),
    departments: ['Engineering', 'Platform', 'Product', 'Design', 'Sales'],
    locations: ['Berlin', 'Seattle', 'San Francisco', 'Remote'],
    tags: ['Silver Medalist', 'Boomerang'],
    skills: ['Kubernetes', 'Go', 'React', 'Python'],
    titles: ['Backend Engineer', 'Product Manager', 'Data Scientist'],
  };
}

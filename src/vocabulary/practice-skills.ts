import { isCertification } from './skills.js';

/*
 * Skills a reader takes as held only when the resume shows them: a practice (something one does, judged by the
 * work: Negotiation, Financial Analysis, Project Management) or a credential (a licence one holds: CPA). A skills
 * list naming one is a claim, not evidence: round j found "Certified Public Accountant" credited from a lone "CPA"
 * in an alphabetical keyword list beside an "FCPA" compliance duty, and "Negotiation" from one word of a list on a
 * resume showing no negotiating. A tool, language or system (Excel, SQL, Java, Salesforce, AutoCAD) is different:
 * a skills list is where a resume names them, and every round's reader took a listed one as held. So are the
 * technical and design competences (Data Analysis, Software Testing, UX and Graphic Design), which readers took from
 * a list beside the tools they use; the set below is the business, management, legal and care practices.
 * Canonical names of the curated vocabulary (`skill-synonyms.ts`); O*NET names are tools and technologies.
 */
const PRACTICES = new Set(
  [
    // management methods
    'Project Management', 'Product Management',
    // finance and accounting
    'Financial Reporting', 'Financial Analysis', 'Financial Modeling', 'Budgeting', 'Forecasting', 'Account Reconciliation',
    'Auditing', 'Tax Preparation', 'Payroll', 'Bookkeeping', 'Risk Management', 'Underwriting', 'Accounts Payable',
    'Accounts Receivable',
    // sales and marketing
    'Sales', 'Business Development', 'Account Management', 'Lead Generation', 'Cold Calling', 'Negotiation', 'Customer Service',
    'Digital Marketing', 'Search Engine Optimization', 'Search Engine Marketing', 'Social Media Marketing', 'Content Marketing',
    'Email Marketing', 'Market Research', 'Public Relations', 'Merchandising', 'Retail Sales',
    // people
    'Recruiting', 'Onboarding', 'Employee Relations', 'Benefits Administration', 'Performance Management', 'Training and Development',
    'Compensation', 'Staff Management',
    // management, law, teaching, operations
    'Strategic Planning', 'Operations Management', 'Process Improvement', 'Event Planning', 'Teaching', 'Curriculum Development',
    'Classroom Management', 'Legal Research', 'Litigation', 'Contract Negotiation', 'Contract Management', 'Procurement',
    'Inventory Management', 'Supply Chain Management', 'Logistics', 'Patient Care', 'Medical Billing', 'Medical Coding',
  ].map((name) => name.toLowerCase()),
);

/** Whether a canonical skill is held only when the resume shows it (a practice or a credential), not by a skills list alone. */
export function needsShownUse(canonical: string): boolean {
  return PRACTICES.has(canonical.toLowerCase()) || isCertification(canonical);
}

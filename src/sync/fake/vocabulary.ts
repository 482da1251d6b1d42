/*
 * Hand-curated vocabulary for the synthetic account. Changing any list changes every seeded
 * account (and the README's vocabulary listing and the NL-parser eval that depend on it), so
 * append rather than reorder.
 */

export type StageType = 'Lead' | 'PreInterviewScreen' | 'Active' | 'Offer' | 'Hired' | 'Archived';

export interface JobFamily {
  key: string;
  department: string;
  /** Titles candidates of this family hold, junior to senior. */
  titles: readonly string[];
  skills: readonly string[];
  majors: readonly string[];
  interviewPlan: string;
}

export const JOB_FAMILIES: readonly JobFamily[] = [
  {
    key: 'backend',
    department: 'Engineering',
    titles: ['Software Engineer', 'Backend Engineer', 'Senior Backend Engineer', 'Senior Software Engineer', 'Staff Software Engineer', 'Principal Engineer'],
    skills: ['Go', 'Java', 'Python', 'PostgreSQL', 'Kafka', 'gRPC', 'Kubernetes', 'AWS', 'Redis', 'Microservices', 'Distributed Systems', 'REST APIs', 'Docker', 'Terraform', 'Node.js', 'TypeScript', 'Rust', 'Scala'],
    majors: ['Computer Science', 'Software Engineering', 'Mathematics', 'Electrical Engineering'],
    interviewPlan: 'Engineering Interview Plan',
  },
  {
    key: 'frontend',
    department: 'Engineering',
    titles: ['Frontend Engineer', 'Senior Frontend Engineer', 'Full Stack Engineer', 'Senior Full Stack Engineer', 'Staff Frontend Engineer'],
    skills: ['React', 'TypeScript', 'JavaScript', 'Next.js', 'CSS', 'GraphQL', 'Node.js', 'Redux', 'Webpack', 'Accessibility', 'Jest', 'Vue.js', 'HTML', 'Design Systems'],
    majors: ['Computer Science', 'Information Systems', 'Human-Computer Interaction'],
    interviewPlan: 'Engineering Interview Plan',
  },
  {
    key: 'data',
    department: 'Engineering',
    titles: ['Data Engineer', 'Senior Data Engineer', 'Data Scientist', 'Senior Data Scientist', 'Machine Learning Engineer', 'Senior Machine Learning Engineer'],
    skills: ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'PyTorch', 'TensorFlow', 'scikit-learn', 'Pandas', 'BigQuery', 'Kafka', 'Statistics', 'NLP', 'MLOps'],
    majors: ['Computer Science', 'Statistics', 'Mathematics', 'Physics', 'Data Science'],
    interviewPlan: 'Engineering Interview Plan',
  },
  {
    key: 'infra',
    department: 'Engineering',
    titles: ['DevOps Engineer', 'Site Reliability Engineer', 'Senior Site Reliability Engineer', 'Platform Engineer', 'Security Engineer', 'Senior Security Engineer'],
    skills: ['Kubernetes', 'Terraform', 'AWS', 'GCP', 'Linux', 'Prometheus', 'Grafana', 'CI/CD', 'Ansible', 'Go', 'Python', 'Incident Response', 'Networking', 'Vault'],
    majors: ['Computer Science', 'Computer Engineering', 'Information Technology'],
    interviewPlan: 'Engineering Interview Plan',
  },
  {
    key: 'mobile',
    department: 'Engineering',
    titles: ['iOS Engineer', 'Android Engineer', 'Senior Mobile Engineer', 'Mobile Engineer'],
    skills: ['Swift', 'Kotlin', 'SwiftUI', 'Objective-C', 'Jetpack Compose', 'React Native', 'Xcode', 'Android SDK', 'Mobile Performance', 'GraphQL'],
    majors: ['Computer Science', 'Software Engineering'],
    interviewPlan: 'Engineering Interview Plan',
  },
  {
    key: 'product',
    department: 'Product',
    titles: ['Associate Product Manager', 'Product Manager', 'Senior Product Manager', 'Group Product Manager', 'Technical Product Manager'],
    skills: ['Product Strategy', 'Roadmapping', 'User Research', 'A/B Testing', 'SQL', 'Agile', 'Jira', 'Stakeholder Management', 'Analytics', 'Go-to-Market', 'PRDs'],
    majors: ['Business Administration', 'Computer Science', 'Economics', 'Industrial Engineering'],
    interviewPlan: 'Business Interview Plan',
  },
  {
    key: 'design',
    department: 'Design',
    titles: ['Product Designer', 'Senior Product Designer', 'UX Designer', 'UX Researcher', 'Visual Designer', 'Design Lead'],
    skills: ['Figma', 'Sketch', 'Prototyping', 'User Research', 'Interaction Design', 'Design Systems', 'Usability Testing', 'Wireframing', 'Adobe Creative Suite', 'Accessibility'],
    majors: ['Graphic Design', 'Human-Computer Interaction', 'Psychology', 'Fine Arts'],
    interviewPlan: 'Design Interview Plan',
  },
  {
    key: 'sales',
    department: 'Sales',
    titles: ['Sales Development Representative', 'Account Executive', 'Senior Account Executive', 'Enterprise Account Executive', 'Sales Manager', 'Solutions Engineer'],
    skills: ['Salesforce', 'Prospecting', 'Negotiation', 'Pipeline Management', 'MEDDIC', 'Cold Calling', 'SaaS Sales', 'Forecasting', 'HubSpot', 'Closing', 'Enterprise Sales'],
    majors: ['Business Administration', 'Communications', 'Marketing', 'Economics'],
    interviewPlan: 'Business Interview Plan',
  },
  {
    key: 'marketing',
    department: 'Marketing',
    titles: ['Marketing Coordinator', 'Content Marketing Manager', 'Product Marketing Manager', 'Growth Marketing Manager', 'Demand Generation Manager', 'Marketing Director'],
    skills: ['SEO', 'Content Strategy', 'Google Analytics', 'HubSpot', 'Marketo', 'Copywriting', 'Paid Social', 'Email Marketing', 'Brand Strategy', 'Positioning', 'Campaign Management'],
    majors: ['Marketing', 'Communications', 'Journalism', 'Business Administration'],
    interviewPlan: 'Business Interview Plan',
  },
  {
    key: 'success',
    department: 'Customer Success',
    titles: ['Customer Support Specialist', 'Customer Success Manager', 'Senior Customer Success Manager', 'Implementation Manager', 'Technical Account Manager'],
    skills: ['Customer Onboarding', 'Zendesk', 'Gainsight', 'Renewals', 'Account Management', 'Churn Reduction', 'Salesforce', 'Training', 'Troubleshooting', 'SQL'],
    majors: ['Business Administration', 'Communications', 'Psychology'],
    interviewPlan: 'Business Interview Plan',
  },
  {
    key: 'people',
    department: 'People',
    titles: ['Recruiting Coordinator', 'Technical Recruiter', 'Senior Recruiter', 'People Operations Manager', 'HR Business Partner'],
    skills: ['Full-Cycle Recruiting', 'Sourcing', 'Ashby', 'Greenhouse', 'Employee Relations', 'Onboarding', 'Compensation', 'HRIS', 'Workday', 'Interviewing'],
    majors: ['Human Resources', 'Psychology', 'Business Administration', 'Sociology'],
    interviewPlan: 'Business Interview Plan',
  },
  {
    key: 'finance',
    department: 'Finance',
    titles: ['Staff Accountant', 'Senior Accountant', 'Financial Analyst', 'Senior Financial Analyst', 'Controller', 'FP&A Manager'],
    skills: ['GAAP', 'Financial Modeling', 'Excel', 'NetSuite', 'Forecasting', 'Budgeting', 'Account Reconciliation', 'Audit', 'SQL', 'Revenue Recognition', 'Tableau'],
    majors: ['Accounting', 'Finance', 'Economics'],
    interviewPlan: 'Business Interview Plan',
  },
  {
    key: 'clinical',
    department: 'Clinical Operations',
    titles: ['Registered Nurse', 'Clinical Nurse Specialist', 'Nurse Practitioner', 'Clinical Research Coordinator', 'Clinical Operations Manager'],
    skills: ['Patient Care', 'EHR', 'Epic', 'Clinical Trials', 'HIPAA', 'Triage', 'BLS', 'Care Coordination', 'Medication Administration', 'GCP Compliance', 'Telehealth'],
    majors: ['Nursing', 'Biology', 'Public Health', 'Health Sciences'],
    interviewPlan: 'Clinical Interview Plan',
  },
];

interface DepartmentSeed {
  name: string;
  parent?: string;
}

export const DEPARTMENTS: readonly DepartmentSeed[] = [
  { name: 'Engineering' },
  { name: 'Product' },
  { name: 'Design' },
  { name: 'Sales' },
  { name: 'Marketing' },
  { name: 'Customer Success' },
  { name: 'People' },
  { name: 'Finance' },
  { name: 'Clinical Operations' },
  { name: 'Platform', parent: 'Engineering' },
  { name: 'Data & ML', parent: 'Engineering' },
];

interface LocationSeed {
  name: string;
  country: string;
  region: string | null;
  locality: string | null;
  workplaceType: 'OnSite' | 'Hybrid' | 'Remote';
}

export const LOCATIONS: readonly LocationSeed[] = [
  { name: 'San Francisco', country: 'United States', region: 'California', locality: 'San Francisco', workplaceType: 'Hybrid' },
  { name: 'New York', country: 'United States', region: 'New York', locality: 'New York', workplaceType: 'Hybrid' },
  { name: 'Seattle', country: 'United States', region: 'Washington', locality: 'Seattle', workplaceType: 'OnSite' },
  { name: 'Austin', country: 'United States', region: 'Texas', locality: 'Austin', workplaceType: 'OnSite' },
  { name: 'Berlin', country: 'Germany', region: 'Berlin', locality: 'Berlin', workplaceType: 'Hybrid' },
  { name: 'London', country: 'United Kingdom', region: 'England', locality: 'London', workplaceType: 'Hybrid' },
  { name: 'Remote', country: 'United States', region: null, locality: null, workplaceType: 'Remote' },
  { name: 'Boston', country: 'United States', region: 'Massachusetts', locality: 'Boston', workplaceType: 'OnSite' },
];

interface JobSeed {
  title: string;
  family: string;
  department: string;
  location: string;
  status: 'Open' | 'Closed' | 'Archived' | 'Draft';
  employmentType: 'FullTime' | 'PartTime' | 'Intern' | 'Contract' | 'Temporary';
}

const job = (title: string, family: string, department: string, location: string, status: JobSeed['status'] = 'Open', employmentType: JobSeed['employmentType'] = 'FullTime'): JobSeed => ({ title, family, department, location, status, employmentType });

export const JOBS: readonly JobSeed[] = [
  job('Senior Backend Engineer', 'backend', 'Platform', 'Berlin'),
  job('Backend Engineer', 'backend', 'Engineering', 'Remote'),
  job('Staff Software Engineer, Platform', 'backend', 'Platform', 'San Francisco'),
  job('Senior Software Engineer, Payments', 'backend', 'Engineering', 'New York'),
  job('Software Engineer, Integrations', 'backend', 'Engineering', 'Seattle', 'Closed'),
  job('Senior Frontend Engineer', 'frontend', 'Engineering', 'London'),
  job('Full Stack Engineer', 'frontend', 'Engineering', 'Austin'),
  job('Frontend Engineer, Growth', 'frontend', 'Engineering', 'San Francisco', 'Closed'),
  job('Senior Data Engineer', 'data', 'Data & ML', 'Seattle'),
  job('Machine Learning Engineer', 'data', 'Data & ML', 'San Francisco'),
  job('Data Scientist', 'data', 'Data & ML', 'New York', 'Closed'),
  job('Site Reliability Engineer', 'infra', 'Platform', 'Remote'),
  job('Security Engineer', 'infra', 'Platform', 'Berlin'),
  job('DevOps Engineer', 'infra', 'Platform', 'Austin', 'Archived'),
  job('Senior iOS Engineer', 'mobile', 'Engineering', 'New York'),
  job('Android Engineer', 'mobile', 'Engineering', 'London', 'Closed'),
  job('Engineering Intern', 'backend', 'Engineering', 'Seattle', 'Closed', 'Intern'),
  job('Senior Product Manager', 'product', 'Product', 'San Francisco'),
  job('Product Manager, Platform', 'product', 'Product', 'Berlin'),
  job('Technical Product Manager', 'product', 'Product', 'Remote', 'Closed'),
  job('Senior Product Designer', 'design', 'Design', 'New York'),
  job('Product Designer', 'design', 'Design', 'London'),
  job('UX Researcher', 'design', 'Design', 'Remote', 'Closed', 'Contract'),
  job('Account Executive', 'sales', 'Sales', 'New York'),
  job('Enterprise Account Executive', 'sales', 'Sales', 'London'),
  job('Sales Development Representative', 'sales', 'Sales', 'Austin'),
  job('Solutions Engineer', 'sales', 'Sales', 'San Francisco', 'Closed'),
  job('Product Marketing Manager', 'marketing', 'Marketing', 'San Francisco'),
  job('Content Marketing Manager', 'marketing', 'Marketing', 'Remote', 'Closed'),
  job('Demand Generation Manager', 'marketing', 'Marketing', 'New York'),
  job('Customer Success Manager', 'success', 'Customer Success', 'Austin'),
  job('Technical Account Manager', 'success', 'Customer Success', 'Berlin'),
  job('Customer Support Specialist', 'success', 'Customer Success', 'Remote', 'Archived', 'PartTime'),
  job('Technical Recruiter', 'people', 'People', 'San Francisco'),
  job('People Operations Manager', 'people', 'People', 'New York', 'Closed'),
  job('Senior Financial Analyst', 'finance', 'Finance', 'New York'),
  job('Controller', 'finance', 'Finance', 'San Francisco', 'Closed'),
  job('Registered Nurse, Telehealth', 'clinical', 'Clinical Operations', 'Boston'),
  job('Clinical Research Coordinator', 'clinical', 'Clinical Operations', 'Boston', 'Open', 'Contract'),
  job('Nurse Practitioner', 'clinical', 'Clinical Operations', 'Remote', 'Closed'),
  job('Head of Data', 'data', 'Data & ML', 'Berlin', 'Draft'),
  job('Staff Designer', 'design', 'Design', 'San Francisco', 'Draft'),
];

interface StageSeed {
  title: string;
  type: StageType;
}

const s = (title: string, type: StageType): StageSeed => ({ title, type });
const HEAD = [s('New Lead', 'Lead'), s('Application Review', 'PreInterviewScreen'), s('Recruiter Screen', 'Active')];
const TAIL = [s('Offer', 'Offer'), s('Hired', 'Hired'), s('Archived', 'Archived')];

export const INTERVIEW_PLANS: ReadonlyArray<{ title: string; stages: readonly StageSeed[] }> = [
  { title: 'Engineering Interview Plan', stages: [...HEAD, s('Hiring Manager Screen', 'Active'), s('Technical Interview', 'Active'), s('Onsite', 'Active'), s('Final Round', 'Active'), ...TAIL] },
  { title: 'Business Interview Plan', stages: [...HEAD, s('Hiring Manager Screen', 'Active'), s('Case Study', 'Active'), s('Final Round', 'Active'), ...TAIL] },
  { title: 'Design Interview Plan', stages: [...HEAD, s('Hiring Manager Screen', 'Active'), s('Portfolio Review', 'Active'), s('Onsite', 'Active'), ...TAIL] },
  { title: 'Clinical Interview Plan', stages: [...HEAD, s('Credential Verification', 'Active'), s('Hiring Manager Screen', 'Active'), s('Final Round', 'Active'), ...TAIL] },
];

interface UserSeed {
  firstName: string;
  lastName: string;
  globalRole: 'Organization Admin' | 'Elevated Access' | 'Limited Access' | 'External Recruiter';
  recruiter: boolean;
  isEnabled?: boolean;
}

export const USERS: readonly UserSeed[] = [
  { firstName: 'Maya', lastName: 'Patel', globalRole: 'Organization Admin', recruiter: true },
  { firstName: 'Jordan', lastName: 'Lee', globalRole: 'Elevated Access', recruiter: true },
  { firstName: 'Priya', lastName: 'Raman', globalRole: 'Elevated Access', recruiter: true },
  { firstName: 'Marcus', lastName: 'Johnson', globalRole: 'Elevated Access', recruiter: true },
  { firstName: 'Sofia', lastName: 'Alvarez', globalRole: 'Elevated Access', recruiter: true },
  { firstName: 'Daniel', lastName: 'Kim', globalRole: 'Limited Access', recruiter: true },
  { firstName: 'Hannah', lastName: 'Schmidt', globalRole: 'Elevated Access', recruiter: true },
  { firstName: 'Omar', lastName: 'Haddad', globalRole: 'External Recruiter', recruiter: true },
  { firstName: 'Elena', lastName: 'Rossi', globalRole: 'Limited Access', recruiter: false },
  { firstName: 'Tom', lastName: 'Becker', globalRole: 'Limited Access', recruiter: false },
  { firstName: 'Grace', lastName: 'Chen', globalRole: 'Limited Access', recruiter: false },
  { firstName: 'Samuel', lastName: 'Okafor', globalRole: 'Limited Access', recruiter: false },
  { firstName: 'Ava', lastName: 'Thompson', globalRole: 'Limited Access', recruiter: false },
  { firstName: 'Lucas', lastName: 'Martin', globalRole: 'Limited Access', recruiter: false, isEnabled: false },
];

export const SOURCE_TYPES = ['Inbound', 'Outbound', 'Referral', 'Agency', 'Job Board', 'Event'] as const;

export const SOURCES: ReadonlyArray<{ title: string; sourceType: (typeof SOURCE_TYPES)[number]; weight: number; isArchived?: boolean }> = [
  { title: 'Applied', sourceType: 'Inbound', weight: 40 },
  { title: 'LinkedIn', sourceType: 'Job Board', weight: 15 },
  { title: 'Referral', sourceType: 'Referral', weight: 12 },
  { title: 'Agency', sourceType: 'Agency', weight: 5 },
  { title: 'Job Board', sourceType: 'Job Board', weight: 8 },
  { title: 'Sourced', sourceType: 'Outbound', weight: 14 },
  { title: 'Career Fair', sourceType: 'Event', weight: 3 },
  { title: 'Company Website', sourceType: 'Inbound', weight: 3 },
  { title: 'AngelList', sourceType: 'Job Board', weight: 0, isArchived: true },
];

export const ARCHIVE_REASONS: ReadonlyArray<{ text: string; reasonType: 'RejectedByCandidate' | 'RejectedByOrg' | 'Other'; weight: number; isArchived?: boolean }> = [
  { text: 'Lacks Skills/Qualifications', reasonType: 'RejectedByOrg', weight: 30 },
  { text: 'Compensation', reasonType: 'RejectedByCandidate', weight: 10 },
  { text: 'Timing', reasonType: 'RejectedByCandidate', weight: 10 },
  { text: 'Culture', reasonType: 'RejectedByOrg', weight: 5 },
  { text: 'Withdrew', reasonType: 'RejectedByCandidate', weight: 10 },
  { text: 'Position Filled', reasonType: 'Other', weight: 10 },
  { text: 'Location', reasonType: 'RejectedByCandidate', weight: 6 },
  { text: 'Overqualified', reasonType: 'RejectedByOrg', weight: 4 },
  { text: 'Unresponsive', reasonType: 'RejectedByCandidate', weight: 8 },
  { text: 'Accepted Another Offer', reasonType: 'RejectedByCandidate', weight: 7 },
  { text: 'Headcount Freeze', reasonType: 'Other', weight: 0, isArchived: true },
];

export const TAGS: readonly string[] = [
  'Silver Medalist',
  'Boomerang',
  'Former Intern',
  'Open Source',
  'Needs Visa Sponsorship',
  'Willing to Relocate',
  'Do Not Contact',
  'Rehire Eligible',
  'Conference Contact',
  'Top Talent',
];

export const CANDIDATE_LOCATIONS: ReadonlyArray<{ city: string; region: string; country: string; timezone: string }> = [
  { city: 'San Francisco', region: 'California', country: 'United States', timezone: 'America/Los_Angeles' },
  { city: 'Oakland', region: 'California', country: 'United States', timezone: 'America/Los_Angeles' },
  { city: 'Seattle', region: 'Washington', country: 'United States', timezone: 'America/Los_Angeles' },
  { city: 'New York', region: 'New York', country: 'United States', timezone: 'America/New_York' },
  { city: 'Brooklyn', region: 'New York', country: 'United States', timezone: 'America/New_York' },
  { city: 'Austin', region: 'Texas', country: 'United States', timezone: 'America/Chicago' },
  { city: 'Boston', region: 'Massachusetts', country: 'United States', timezone: 'America/New_York' },
  { city: 'Chicago', region: 'Illinois', country: 'United States', timezone: 'America/Chicago' },
  { city: 'Denver', region: 'Colorado', country: 'United States', timezone: 'America/Denver' },
  { city: 'Toronto', region: 'Ontario', country: 'Canada', timezone: 'America/Toronto' },
  { city: 'Berlin', region: 'Berlin', country: 'Germany', timezone: 'Europe/Berlin' },
  { city: 'Munich', region: 'Bavaria', country: 'Germany', timezone: 'Europe/Berlin' },
  { city: 'London', region: 'England', country: 'United Kingdom', timezone: 'Europe/London' },
  { city: 'Manchester', region: 'England', country: 'United Kingdom', timezone: 'Europe/London' },
  { city: 'Amsterdam', region: 'North Holland', country: 'Netherlands', timezone: 'Europe/Amsterdam' },
  { city: 'Dublin', region: 'Leinster', country: 'Ireland', timezone: 'Europe/Dublin' },
  { city: 'Lisbon', region: 'Lisbon', country: 'Portugal', timezone: 'Europe/Lisbon' },
  { city: 'Warsaw', region: 'Masovia', country: 'Poland', timezone: 'Europe/Warsaw' },
];

export const COMPANIES: readonly string[] = [
  'Northwind Labs', 'Bluefin Systems', 'Helix Data', 'Orbital Commerce', 'Quartz Analytics', 'Lumen Health',
  'Cobalt Robotics', 'Juniper Finance', 'Brightline Software', 'Atlas Logistics', 'Pinecrest Media', 'Redwood Security',
  'Summit Payments', 'Tidal Cloud', 'Vertex Mobility', 'Beacon Learning', 'Copperleaf Energy', 'Mosaic Retail',
  'Evergreen Insurance', 'Granite Networks', 'Harbor Biotech', 'Ironclad Devices', 'Keystone Consulting', 'Lattice AI',
  'Meridian Travel', 'Nimbus Games', 'Oakridge Capital', 'Polaris Telecom', 'Riverstone Foods', 'Sierra Manufacturing',
];

export const HEALTH_EMPLOYERS: readonly string[] = [
  "St. Mary's Medical Center", 'Lakeside Health System', 'Riverview Hospital', 'Mercy Regional Clinic', 'Northgate Community Health',
  'Bayview Children\'s Hospital', 'Cedar Valley Medical Group', 'Harborview Research Institute',
];

export const SCHOOLS: readonly string[] = [
  'University of Washington', 'University of California, Berkeley', 'Stanford University', 'University of Texas at Austin',
  'New York University', 'Columbia University', 'Technical University of Munich', 'Humboldt University of Berlin',
  'University College London', "King's College London", 'University of Michigan', 'Georgia Institute of Technology',
  'University of Toronto', 'Boston University', 'University of Illinois Urbana-Champaign', 'Carnegie Mellon University',
  'University of Amsterdam', 'Trinity College Dublin', 'Arizona State University', 'Ohio State University',
  'University of Manchester', 'Purdue University', 'Northeastern University', 'Portland State University',
];

export const DEGREES_BY_LEVEL: readonly string[] = ['Associate of Science', 'Bachelor of Science', 'Bachelor of Arts', 'Master of Science', 'Master of Business Administration', 'Doctor of Philosophy'];

export const CUSTOM_FIELDS: ReadonlyArray<{ title: string; objectType: 'Candidate' | 'Application' | 'Job'; fieldType: string; selectableValues?: string[] }> = [
  { title: 'Source ID', objectType: 'Candidate', fieldType: 'String' },
  { title: 'Visa Status', objectType: 'Candidate', fieldType: 'ValueSelect', selectableValues: ['Citizen', 'Permanent Resident', 'Requires Sponsorship'] },
  { title: 'Years of Experience', objectType: 'Candidate', fieldType: 'Number' },
  { title: 'Desired Salary', objectType: 'Candidate', fieldType: 'Currency' },
  { title: 'Referral Notes', objectType: 'Application', fieldType: 'LongText' },
  { title: 'Requisition Priority', objectType: 'Job', fieldType: 'ValueSelect', selectableValues: ['P0', 'P1', 'P2'] },
];

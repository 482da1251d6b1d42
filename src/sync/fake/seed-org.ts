import type { Prng } from './prng.js';
import type {
  ArchiveReasonRecord,
  CustomFieldRecord,
  FakeState,
  InterviewPlanRecord,
  JobRecord,
  SourceRecord,
  TagRecord,
  UserRecord,
} from './state.js';
import { ARCHIVE_REASONS, CUSTOM_FIELDS, DEPARTMENTS, INTERVIEW_PLANS, JOB_FAMILIES, JOBS, LOCATIONS, SOURCE_TYPES, SOURCES, TAGS, USERS } from './vocabulary.js';

/** Handles to the seeded organisation that candidate and application seeding draw from. */
export interface OrgContext {
  anchorMs: number;
  recruiters: UserRecord[];
  jobs: JobRecord[];
  /** Jobs that take applications (not drafts). */
  applicableJobs: JobRecord[];
  /** Non-draft jobs per family key. */
  jobsByFamily: Map<string, JobRecord[]>;
  sources: SourceRecord[];
  sourceWeights: number[];
  sourceTypeTitle: Map<string, string>;
  archiveReasons: Map<string, ArchiveReasonRecord>;
  tags: TagRecord[];
  customFields: Map<string, CustomFieldRecord>;
  plans: Map<string, InterviewPlanRecord>;
}

const ACCOUNT_EMAIL_DOMAIN = 'northstar.example.com';
const DAY = 24 * 3600 * 1000;
export const YEAR = 365.25 * DAY;

/** Seed users, departments, locations, plans and stages, sources, reasons, tags, fields, jobs and postings. */
export function seedOrganization(state: FakeState, rng: Prng, anchorMs: number): OrgContext {
  let t = anchorMs - 6 * YEAR;
  const at = () => (t += 60_000);

  const users = USERS.map((u) => {
    const record: UserRecord = {
      ...state.stamp(rng.uuid(), at()),
      firstName: u.firstName,
      lastName: u.lastName,
      email: `${u.firstName}.${u.lastName}@${ACCOUNT_EMAIL_DOMAIN}`.toLowerCase(),
      globalRole: u.globalRole,
      isEnabled: u.isEnabled ?? true,
      isRecruiter: u.recruiter,
    };
    state.users.add(record);
    return record;
  });
  const recruiters = users.filter((u) => u.isRecruiter && u.isEnabled);
  const managers = users.filter((u) => !u.isRecruiter && u.isEnabled);

  const departmentIds = new Map<string, string>();
  for (const d of DEPARTMENTS) {
    const record = { ...state.stamp(rng.uuid(), at()), name: d.name, parentId: d.parent ? (departmentIds.get(d.parent) ?? null) : null, isArchived: false };
    state.departments.add(record);
    departmentIds.set(d.name, record.id);
  }
  const locationIds = new Map<string, string>();
  for (const l of LOCATIONS) {
    const record = { ...state.stamp(rng.uuid(), at()), ...l, isArchived: false };
    state.locations.add(record);
    locationIds.set(l.name, record.id);
  }

  const plans = new Map<string, InterviewPlanRecord>();
  for (const p of INTERVIEW_PLANS) {
    const plan: InterviewPlanRecord = { ...state.stamp(rng.uuid(), at()), title: p.title, isArchived: false, stageIds: [] };
    state.interviewPlans.add(plan);
    p.stages.forEach((s, i) => {
      const stage = { ...state.stamp(rng.uuid(), at()), planId: plan.id, title: s.title, type: s.type, order: i };
      state.interviewStages.add(stage);
      plan.stageIds.push(stage.id);
    });
    plans.set(p.title, plan);
  }

  const sourceTypeIds = new Map<string, string>();
  const sourceTypeTitle = new Map<string, string>();
  for (const title of SOURCE_TYPES) {
    const record = { ...state.stamp(rng.uuid(), at()), title, isArchived: false };
    state.sourceTypes.add(record);
    sourceTypeIds.set(title, record.id);
    sourceTypeTitle.set(record.id, title);
  }
  const sources = SOURCES.map((s) => {
    const record: SourceRecord = { ...state.stamp(rng.uuid(), at()), title: s.title, sourceTypeId: sourceTypeIds.get(s.sourceType)!, isArchived: s.isArchived ?? false };
    state.sources.add(record);
    return record;
  });
  const archiveReasons = new Map<string, ArchiveReasonRecord>();
  for (const r of ARCHIVE_REASONS) {
    const record = { ...state.stamp(rng.uuid(), at()), text: r.text, reasonType: r.reasonType, isArchived: r.isArchived ?? false };
    state.archiveReasons.add(record);
    archiveReasons.set(r.text, record);
  }
  const tags = TAGS.map((title) => {
    const record = { ...state.stamp(rng.uuid(), at()), title, isArchived: false };
    state.tags.add(record);
    return record;
  });
  const customFields = new Map<string, CustomFieldRecord>();
  for (const f of CUSTOM_FIELDS) {
    const record = { ...state.stamp(rng.uuid(), at()), title: f.title, objectType: f.objectType, fieldType: f.fieldType, isArchived: false, selectableValues: f.selectableValues ?? null };
    state.customFields.add(record);
    customFields.set(f.title, record);
  }

  const jobs: JobRecord[] = [];
  const jobsByFamily = new Map<string, JobRecord[]>(JOB_FAMILIES.map((f) => [f.key, []]));
  JOBS.forEach((j, index) => {
    const family = JOB_FAMILIES.find((f) => f.key === j.family)!;
    const plan = plans.get(family.interviewPlan)!;
    const openedAt = j.status === 'Draft' ? null : anchorMs - 5 * YEAR + index * 40 * DAY + rng.int(0, 20) * DAY;
    const closedAt = j.status === 'Closed' || j.status === 'Archived' ? anchorMs - rng.int(20, 300) * DAY : null;
    const recruiter = recruiters[index % recruiters.length];
    const manager = managers[rng.int(0, managers.length - 1)];
    const createdAt = openedAt ?? anchorMs - rng.int(5, 30) * DAY;
    const job: JobRecord = {
      ...state.stamp(rng.uuid(), createdAt),
      title: j.title,
      status: j.status,
      employmentType: j.employmentType,
      locationId: locationIds.get(j.location) ?? null,
      departmentId: departmentIds.get(j.department) ?? null,
      defaultInterviewPlanId: plan.id,
      interviewPlanIds: [plan.id],
      jobPostingIds: [],
      hiringTeam: [
        { userId: recruiter.id, role: 'Recruiter' },
        { userId: manager.id, role: 'Hiring Manager' },
      ],
      authorId: recruiter.id,
      // Every ninth job, by position (no draw from the generator, so the rest of the account is unchanged).
      confidential: index % 9 === 4,
      openedAt,
      closedAt,
      customFields: [{ fieldId: customFields.get('Requisition Priority')!.id, value: rng.pick(['P0', 'P1', 'P2']) }],
      family: j.family,
    };
    job.updatedAt = Math.max(createdAt, closedAt ?? 0);
    state.observeTimestamp(job.updatedAt);
    state.jobs.add(job);
    jobs.push(job);
    if (j.status !== 'Draft') jobsByFamily.get(j.family)!.push(job);
    if (j.status === 'Draft') return;
    const posting = {
      ...state.stamp(rng.uuid(), openedAt ?? createdAt),
      jobId: job.id,
      title: j.title,
      isListed: index % 7 !== 3,
      published: j.status === 'Open',
      publishedAt: openedAt,
      descriptionPlain: `${j.title} (${j.department}, ${j.location}). Northstar is hiring a ${j.title} to join the ${j.department} team. You will work with ${rng.sample(family.skills, 4).join(', ')}.`,
    };
    posting.updatedAt = job.updatedAt;
    state.jobPostings.add(posting);
    job.jobPostingIds.push(posting.id);
  });

  return {
    anchorMs,
    recruiters,
    jobs,
    applicableJobs: jobs.filter((j) => j.status !== 'Draft'),
    jobsByFamily,
    sources: sources.filter((s) => !s.isArchived),
    sourceWeights: SOURCES.filter((s) => !s.isArchived).map((s) => s.weight),
    sourceTypeTitle,
    archiveReasons,
    tags,
    customFields,
    plans,
  };
}

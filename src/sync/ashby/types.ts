import { z } from 'zod';

/*
 * Ashby's documented object shapes (../shared/reference/ashby-api.md §3–4), as the client reads them.
 * Loose objects: Ashby adds fields over time and we keep every record's raw JSON anyway, so unknown
 * keys pass through; only the fields the mirror queries are typed. Absent optional values are `null`
 * in real data, so optional fields accept both.
 */

const nullish = <T extends z.ZodTypeAny>(t: T) => t.nullable().optional();

export const ContactInfo = z.looseObject({
  value: z.string(),
  type: nullish(z.string()),
  isPrimary: nullish(z.boolean()),
});
export type ContactInfo = z.infer<typeof ContactInfo>;

export const SocialLink = z.looseObject({ type: z.string(), url: z.string() });
export type SocialLink = z.infer<typeof SocialLink>;

export const FileHandle = z.looseObject({ id: z.string(), name: z.string(), handle: z.string() });
export type FileHandle = z.infer<typeof FileHandle>;

export const Tag = z.looseObject({ id: z.string(), title: z.string(), isArchived: nullish(z.boolean()) });
export type Tag = z.infer<typeof Tag>;

export const Source = z.looseObject({
  id: z.string(),
  title: z.string(),
  isArchived: nullish(z.boolean()),
  sourceType: nullish(z.looseObject({ id: z.string(), title: z.string(), isArchived: nullish(z.boolean()) })),
});
export type Source = z.infer<typeof Source>;

export const User = z.looseObject({
  id: z.string(),
  firstName: nullish(z.string()),
  lastName: nullish(z.string()),
  email: nullish(z.string()),
  globalRole: nullish(z.string()),
  isEnabled: nullish(z.boolean()),
  updatedAt: nullish(z.string()),
});
export type User = z.infer<typeof User>;

export const HiringTeamMember = z.looseObject({
  userId: z.string(),
  firstName: nullish(z.string()),
  lastName: nullish(z.string()),
  email: nullish(z.string()),
  role: z.string(),
});
export type HiringTeamMember = z.infer<typeof HiringTeamMember>;

export const InterviewStage = z.looseObject({
  id: z.string(),
  title: z.string(),
  type: nullish(z.string()),
  orderInInterviewPlan: nullish(z.number()),
  interviewStageGroupId: nullish(z.string()),
  interviewPlanId: nullish(z.string()),
});
export type InterviewStage = z.infer<typeof InterviewStage>;

export const ArchiveReason = z.looseObject({
  id: z.string(),
  text: z.string(),
  reasonType: nullish(z.string()),
  isArchived: nullish(z.boolean()),
});
export type ArchiveReason = z.infer<typeof ArchiveReason>;

export const CandidateLocation = z.looseObject({
  id: nullish(z.string()),
  locationSummary: nullish(z.string()),
  locationComponents: nullish(z.array(z.looseObject({ type: z.string(), name: z.string() }))),
});

export const Candidate = z.looseObject({
  id: z.string(),
  createdAt: nullish(z.string()),
  updatedAt: nullish(z.string()),
  name: z.string(),
  primaryEmailAddress: nullish(ContactInfo),
  emailAddresses: z.array(ContactInfo).default([]),
  primaryPhoneNumber: nullish(ContactInfo),
  phoneNumbers: z.array(ContactInfo).default([]),
  socialLinks: z.array(SocialLink).default([]),
  tags: z.array(Tag).default([]),
  position: nullish(z.string()),
  company: nullish(z.string()),
  school: nullish(z.string()),
  applicationIds: z.array(z.string()).default([]),
  resumeFileHandle: nullish(FileHandle),
  fileHandles: z.array(FileHandle).default([]),
  customFields: nullish(z.array(z.looseObject({ id: z.string(), title: z.string() }))),
  profileUrl: nullish(z.string()),
  source: nullish(Source),
  creditedToUser: nullish(User),
  timezone: nullish(z.string()),
  location: nullish(CandidateLocation),
});
export type Candidate = z.infer<typeof Candidate>;

export const ApplicationHistoryItem = z.looseObject({
  id: z.string(),
  stageId: nullish(z.string()),
  title: z.string(),
  stageNumber: z.number(),
  enteredStageAt: z.string(),
  leftStageAt: nullish(z.string()),
  actorId: nullish(z.string()),
});
export type ApplicationHistoryItem = z.infer<typeof ApplicationHistoryItem>;

export const Application = z.looseObject({
  id: z.string(),
  createdAt: nullish(z.string()),
  updatedAt: z.string(),
  status: z.string(),
  candidate: z.looseObject({ id: z.string(), name: nullish(z.string()) }),
  currentInterviewStage: nullish(InterviewStage),
  source: nullish(Source),
  archiveReason: nullish(ArchiveReason),
  archivedAt: nullish(z.string()),
  job: nullish(z.looseObject({ id: z.string(), title: nullish(z.string()), locationId: nullish(z.string()), departmentId: nullish(z.string()) })),
  creditedToUser: nullish(User),
  hiringTeam: z.array(HiringTeamMember).default([]),
  appliedViaJobPostingId: nullish(z.string()),
  applicationHistory: nullish(z.array(ApplicationHistoryItem)),
});
export type Application = z.infer<typeof Application>;

export const Job = z.looseObject({
  id: z.string(),
  title: z.string(),
  confidential: nullish(z.boolean()),
  status: z.string(),
  employmentType: nullish(z.string()),
  locationId: nullish(z.string()),
  departmentId: nullish(z.string()),
  defaultInterviewPlanId: nullish(z.string()),
  interviewPlanIds: nullish(z.array(z.string())),
  jobPostingIds: nullish(z.array(z.string())),
  hiringTeam: z.array(HiringTeamMember).default([]),
  createdAt: nullish(z.string()),
  updatedAt: z.string(),
  openedAt: nullish(z.string()),
  closedAt: nullish(z.string()),
});
export type Job = z.infer<typeof Job>;

export const JobPosting = z.looseObject({
  id: z.string(),
  title: z.string(),
  jobId: z.string(),
  departmentName: nullish(z.string()),
  teamName: nullish(z.string()),
  locationName: nullish(z.string()),
  isListed: nullish(z.boolean()),
  publishedDate: nullish(z.string()),
  employmentType: nullish(z.string()),
  updatedAt: nullish(z.string()),
  descriptionPlain: nullish(z.string()),
});
export type JobPosting = z.infer<typeof JobPosting>;

export const InterviewPlan = z.looseObject({
  id: z.string(),
  title: z.string(),
  isArchived: nullish(z.boolean()),
  createdAt: nullish(z.string()),
  updatedAt: nullish(z.string()),
});
export type InterviewPlan = z.infer<typeof InterviewPlan>;

export const Department = z.looseObject({
  id: z.string(),
  name: z.string(),
  externalName: nullish(z.string()),
  isArchived: nullish(z.boolean()),
  parentId: nullish(z.string()),
  createdAt: nullish(z.string()),
  updatedAt: nullish(z.string()),
});
export type Department = z.infer<typeof Department>;

export const Location = z.looseObject({
  id: z.string(),
  name: z.string(),
  externalName: nullish(z.string()),
  isArchived: nullish(z.boolean()),
});
export type Location = z.infer<typeof Location>;

export const CustomField = z.looseObject({
  id: z.string(),
  title: z.string(),
  objectType: nullish(z.string()),
  fieldType: nullish(z.string()),
  isArchived: nullish(z.boolean()),
});
export type CustomField = z.infer<typeof CustomField>;

export const ApiKeyInfo = z.looseObject({
  title: nullish(z.string()),
  createdAt: nullish(z.string()),
  scopes: nullish(z.array(z.string())),
});
export type ApiKeyInfo = z.infer<typeof ApiKeyInfo>;

export const FileInfo = z.looseObject({ url: z.string() });

/** The webhook envelope (common payload data). `data` is per-action and validated where applied. */
export const WebhookEnvelope = z.looseObject({
  webhookActionId: z.string().min(1),
  action: z.string().min(1),
  data: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>;

/** Every documented webhook action (ashby-api.md §5) plus the unconfirmed jobPostingDelete. */
export const WEBHOOK_ACTIONS = [
  'applicationSubmit',
  'applicationUpdate',
  'candidateStageChange',
  'candidateHire',
  'candidateDelete',
  'candidateMerge',
  'jobCreate',
  'jobUpdate',
  'jobPostingPublish',
  'jobPostingUnpublish',
  'jobPostingUpdate',
  'jobPostingDelete',
  'interviewPlanTransition',
  'interviewScheduleCreate',
  'interviewScheduleUpdate',
  'offerCreate',
  'offerUpdate',
  'offerDelete',
  'openingCreate',
  'pushToHRIS',
  'signatureRequestUpdate',
  'surveySubmit',
  'ping',
] as const;
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

import {
  ApiKeyInfo,
  Application,
  ApplicationHistoryItem,
  ArchiveReason,
  Candidate,
  CustomField,
  Department,
  FileInfo,
  InterviewPlan,
  InterviewStage,
  Job,
  JobPosting,
  Location,
  Source,
  Tag,
  User,
} from '../ashby/types.js';
import { AshbyTransport, type AshbyPage, type PaginateOptions } from './ashby-transport.js';

export { AshbyApiError } from './ashby-error.js';
export type { AshbyResult } from './envelope.js';
export type { AshbyPage, PaginateOptions } from './ashby-transport.js';

type Pages<T> = AsyncGenerator<AshbyPage<T>, void, undefined>;
type ListOptions<T> = PaginateOptions<T> & { createdAfter?: number };
/** Metadata lists: the mirror keeps archived rows too, because old applications still point at them. */
type ArchivableListOptions<T> = PaginateOptions<T> & { includeArchived?: boolean };

const compact = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));

/** The Ashby API as the sync uses it: thin typed wrappers over AshbyTransport's call/paginate. */
export class AshbyClient extends AshbyTransport {
  async apiKeyInfo(): Promise<ApiKeyInfo> {
    return (await this.call('apiKey.info', {}, ApiKeyInfo)).results;
  }

  async candidateInfo(id: string): Promise<Candidate> {
    return (await this.call('candidate.info', { id }, Candidate)).results;
  }

  candidatePages(opts: ListOptions<Candidate> = {}): Pages<Candidate> {
    return this.paginate('candidate.list', compact({ createdAfter: opts.createdAfter }), Candidate, opts);
  }

  applicationPages(opts: ListOptions<Application> & { status?: string; jobId?: string } = {}): Pages<Application> {
    const body = compact({ createdAfter: opts.createdAfter, status: opts.status, jobId: opts.jobId });
    return this.paginate('application.list', body, Application, opts);
  }

  /** Includes `applicationHistory` (Ashby returns it on application.info without an expand). */
  async applicationInfo(applicationId: string): Promise<Application> {
    return (await this.call('application.info', { applicationId }, Application)).results;
  }

  applicationHistoryPages(applicationId: string, opts: PaginateOptions<ApplicationHistoryItem> = {}): Pages<ApplicationHistoryItem> {
    return this.paginate('application.listHistory', { applicationId }, ApplicationHistoryItem, opts);
  }

  /** The whole stage history of one application, following every page. */
  async applicationHistory(applicationId: string): Promise<ApplicationHistoryItem[]> {
    return (await this.listAll('application.listHistory', { applicationId }, ApplicationHistoryItem)).results;
  }

  /** Ashby leaves Draft jobs out unless `status` names them. */
  jobPages(opts: ListOptions<Job> & { status?: string[] } = {}): Pages<Job> {
    return this.paginate('job.list', compact({ createdAfter: opts.createdAfter, status: opts.status }), Job, opts);
  }

  async jobInfo(id: string): Promise<Job> {
    return (await this.call('job.info', { id }, Job)).results;
  }

  /** Published postings, listed and unlisted (not paginated). */
  async jobPostingList(filter: { listedOnly?: boolean; jobBoardId?: string } = {}): Promise<JobPosting[]> {
    return this.list('jobPosting.list', compact(filter), JobPosting);
  }

  async jobPostingInfo(jobPostingId: string): Promise<JobPosting> {
    return (await this.call('jobPosting.info', { jobPostingId }, JobPosting)).results;
  }

  interviewPlanPages(opts: ArchivableListOptions<InterviewPlan> = {}): Pages<InterviewPlan> {
    return this.paginate('interviewPlan.list', { includeArchived: opts.includeArchived ?? true }, InterviewPlan, opts);
  }

  /** The stages of one plan, in plan order (not paginated). */
  async interviewStageList(interviewPlanId: string): Promise<InterviewStage[]> {
    return this.list('interviewStage.list', { interviewPlanId }, InterviewStage);
  }

  /** Deactivated users are included by default: past recruiters still own old applications. */
  userPages(opts: PaginateOptions<User> & { includeDeactivated?: boolean } = {}): Pages<User> {
    return this.paginate('user.list', { includeDeactivated: opts.includeDeactivated ?? true }, User, opts);
  }

  async sourceList(opts: { includeArchived?: boolean } = {}): Promise<Source[]> {
    return this.list('source.list', { includeArchived: opts.includeArchived ?? true }, Source);
  }

  async archiveReasonList(opts: { includeArchived?: boolean } = {}): Promise<ArchiveReason[]> {
    return this.list('archiveReason.list', { includeArchived: opts.includeArchived ?? true }, ArchiveReason);
  }

  candidateTagPages(opts: ArchivableListOptions<Tag> = {}): Pages<Tag> {
    return this.paginate('candidateTag.list', { includeArchived: opts.includeArchived ?? true }, Tag, opts);
  }

  customFieldPages(opts: ArchivableListOptions<CustomField> = {}): Pages<CustomField> {
    return this.paginate('customField.list', { includeArchived: opts.includeArchived ?? true }, CustomField, opts);
  }

  departmentPages(opts: ArchivableListOptions<Department> = {}): Pages<Department> {
    return this.paginate('department.list', { includeArchived: opts.includeArchived ?? true }, Department, opts);
  }

  locationPages(opts: ArchivableListOptions<Location> = {}): Pages<Location> {
    return this.paginate('location.list', { includeArchived: opts.includeArchived ?? true }, Location, opts);
  }

  /** A short-lived download URL for a file handle; fetch it right before downloading and never store it. */
  async fileInfo(fileHandle: string): Promise<{ url: string }> {
    return (await this.call('file.info', { fileHandle }, FileInfo)).results;
  }

  /** Consider a candidate for a job (a write: needs a key with candidatesWrite). */
  async applicationCreate(input: {
    candidateId: string;
    jobId: string;
    interviewStageId?: string;
    sourceId?: string;
    creditedToUserId?: string;
  }): Promise<Application> {
    return (await this.call('application.create', compact(input), Application)).results;
  }
}


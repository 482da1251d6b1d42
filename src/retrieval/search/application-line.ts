import { shownStage, type ResultApplication } from './relevant-application.js';

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * "Onsite for Senior Backend Engineer · archived Mar 2026 (Timing)": the application that explains a
 * match, in the words a recruiter uses (Slack's result line, the CLI's table). `escape` makes
 * candidate-facing text safe for the medium (Slack mrkdwn); plain text by default.
 */
export function applicationLine(app: ResultApplication, escape: (s: string) => string = (s) => s): string {
  const job = app.job ? escape(app.job) : 'a job no longer mirrored';
  const when = Number.isFinite(Date.parse(app.updatedAt)) ? MONTH.format(new Date(app.updatedAt)) : app.updatedAt.slice(0, 10);
  // A hired person works here now; "Hired (Hired)" (stage and status both Hired) said nothing.
  if (app.status === 'Hired') return `Hired (employee) for ${job} · ${when}`;
  // An archived application is named by the last stage it reached ("Onsite for …"), not the plan's "Archived".
  const reached = shownStage(app);
  const stage = reached && reached.toLowerCase() !== app.status.toLowerCase() ? `${escape(reached)} for ` : 'Applied to ';
  const status = app.status === 'Archived' ? `archived ${when}${app.archiveReason ? ` (${escape(app.archiveReason)})` : ''}` : `${escape(app.status.toLowerCase())} · ${when}`;
  return `${stage}${job} · ${status}`;
}

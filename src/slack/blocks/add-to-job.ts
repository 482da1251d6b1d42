import type { KnownBlock } from '@slack/types';
import type { AddToJobPreview, AddToJobResult } from '../../writes/add-candidate-to-job.js';
import { clip, context, esc, MAX_OPTIONS, MAX_PLAIN_TEXT, section } from './limits.js';

export const ADD_ACTIONS = {
  pickJob: 'rediscover_add_pick_job',
  confirm: 'rediscover_add_confirm',
  cancel: 'rediscover_add_cancel',
} as const;

/** What a confirm button carries: the exact previewed request and its single-use token. */
export interface ConfirmPayload {
  candidateId: string;
  jobId: string;
  token: string;
}

/** Step 1: pick the job (open jobs, at most Slack's 100 options). The select's block id carries the candidate. */
export function jobPickerMessage(candidateId: string, jobs: { id: string; title: string }[]): { text: string; blocks: KnownBlock[] } {
  if (!jobs.length) return { text: 'There are no open jobs in the mirror to add this candidate to.', blocks: [section('There are no open jobs in the mirror to add this candidate to.')] };
  const options = jobs.slice(0, MAX_OPTIONS).map((j) => ({ text: { type: 'plain_text' as const, text: clip(j.title, MAX_PLAIN_TEXT) }, value: j.id }));
  return {
    text: 'Choose the job to add this candidate to.',
    blocks: [
      {
        type: 'section',
        block_id: `add_to_job:${candidateId}`,
        text: { type: 'mrkdwn', text: '*Add to job…* Choose the job. Nothing is written until you confirm on the next step.' },
        accessory: { type: 'static_select', action_id: ADD_ACTIONS.pickJob, placeholder: { type: 'plain_text', text: 'Choose a job' }, options },
      },
      ...(jobs.length > MAX_OPTIONS ? [context(`Showing the first ${MAX_OPTIONS} of ${jobs.length} open jobs.`)] : []),
    ],
  };
}

/** Step 2: what will happen, with Confirm / Cancel. */
export function confirmationMessage(p: AddToJobPreview): { text: string; blocks: KnownBlock[] } {
  const payload: ConfirmPayload = { candidateId: p.candidate.id, jobId: p.job.id, token: p.confirmationToken };
  const existing = p.existingApplication
    ? `\n:warning: They already have an application for this job (${esc(p.existingApplication.status)}, stage ${esc(p.existingApplication.stage ?? 'unknown')}).`
    : '';
  return {
    text: `Confirm: add ${p.candidate.name} to ${p.job.title}?`,
    blocks: [
      section(
        `*Confirm the write to Ashby*\nAdd *${esc(p.candidate.name)}* to *${esc(p.job.title)}* (${esc(p.job.status)}) at stage *${esc(p.stage?.title ?? "Ashby's default first stage")}*.${existing}`,
      ),
      context(`This creates an application in Ashby and is recorded in the audit log. The confirmation expires ${esc(p.expiresAt.slice(11, 16))} UTC.`),
      {
        type: 'actions',
        block_id: 'add_to_job_confirm',
        elements: [
          { type: 'button', style: 'primary', action_id: ADD_ACTIONS.confirm, text: { type: 'plain_text', text: 'Add to job' }, value: JSON.stringify(payload) },
          { type: 'button', action_id: ADD_ACTIONS.cancel, text: { type: 'plain_text', text: 'Cancel' }, value: 'cancel' },
        ],
      },
    ],
  };
}

/** Step 3: done. */
export function addedMessage(r: AddToJobResult): { text: string; blocks: KnownBlock[] } {
  return { text: r.summary, blocks: [section(`:white_check_mark: ${esc(r.summary)}`)] };
}

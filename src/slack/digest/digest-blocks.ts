import type { KnownBlock } from '@slack/types';
import { capBlocks, context, esc, section, slackDate } from '../blocks/limits.js';
import type { DigestData } from '../../app/product-api.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The digest's one-line summary, also the notification text. */
export function digestSummary(d: DigestData): string {
  return `Rediscovery digest: ${plural(d.newCandidates, 'new candidate')}, ${plural(d.newApplications, 'new application')}, ${plural(d.stageChanges.total, 'stage change')}, ${plural(d.newJobs.length, 'new job')}.`;
}

function jobBlocks(job: DigestData['newJobs'][number]): KnownBlock[] {
  if (job.topMatches.length === 0) return [section(`*New job: ${esc(job.title)}*\nNo rediscovered candidates yet.`)];
  const lines = job.topMatches.map((m, i) => {
    const name = m.profileUrl ? `<${m.profileUrl}|${esc(m.name)}>` : esc(m.name);
    const why = m.reasons.length ? ` — ${esc(m.reasons.slice(0, 3).join('; '))}` : '';
    return `${i + 1}. ${name}${why}`;
  });
  return [section(`*New job: ${esc(job.title)}* — top rediscovered candidates\n${lines.join('\n')}`)];
}

/** Block Kit for a digest: what came in, top matches per new job, data-quality notes. */
export function digestBlocks(d: DigestData): KnownBlock[] {
  const head: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Rediscovery digest' } },
    context(`Since ${slackDate(d.since)} (until ${slackDate(d.until)})`),
    section(
      [
        `• *${plural(d.newCandidates, 'new candidate')}*, *${plural(d.newApplications, 'new application')}*`,
        `• *${plural(d.stageChanges.total, 'stage change')}*${d.stageChanges.byStage.length ? `: ${d.stageChanges.byStage.slice(0, 8).map((s) => `${esc(s.stage)} ${s.count}`).join(', ')}` : ''}`,
        `• *${plural(d.newJobs.length, 'new job')}*`,
      ].join('\n'),
    ),
  ];
  const jobs = d.newJobs.flatMap(jobBlocks);
  const notes: string[] = [];
  if (d.quality.archivedWithoutReason) notes.push(`${plural(d.quality.archivedWithoutReason, 'application')} archived without a reason`);
  if (d.quality.resumesFailed) notes.push(`${plural(d.quality.resumesFailed, 'resume')} failed to parse (not searchable by resume text)`);
  const tail: KnownBlock[] = [context(notes.length ? `:warning: Data quality: ${notes.join('; ')}.` : 'Data quality: nothing to report.')];
  return capBlocks([...head, ...jobs], tail);
}

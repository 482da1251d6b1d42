import type { AshbyClient } from './ashby-client.js';
import { AshbyApiError } from './ashby-error.js';
import { scopeForMethod } from './scopes.js';

interface VerifyCheck {
  endpoint: string;
  scope: string;
  ok: boolean;
  error?: string;
  code?: string;
}

interface VerifyReport {
  title?: string;
  scopes: string[];
  checks: VerifyCheck[];
}

/** One cheap read per area the mirror needs. */
const PROBES: { endpoint: string; body: Record<string, unknown> }[] = [
  { endpoint: 'candidate.list', body: { limit: 1 } },
  { endpoint: 'job.list', body: { limit: 1 } },
  { endpoint: 'interviewPlan.list', body: { limit: 1 } },
  { endpoint: 'source.list', body: {} },
  { endpoint: 'user.list', body: { limit: 1 } },
];

/** A key that is missing, wrong or deactivated: no point probing further. */
const isAuthFailure = (e: unknown) =>
  AshbyApiError.isAshbyApiError(e) && (e.code === 'ashby_auth_missing' || e.code === 'ashby_auth_invalid');

/**
 * Check an API key: `apiKey.info` for its title and scopes, then one probe per read area.
 * Throws only when the key itself is refused (401/403); per-area failures land in `checks`.
 */
export async function verifyKey(client: AshbyClient): Promise<VerifyReport> {
  const report: VerifyReport = { scopes: [], checks: [] };
  try {
    const info = await client.apiKeyInfo();
    report.title = info.title ?? undefined;
    report.scopes = info.scopes ?? [];
  } catch (error) {
    if (isAuthFailure(error)) throw error;
    report.checks.push(failedCheck('apiKey.info', error));
  }
  for (const probe of PROBES) {
    try {
      await client.call(probe.endpoint, probe.body);
      report.checks.push({ endpoint: probe.endpoint, scope: scopeForMethod(probe.endpoint) ?? '', ok: true });
    } catch (error) {
      if (isAuthFailure(error)) throw error;
      report.checks.push(failedCheck(probe.endpoint, error));
    }
  }
  return report;
}

function failedCheck(endpoint: string, error: unknown): VerifyCheck {
  const scope = scopeForMethod(endpoint) ?? '';
  const code = AshbyApiError.isAshbyApiError(error) ? error.code : undefined;
  return { endpoint, scope, ok: false, code, error: error instanceof Error ? error.message : String(error) };
}

/** The report as a few readable lines for the terminal. */
export function formatVerifyReport(report: VerifyReport, baseUrl: string): string {
  const lines = [
    `Ashby API at ${baseUrl}`,
    `Key: ${report.title ?? '(title unavailable)'}`,
    `Scopes: ${report.scopes.length > 0 ? report.scopes.join(', ') : '(none reported)'}`,
    '',
    'What this key may read:',
  ];
  for (const check of report.checks) {
    const label = `${check.endpoint} (${check.scope || 'unknown scope'})`;
    lines.push(check.ok ? `  ✓ ${label}` : `  ✗ ${label}: ${check.error ?? 'failed'}`);
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push('', failed === 0 ? 'All checks passed: the key can mirror this account.' : `${failed} check(s) failed: the mirror will miss those areas.`);
  return lines.join('\n');
}

import { environment } from '../../shared/config.js';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { eventually, freePort, runProduct, type ProductProcess } from '../../shared/child-process.js';

/*
 * The soak's deployment, the same as src/server/deployed.e2e.test.ts: the fake Ashby account in its
 * own process with webhooks pointed at the product (Ashby's defaults: 10 s per attempt, backoff from
 * 10 s), and `rediscovery serve` as a child configured only through its environment.
 */

const API_KEY = 'soak-ashby-key';
const WEBHOOK_SECRET = 'soak-webhook-secret';
const MCP_TOKEN = 'soak-mcp-token-0123456789';
const SLOW = 600_000;

export interface SoakDeployment {
  fake: ProductProcess;
  fakeUrl: string;
  serve: ProductProcess;
  baseUrl: string;
  /** POST to the fake's API (`job.list`) or admin API (`admin/moveApplicationStage`) with the account's key. */
  ashby<T>(method: string, body: Record<string, unknown>): Promise<T>;
  /** A real MCP client over Streamable HTTP with the bearer token. */
  mcpClient(name: string): Promise<Client>;
}

export async function startDeployment(opts: { dataDir: string; candidates: number; seed: number }): Promise<SoakDeployment> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const fake = runProduct(
    ['fake-ashby', '--port', '0', '--seed', String(opts.seed), '--candidates', String(opts.candidates), '--api-key', API_KEY, '--webhook-url', `${baseUrl}/webhooks/ashby`, '--webhook-secret', WEBHOOK_SECRET],
    {},
    { keepLines: 200 },
  );
  const fakeUrl = (await fake.waitForLine(/^Fake Ashby listening on /, SLOW)).match(/(http:\/\/\S+)/)![1]!;
  const env: Record<string, string | undefined> = {
    ASHBY_API_KEY: API_KEY,
    ASHBY_BASE_URL: fakeUrl,
    ASHBY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    MCP_BEARER_TOKEN: MCP_TOKEN,
    REDISCOVERY_DATA_DIR: path.join(opts.dataDir, 'data'),
    REDISCOVERY_MODEL_CACHE: environment().REDISCOVERY_MODEL_CACHE,
  };
  // Serve's own tuning knobs pass through, so a run can compare settings (e.g. REDISCOVERY_SEARCH_WORKERS).
  for (const [key, value] of Object.entries(environment())) if (key.startsWith('REDISCOVERY_SEARCH_')) env[key] = value;
  // Profile serve under load: SOAK_SERVE_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/p' (node flags for serve only, not the fake).
  const nodeArgs = environment().SOAK_SERVE_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const serve = runProduct(['serve', '--port', String(port)], env, { keepLines: 500, nodeArgs });

  const ashby = async <T>(method: string, body: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${fakeUrl}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { success: boolean; results: T };
    if (!json.success) throw new Error(`${method} failed: ${JSON.stringify(json).slice(0, 300)}`);
    return json.results;
  };
  const mcpClient = async (name: string) => {
    const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), { requestInit: { headers: { authorization: `Bearer ${MCP_TOKEN}` } } });
    const client = new Client({ name, version: '0' });
    await client.connect(transport);
    return client;
  };
  try {
    // The initial full sync runs before serve prints its URL; then the index catches up with the mirror.
    await serve.waitForLine(/^Serving on /, SLOW);
    const client = await mcpClient('soak-setup');
    await eventually('the initial index to catch up', async () => {
      const r = (await client.callTool({ name: 'get_sync_status', arguments: {} })) as { structuredContent?: { outboxBacklog: number } };
      return r.structuredContent?.outboxBacklog === 0 ? true : undefined;
    }, SLOW, 1000);
    await client.close();
  } catch (error) {
    await serve.stop('SIGKILL').catch(() => undefined);
    await fake.stop().catch(() => undefined);
    throw error;
  }
  return { fake, fakeUrl, serve, baseUrl, ashby, mcpClient };
}

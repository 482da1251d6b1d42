import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { SearchArgs } from './requests.js';
import { ErrorTally } from './stats.js';

/** What the concurrent MCP clients did: one latency per completed search, and every failure. */
interface SearchLoad {
  latencies: number[];
  errors: ErrorTally;
}

/**
 * `clients.length` MCP clients, each calling search_candidates back to back (a new request as soon as
 * its answer arrives) until `until` (epoch ms). A thrown call or an `isError` result is an error.
 */
export async function runSearchLoad(clients: Client[], next: () => SearchArgs, until: number): Promise<SearchLoad> {
  const load: SearchLoad = { latencies: [], errors: new ErrorTally() };
  await Promise.all(
    clients.map(async (client) => {
      while (Date.now() < until) {
        const args = next();
        const started = performance.now();
        try {
          const r = (await client.callTool({ name: 'search_candidates', arguments: args })) as { isError?: boolean; content?: { text?: string }[] };
          if (r.isError) load.errors.add(`search_candidates isError: ${r.content?.[0]?.text?.slice(0, 160) ?? ''}`);
          else load.latencies.push(performance.now() - started);
        } catch (error) {
          load.errors.add(`search_candidates threw: ${(error as Error).message.slice(0, 160)}`);
        }
      }
    }),
  );
  return load;
}

/** Valid filter values for the request generator, as the product lists them. */
export async function listFilterValues(client: Client, dimensions: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const dimension of dimensions) {
    const r = (await client.callTool({ name: 'list_filter_values', arguments: { dimension } })) as { structuredContent?: { values: { value: string }[] } };
    out[dimension] = (r.structuredContent?.values ?? []).slice(0, 12).map((v) => v.value);
  }
  return out;
}

import { describe, expect, test } from 'vitest';
import { slowHealthMessage } from './probes.js';

/*
 * A slow /healthz under load is measured in the soak's own process, which also runs the MCP clients;
 * its error says which side's event loop held the answer, so a loaded client is not read as a server defect.
 */

describe('slowHealthMessage', () => {
  test("names serve's loop when serve stalled a whole threshold", () => {
    expect(slowHealthMessage(1033.4, 1000, 1210, 40)).toBe("/healthz took 1033 ms (> 1000 ms): serve's event loop stalled; worst loop delay since the previous probe: serve 1210 ms, soak client 40 ms");
  });

  test('names the client when only its own loop stalled', () => {
    expect(slowHealthMessage(1500, 1000, 90, 1400)).toContain("the soak client's own event loop stalled (client under load)");
  });

  test('says neither when no loop stalled a whole threshold, and copes with an answer without loop figures', () => {
    expect(slowHealthMessage(1100, 1000, 600, 500)).toContain('neither event loop stalled a whole second');
    expect(slowHealthMessage(1100, 1000, null, 20)).toContain('serve ? ms');
  });
});

/** A minimal caller for the fake (tests and scripts); the product's real client lives in src/sync/ashby. */
interface FakeCallResult {
  status: number;
  headers: Headers;
  json: Record<string, any>;
}

export async function callFake(baseUrl: string, name: string, body: unknown = {}, options: { apiKey?: string | null; authorization?: string } = {}): Promise<FakeCallResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json; version=1' };
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (options.apiKey) headers.authorization = `Basic ${Buffer.from(`${options.apiKey}:`).toString('base64')}`;
  const res = await fetch(`${baseUrl}/${name}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  let json: Record<string, any>;
  try {
    json = JSON.parse(text) as Record<string, any>;
  } catch {
    json = { raw: text };
  }
  return { status: res.status, headers: res.headers, json };
}

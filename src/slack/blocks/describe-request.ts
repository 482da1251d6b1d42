import { interpretRequest } from '../../retrieval/nl/interpretation.js';
import type { SearchRequestInput } from '../../retrieval/query/search-request.js';

/** A one-line, human description of a request: `"python" · in Seattle · reached Onsite · not from Agency`. */
export function describeRequest(req: SearchRequestInput): string {
  return interpretRequest(req);
}

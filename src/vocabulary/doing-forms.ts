/*
 * A practice skill shown in running text by its verb or its practitioner: "negotiated settlements" and "a
 * powerful negotiator" show Negotiation, "litigated" and "trial litigator" Litigation (round h, G1076: two
 * lawyers who negotiated settlements and lease agreements, one a self-described negotiator, were neither
 * credited Negotiation nor told it was missing). Only skills whose verb names the practice itself and is
 * rarely said of someone else: "was recruited" and "audited by" are passive, "budgeted costs" an adjective,
 * and "worked with underwriters" names other people, so Recruiting, Auditing, Budgeting and Underwriting
 * are left out.
 */

// Canonical skill → its verb and the practitioner's noun.
const DOING: Record<string, { verb: string; agent: string }> = {
  Negotiation: { verb: 'negotiate', agent: 'negotiator' },
  Litigation: { verb: 'litigate', agent: 'litigator' },
};

/** The words of doing each skill, lower case: "negotiate", "negotiates", "negotiated", "negotiating", "negotiator(s)". */
export function doingForms(): [form: string, canonical: string][] {
  return Object.entries(DOING).flatMap(([canonical, { verb, agent }]) => {
    const stem = verb.replace(/e$/, '');
    return [verb, `${verb}s`, `${stem}ed`, `${stem}ing`, agent, `${agent}s`].map((form): [string, string] => [form, canonical]);
  });
}

// "at negotiated rates", "the negotiated contract", "was negotiated", "pre-negotiated": a thing agreed, or
// done by someone else, not the candidate's doing.
const NOT_DOING_BEFORE = /(?:\b(?:a|an|the|at|of|per|under|on|by|for|from|with|was|were|is|are|be|been|being|their|its|his|her|our|your|pre)[\s-]+|-)$/i;

/** Whether a doing form at `start` in `text` is the candidate's own doing rather than an adjective or a passive. */
export function isDoing(form: string, text: string, start: number): boolean {
  if (!/ed$/i.test(form)) return true;
  return !NOT_DOING_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

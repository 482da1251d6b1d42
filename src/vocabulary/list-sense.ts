/*
 * A word with a business and a technical sense, written as an item of a list, takes its sense from the list
 * around it. "Networking" on a line of its own between "CRM" and "MS Office", under "Account Management,
 * Business Development and Operations, Closing and Negotiation", is business networking (round j, G555: a
 * sales director was credited "preferred: Networking" for a posting's "Data and Networking technologies").
 * The word stays a skill in a list with any technical neighbour ("Networking, TCP/IP, Active Directory") or
 * with neither kind (nothing to tell, as before); it is dropped when the neighbours are business words only.
 * Neighbours: 120 characters either side, the word itself left out. Measured over the 2,484 LiveCareer
 * resumes: see evals/rediscovery-judged/README.md, fixes after round j.
 * The same test reads a posting: a recruiter's "Source and attract candidates through networking, sourcing, direct
 * approach, referrals" and an analyst's "effective networking, influencing and interpersonal skills" ask for
 * professional networking, so the people words of sourcing and influence are business neighbours too; a cloud
 * posting's "security, networking and cloud-based delivery models" keeps the skill (a technical neighbour).
 */
const LIST_SENSE: Record<string, { business: RegExp; technical: RegExp }> = {
  // Round v (G357): "retail" among marketing words ("research, retail, sales, strategy, strategic marketing") is the
  // retail market a marketer planned for, not retail selling; beside store words (cashier, POS, merchandising) it is.
  // Here `business` is the marketing sense and `technical` the selling one; "sales" alone tells neither.
  retail: {
    business:
      /\b(?:marketing|brand\w*|advertising|campaigns?|digital|e-?commerce|strateg\w*|promotions?|market research|market positioning|positioning|media|messaging|collateral|analytics|product marketing|channel\w*|consumer insights?)\b/i,
    technical:
      /\b(?:cashier\w*|customer service|point of sale|pos|cash register|cash handling|registers?|stores?|sales floor|upsell\w*|merchandis\w*|stocking|inventory|shoppers?|product knowledge|loss prevention|returns|visual display)\b/i,
  },
  networking: {
    business:
      /\b(?:account management|business development|negotiat\w*|closing|crm|salesforce|sales|selling|prospecting|cold calling|lead generation|relationship\w*|client relations|customer service|public speaking|public relations|fundraising|event\w*|marketing|merchandising|recruiting|social media|presentations?|sourcing|referrals?|candidates|direct approach|university relations|influenc\w*|interpersonal|stakeholders?|rapport|outreach|mentoring)\b/i,
    technical:
      /\b(?:tcp|ip|lan|wan|vpn|dns|dhcp|cisco|juniper|routers?|routing|switch\w*|firewalls?|servers?|active directory|windows|linux|unix|vmware|hardware|network\w*|wireless|protocols?|security|troubleshoot\w*|ccna|ccnp|comptia|voip|computers?|ethernet|infrastructure|system administration|help desk|technical support|java|python|sql|html)\b|\b(?:a|network|security)\+/i,
  },
};

/** Whether the list item `word` at `start`–`end` of `text` is, by its neighbours, the other (business) sense. */
export function listSaysOtherSense(word: string, text: string, start: number, end: number): boolean {
  const sense = LIST_SENSE[word.toLowerCase()];
  if (!sense) return false;
  const around = `${text.slice(Math.max(0, start - 120), start)} ${text.slice(end, end + 120)}`;
  return sense.business.test(around) && !sense.technical.test(around);
}

/**
 * Whether a phrase of a skills section (`lines`, one item or more per line) is, by its neighbours there, the
 * other sense: the same test for the section's listed items as for a list in running text ("Networking" on
 * its own line between "CRM" and "MS Office", under "Closing and Negotiation").
 */
export function listedInOtherSense(phrase: string, lines: readonly string[]): boolean {
  const word = phrase.trim();
  if (!LIST_SENSE[word.toLowerCase()]) return false;
  const text = lines.join('\n');
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  return at >= 0 && listSaysOtherSense(word, text, at, at + word.length);
}

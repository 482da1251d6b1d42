import { withSplitWordsJoined } from './split-words.js';

/*
 * A skill the resume shows in other words than its name (round j: 6 of 10 false reasons were "not on resume"
 * for a skill described): "Graphic & Web Design", "brochure design" and "Logo/Brand Design" are graphic design;
 * "conducted market and competitive product research" is market research; a network engineer configuring OSPF,
 * BGP and EIGRP works in TCP/IP; "the ongoing accurate analysis of all financial activity" and "cash flow
 * analysis" are financial analysis. Each pattern names the practice itself, for one skill only; the reason then
 * says where the evidence is ("Graphic Design (via graphic & web design)", "TCP/IP (via OSPF)").
 *
 * Conservative, and measured over the 2,484 LiveCareer resumes (evals/rediscovery-judged/README.md, fixes
 * after round j): left out were a bare "Illustrator" (Adobe's tool as often as the job), "graphics" alone,
 * "market analysis" and "competitive analysis" (a strategist's analysis, not research), "stock market
 * research" (an investor's), DNS and DHCP alone for TCP/IP (a desktop technician's server roles, no IP
 * fundamentals shown), and "budget analysis" alone for Financial Analysis (a budget clerk's).
 */
const BY_WORDS: Record<string, readonly RegExp[]> = {
  'Graphic Design': [
    // "Graphic & Web Design", "graphics and print design", "Graphic/Visual Design".
    /\bgraphics?\s*(?:&|and|\/|,)\s*(?:web|print|visual|multimedia|digital|interactive|motion)\s+design\b/i,
    // A graphic designer's own artefacts: "brochure design", "Logo/Brand Design", "packaging design".
    /\b(?:brochures?|logos?|posters?|packaging|print|collateral|infographics?|typography)(?:\s*(?:\/|&|and|,)\s*(?:brand(?:ing)?|identity|logos?|posters?|packaging|print))?\s+design\b/i,
  ],
  'Market Research': [
    // "market and competitive product research", "market trend research", "marketing and consumer research".
    /(?<!\b(?:stock|capital|money|financial|equity|equities)\s)\bmarket(?:ing)?\s+(?:(?:and|&)\s+)?(?:(?:competitive|consumer|trend|product|industry|customer|competitor)\s+){1,2}research\b/i,
  ],
  // The routing and addressing of the IP suite, written as network engineers write them (the vocabulary reads
  // these names only from a skills list, so the words are read here): "Routing: OSPF, EIGRP, BGP, RIP-2".
  'TCP/IP': [/\b(?:OSPF|BGP|EIGRP|RIP-?v?2|IPv4|IPv6|UDP)\b/, /\b(?:subnetting|subnet masks?|IP addressing)\b/i],
  'Financial Analysis': [
    // "analysis of all financial activity", "analyzed monthly financial results", "analyzing financial statements".
    /\banaly(?:sis|ses|[sz]ed|[sz]es|[sz]ing|[sz]e)\s+(?:of\s+)?(?:(?:all|the|our|monthly|quarterly|annual|company|client|key)\s+){0,2}financial\s+(?:activit(?:y|ies)|data|statements?|results|performance|information|reports?|condition|position|trends|records)\b/i,
    // "cash flow analysis", "financial statement analysis", "variance analysis", "ratio analysis".
    /\b(?:cash[\s-]flow|financial\s+statements?|financial\s+performance|budget(?:ed)?\s+(?:to|vs\.?|versus)\s+actual|variance|ratio|profitability)\s+analy(?:sis|ses)\b/i,
  ],
  // Round k (G356, G113): "streamlined processes", "enhancements to business processes", Six Sigma in the
  // skills. The act done to processes, or a method that is nothing but process improvement (a Six Sigma belt,
  // Kaizen); "processing" (claims processing) is another word. Indirect evidence ("improve operational
  // efficiencies", "implementing processes to cut costs") only keeps the skill from being called missing
  // (skill-forms.ts), it is not credited.
  'Process Improvement': [
    /\b(?:(?:improv|enhanc|streamlin)(?:e|es|ed|ing)|re-?engineer(?:s|ed|ing)?|redesign(?:s|ed|ing)?|optimi[sz](?:e|es|ed|ing)|(?:improvements?|enhancements?)\s+(?:to|of|in))\s+(?:(?:the|our|its|their|existing|internal|key|current|multiple|several|various|all|many|[a-z]+(?:al|ic|ing|ive|ness))\s+){0,3}(?:business\s+|work\s+)?process(?:es)?\b(?![\s-]+(?:server|engineer|technician|operator)s?\b)/i,
    /\bprocess\s+(?:re-?engineering|re-?design|optimi[sz]ation|enhancements?)\b/i,
    // Six Sigma as held (a belt, a certification), not sold ("Sales and marketing of Lean Six Sigma Consulting
    // services"): a bare mention only keeps the skill from being called missing (skill-forms.ts).
    /\b(?:lean\s+)?six\s+sigma[\s,:(-]*(?:(?:green|black|yellow|white)\s*-?\s*belt|certifi(?:ed|cation))|\b(?:certified|certification\s*:?)\s+(?:in\s+)?(?:lean\s+)?six\s+sigma\b/i,
    /\bkaizen\b/i,
  ],
};

const words = new Map(Object.entries(BY_WORDS).map(([skill, patterns]) => [skill.toLowerCase(), patterns]));

/** The first phrase in `text` that describes `skill` without naming it, or null; as written ("OSPF", "graphic & web design"). */
export function describedSkillSource(skill: string, text?: string | null): string | null {
  const key = skill.toLowerCase();
  if (!text) return null;
  const joined = withSplitWordsJoined(text);
  for (const pattern of words.get(key) ?? []) {
    const found = pattern.exec(joined);
    if (found) return /^[A-Z0-9-]+$/.test(found[0]) ? found[0] : found[0].toLowerCase().replace(/\s+/g, ' ');
  }
  return null;
}

import { describe, expect, it } from 'vitest';
import { OTHER_NAMES, mayShowSkillInOtherWords, stemOf, wordsTogether } from './skill-other-words.js';

describe('stemOf', () => {
  it('joins verb, noun and plural forms', () => {
    for (const w of ['negotiated', 'negotiation', 'negotiations', 'negotiating', 'negotiate']) expect(stemOf(w)).toBe('negotiat');
    expect(stemOf('contracts')).toBe(stemOf('contract'));
    expect(stemOf('marketing')).toBe(stemOf('marketed'));
    expect(stemOf('planning')).toBe(stemOf('plans'));
    expect(stemOf('management')).toBe(stemOf('managed'));
  });
  it('joins the analysis family, which no suffix rule reaches (round o)', () => {
    for (const w of ['analysis', 'analyses', 'analyse', 'analyzed', 'analysing', 'analytics', 'analytical', 'analyst']) expect(stemOf(w)).toBe('analy');
    expect(stemOf('analog')).not.toBe('analy');
  });
});

describe('wordsTogether: a multi-word skill written in other words (round n)', () => {
  it('finds the content words in one line in any order (G1034: "Negotiated contracts")', () => {
    expect(wordsTogether('Contract Negotiation', 'Trading Assistant\nNegotiated contracts, including delivery point, terms, price, and export and import duty.')).toBe(true);
    expect(wordsTogether('Project Management', 'Managed the migration project end to end')).toBe(true);
  });

  it('accepts a short list between the words (G574: "social media, digital, PR, and marketing campaigns")', () => {
    expect(wordsTogether('Digital Marketing', 'Oversaw the fulfillment of complex social media, digital, PR, and marketing campaigns.')).toBe(true);
  });

  it('reads a sentence across a line break', () => {
    expect(wordsTogether('Contract Negotiation', 'Led the team that negotiated\nsupplier contracts for the plant.')).toBe(true);
  });

  it('needs every content word, close together and in one sentence', () => {
    expect(wordsTogether('Contract Negotiation', 'Negotiated prices with vendors.')).toBe(false);
    expect(wordsTogether('Contract Negotiation', 'Negotiated prices. Filed contracts.')).toBe(false);
    expect(wordsTogether('Digital Marketing', 'Digital signal processing for radar receivers used across many product lines and also supported the marketing team')).toBe(false);
    // A line of an unpunctuated list ends its unit; a wrapped sentence does not.
    expect(wordsTogether('Data Analysis', 'Cash flow analysis\nData trends')).toBe(false);
    expect(wordsTogether('Data Analysis', 'Performed analysis of\ndata from the plant floor')).toBe(true);
    // Beyond a span of 5 words the words are not read together (the price of keeping lists apart).
    expect(wordsTogether('Contract Negotiation', 'Negotiated the terms of multi-year vendor contracts')).toBe(false);
    // Stems compare whole: "contractor" is not "contract".
    expect(wordsTogether('Contract Negotiation', 'Negotiated with the contractor')).toBe(false);
  });

  it('does not apply to one-word or non-word names', () => {
    expect(wordsTogether('Negotiation', 'negotiated contracts')).toBe(false);
    expect(wordsTogether('C++ Programming', 'programming in C++')).toBe(false);
  });
});

describe('the analysis family in other words (round o, G308 / G575)', () => {
  it('reads the verb, the adjective and the practitioner of analysis beside the thing analysed', () => {
    expect(wordsTogether('Data Analysis', 'Analyzed the warehouse data weekly to cut stock-outs.')).toBe(true);
    expect(wordsTogether('Data Analysis', 'Built data analytics pipelines for the claims team')).toBe(true);
    expect(wordsTogether('Financial Analysis', 'Analysing quarterly financial statements for the board')).toBe(true);
    expect(wordsTogether('Market Analysis', 'Market analyst covering regional retail')).toBe(true);
  });
  it('not when the words are apart or in other sentences', () => {
    expect(wordsTogether('Data Analysis', 'Analyzed customer complaints. Entered data into the billing system.')).toBe(false);
    expect(wordsTogether('Data Analysis', 'Strong analytical mind with a keen eye for detail and customer needs in all data entry')).toBe(false);
  });
  it('reads analytics and statistical analysis as data analysis; only ever to keep it from being called missing', () => {
    expect(mayShowSkillInOtherWords('Data Analysis', 'Ran web analytics for three storefronts and reported monthly')).toBe(true);
    expect(mayShowSkillInOtherWords('Data Analysis', 'Used call-center exports to provide analytics and statistics to sales leads')).toBe(true);
    expect(mayShowSkillInOtherWords('Data Analysis', 'Thesis: quantitative analysis of commuter surveys')).toBe(true);
    expect(mayShowSkillInOtherWords('Data Analysis', 'Devised a SWOT analysis for the new territory\nUsed customer data to plan campaigns')).toBe(false);
    expect(mayShowSkillInOtherWords('Data Analysis', 'Chemical analysis of water samples')).toBe(false);
  });
});

describe('mayShowSkillInOtherWords: other names kept as data', () => {
  it('reads predictive modelling and forecasts as forecasting (G489)', () => {
    expect(OTHER_NAMES.forecasting.length).toBeGreaterThan(0);
    expect(mayShowSkillInOtherWords('Forecasting', 'experience in SAS, Web scraping, SQL, Predictive modelling and statistics')).toBe(true);
    expect(mayShowSkillInOtherWords('Forecasting', 'Design and implement statistical / predictive models')).toBe(true);
    expect(mayShowSkillInOtherWords('Forecasting', 'Prepared the quarterly sales forecasts')).toBe(true);
  });

  it('does not read an engineering prediction as forecasting (G489 / 10265057, a true "not on resume")', () => {
    expect(mayShowSkillInOtherWords('Forecasting', 'RF performance prediction analyses for the receiver cascade')).toBe(false);
  });

  it('reads channel marketing as digital marketing', () => {
    expect(mayShowSkillInOtherWords('Digital Marketing', 'HubSpot Content Marketing Certificate 2017')).toBe(true);
    expect(mayShowSkillInOtherWords('Digital Marketing', 'Ran SEO and email marketing for the store')).toBe(true);
    expect(mayShowSkillInOtherWords('Digital Marketing', 'Trade show marketing and print collateral')).toBe(false);
  });
});

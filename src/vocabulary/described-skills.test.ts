import { describe, expect, it } from 'vitest';
import { describedSkillSource } from './described-skills.js';
import { impliedSkillSource } from './implied-skills.js';

describe('a skill the resume describes without its name (round j, "not on resume" for a described skill)', () => {
  it('reads each practice from its own words', () => {
    const cases: [string, string, string][] = [
      ['Graphic Design', 'Core qualifications: Graphic & Web Design, Branding', 'graphic & web design'],
      ['Graphic Design', 'Handled catalog and brochure design for the spring line.', 'brochure design'],
      ['Graphic Design', 'Logo/Brand Design and banner creation', 'logo/brand design'],
      ['Graphic Design', 'Freelance graphics and print design for local shops', 'graphics and print design'],
      ['Market Research', 'Conducted market and competitive product research for new lines.', 'market and competitive product research'],
      ['Market Research', 'Led marketing and consumer research for two launches', 'marketing and consumer research'],
      ['TCP/IP', 'Routing: OSPF, EIGRP, BGP, RIP-2, PBR', 'OSPF'],
      ['TCP/IP', 'Designed IP addressing and subnetting for 40 branch offices', 'ip addressing'],
      ['Financial Analysis', 'Responsible for the ongoing accurate analysis of all financial activity.', 'analysis of all financial activity'],
      ['Financial Analysis', 'Prepared daily and monthly cash flow analysis', 'cash flow analysis'],
      ['Financial Analysis', 'Analyzed quarterly financial results for the board', 'analyzed quarterly financial results'],
    ];
    for (const [skill, text, source] of cases) expect(describedSkillSource(skill, text), text).toBe(source);
  });

  it('leaves out words with another reading', () => {
    const cases: [string, string][] = [
      ['Graphic Design', 'Adobe Illustrator, Photoshop, InDesign'],
      ['Graphic Design', 'Managed the graphics card inventory; web design reviews'],
      ['Market Research', 'Performed stock market research for personal investments'],
      ['Market Research', 'Completed a market analysis of competitors'],
      ['TCP/IP', 'Managed DNS and DHCP on Windows Server 2012'],
      ['TCP/IP', 'bgp'],
      ['Financial Analysis', 'Budget analysis for the parks department'],
      ['Financial Analysis', 'Entered financial data into the ledger'],
    ];
    for (const [skill, text] of cases) expect(describedSkillSource(skill, text), text).toBeNull();
  });

  it('is evidence the skill reason names ("Graphic Design (via graphic & web design)")', () => {
    expect(impliedSkillSource('Graphic Design', new Set(), 'Graphic & Web Design')).toBe('graphic & web design');
    expect(impliedSkillSource('TCP/IP', new Set(['cisco']), 'Configured OSPF areas')).toBe('OSPF');
    expect(impliedSkillSource('Graphic Design', new Set(), null)).toBeNull();
  });
});

describe('process improvement in other words (round k, G356 and G113: "not on resume: Process Improvement")', () => {
  it('credits the act done to processes, or a method that is only process improvement', () => {
    const cases: [string, string][] = [
      ['Streamlined the onboarding processes for new hires, cutting setup time in half.', 'streamlined the onboarding processes'],
      ['Recommended improvements to work processes across three plants', 'improvements to work processes'],
      ['Analyzed and documented requirements for enhancements to business processes', 'enhancements to business processes'],
      ['Led the process re-engineering of accounts payable', 'process re-engineering'],
      ['Certifications: Lean Six Sigma Green Belt', 'lean six sigma green belt'],
      ['Certification: Six Sigma, Greenbelt', 'certification: six sigma'],
      ['Certified Lean Six Sigma Black Belt.', 'certified lean six sigma'],
      ['Ran weekly kaizen events on the line', 'kaizen'],
    ];
    for (const [text, source] of cases) expect(describedSkillSource('Process Improvement', text), text).toBe(source);
  });

  it('does not credit processing, a process server, or improvement of something else', () => {
    for (const text of [
      'Handled claims processing and data entry',
      'Worked as a process server for the county court',
      'Improved customer satisfaction scores by 20%',
      'Managed the search engine optimization process for the site',
      'Sales and marketing of Lean Six Sigma Consulting services to small companies',
      'Designed and implemented supply chain solutions to improve overall operational efficiencies',
    ]) {
      expect(describedSkillSource('Process Improvement', text), text).toBeNull();
    }
  });
});

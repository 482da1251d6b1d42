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

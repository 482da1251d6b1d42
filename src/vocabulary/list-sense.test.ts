import { describe, expect, it } from 'vitest';
import { skillsInText } from './skills.js';
import { listedInOtherSense } from './list-sense.js';

describe('a list item takes its sense from its neighbours (round j, G555: business networking)', () => {
  it('drops Networking among business words only', () => {
    for (const text of [
      'Skills\nAccount Management\nBusiness Development and Operations\nClosing and Negotiation\nCRM\nNetworking\nMS Office',
      'Core strengths: Prospecting, Cold Calling, Networking, Relationship Building',
      'Skills: Fundraising, Event Planning, Networking, Public Speaking',
    ]) {
      expect(skillsInText(text), text).not.toContain('Networking');
    }
  });

  it('keeps Networking with a technical neighbour, or with no telling neighbour', () => {
    for (const text of ['Skills\nNetworking, TCP/IP, Active Directory', 'Skills: Sales Engineering, Networking, Cisco routers', 'Skills\nNetworking\nMicrosoft Excel']) {
      expect(skillsInText(text), text).toContain('Networking');
    }
  });
});

describe('a skills section item takes the same sense (round j, G555)', () => {
  it('drops a listed Networking among business items, keeps it among technical ones', async () => {
    const { extractSkills } = await import('../match/profile/skills.js');
    const business = ['Account Management', 'Business Development and Operations', 'Closing and Negotiation', 'CRM', 'Networking', 'MS Office'];
    const names = (lines: string[]) => extractSkills(lines, lines.join('\n')).skills.map((s) => s.value);
    expect(names(business)).not.toContain('Networking');
    expect(names(['Active Directory', 'Networking', 'TCP/IP', 'Windows Server'])).toContain('Networking');
  });
});

describe('a posting\'s networking takes the same sense from its neighbours (issue 12, word sense on the posting side)', () => {
  it('professional networking in a sourcing or influence list is no technical skill', async () => {
    const { jobSpecOf } = await import('../match/rediscover/job-requirements.js');
    const asked = (text: string) => jobSpecOf({ title: 'Talent Partner', description: `Responsibilities:\n${text}` }).requiredSkills;
    expect(asked('Find engineers through networking, sourcing, referrals and campus events.')).not.toContain('Networking');
    expect(asked('Lead a regional team with effective networking, influencing and interpersonal skills.')).not.toContain('Networking');
    // Computer networking stays: a technical neighbour, or the technical word after it.
    expect(asked('Design solutions covering storage, networking and security for enterprise customers.')).toContain('Networking');
    expect(asked('Deep knowledge of networking protocols and load balancers.')).toContain('Networking');
  });
});

describe('"retail" takes its sense from its neighbours (round v, G357)', () => {
  it('is the retail market among marketing words, retail selling among store words or alone', () => {
    expect(listedInOtherSense('retail', ['speaking, reporting, research, retail, sales, strategy, strategic marketing, white papers'])).toBe(true);
    expect(listedInOtherSense('retail', ['Cashier, retail, customer service, POS systems'])).toBe(false);
    expect(listedInOtherSense('retail', ['Retail', 'Sales'])).toBe(false);
  });
});

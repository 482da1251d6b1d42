import { describe, expect, it } from 'vitest';
import { alternativeSkillsOf, maskContextMentions } from './context-mentions.js';
import { jobSpecOf } from './job-requirements.js';

/* Round i's left-over: a soft or channel word as a posting's only asked skill. Phrasings other than the postings'. */
describe('skill words a posting uses as context are no asked skill', () => {
  it('a standard the role keeps is no practice asked', () => {
    const controller = jobSpecOf({
      title: 'Regional Controller',
      description: [
        'Responsibilities:',
        'Partner with the plant managers on capital plans and maintain consistently high standards of customer service.',
        'Minimum qualifications:',
        'CPA and 10 years of experience in accounting.',
      ].join('\n'),
    });
    expect(controller.askedSkills).not.toContain('Customer Service');
    expect(controller.requiredSkills).toContain('Customer Service'); // ranking still reads it
    expect(maskContextMentions('Ensure excellent client service and timely reporting.')).not.toContain('client service');
    // The role's own work stays: providing the service to customers, or experience asked.
    expect(maskContextMentions('Provide excellent customer service to merchants over phone and chat.')).toContain('customer service');
    const agent = jobSpecOf({ title: 'Support Specialist', description: 'Minimum qualifications:\n2 years of experience in customer service.' });
    expect(agent.askedSkills).toContain('Customer Service');
  });

  it('a channel among channels is no marketing practice asked', () => {
    const comms = jobSpecOf({
      title: 'Employee Communications Lead',
      description: [
        'Responsibilities:',
        'Write and edit updates for newsletters, the intranet, town halls, social media and leadership memos.',
        'Minimum qualifications:',
        '5 years of experience in corporate communications.',
      ].join('\n'),
    });
    expect(comms.askedSkills).not.toContain('Social Media Marketing');
    // A list of channels asked as experience stays an ask; so does social media as the role's own work.
    expect(maskContextMentions('Experience with email, webinars, events and social media.')).toContain('social media');
    expect(maskContextMentions('Own the brand’s social media strategy and paid campaigns.')).toContain('social media');
  });

  // Round s (G225): "drive business value for GCP customers" named GCP as a required skill a briefing manager lacked.
  it('a customer base is no skill asked', () => {
    const events = jobSpecOf({
      title: 'Customer Events Manager',
      description: [
        'Responsibilities:',
        'Plan roadshows that show AWS customers and Salesforce users the value of our partnership.',
        'Minimum qualifications:',
        '5 years of experience in event planning.',
      ].join('\n'),
    });
    expect(events.askedSkills).not.toContain('Amazon Web Services');
    expect(events.askedSkills).not.toContain('Salesforce');
    expect(events.requiredSkills).toContain('Amazon Web Services'); // ranking still reads it
    // Asked in words elsewhere, the skill stays asked; a sentence break is no part of the name.
    const architect = jobSpecOf({
      title: 'Solutions Architect',
      description: 'Responsibilities:\nDesign migrations for AWS customers.\nMinimum qualifications:\nExperience with AWS.',
    });
    expect(architect.askedSkills).toContain('Amazon Web Services');
    expect(maskContextMentions('Deploy SAP.\nSupport clients daily.')).toContain('SAP');
  });
});

describe('a skill named as one of alternatives is never a gap', () => {
  it('reads "A or B", "A and/or B" and "A, B or C" lists', () => {
    expect([...alternativeSkillsOf('4 years of experience in a retail sales or business development role.')].sort()).toEqual(['Business Development', 'Retail Sales']);
    expect([...alternativeSkillsOf('Background in account management and/or consulting.')]).toEqual(['Account Management']);
    expect([...alternativeSkillsOf('Experience with Java, Go or Python.')].sort()).toEqual(['Go', 'Java', 'Python']);
  });
  it('a dot inside a word ends no clause ("ASP.Net", "Node.js"; reasons round z, G77)', () => {
    expect([...alternativeSkillsOf('Experience with server-side web frameworks such as JSP or ASP.Net.')]).toEqual(['.NET']);
    expect([...alternativeSkillsOf('Experience with Node.js or Python. Experience with SQL.')].sort()).toEqual(['Node.js', 'Python']);
  });
  it('keeps a skill that is also asked on its own', () => {
    expect([...alternativeSkillsOf('Experience in business development.\nExperience in sales or business development.')]).toEqual([]);
    expect([...alternativeSkillsOf('Experience with business development and experience managing partners.')]).toEqual([]);
  });
  it('the posting records the alternative, and the reason names it only when held', () => {
    const growth = jobSpecOf({
      title: 'Growth Lead, Games',
      description: 'Responsibilities:\nGrow revenue with game developers.\nMinimum qualifications:\n3 years of experience in a media sales or business development role.',
    });
    expect(growth.askedSkills).toEqual(['Business Development']);
    expect(growth.alternativeSkills).toEqual(['Business Development']);
  });
});

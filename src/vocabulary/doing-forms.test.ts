import { describe, expect, it } from 'vitest';
import { doingForms, isDoing } from './doing-forms.js';
import { skillsInText } from './skills.js';

describe('practice skills shown by their verb or practitioner (held-out round h, G1076)', () => {
  it('lists the verb and practitioner forms of each skill', () => {
    const negotiation = doingForms().filter(([, canonical]) => canonical === 'Negotiation').map(([form]) => form);
    expect(negotiation).toEqual(['negotiate', 'negotiates', 'negotiated', 'negotiating', 'negotiator', 'negotiators']);
  });

  it('credits Negotiation and Litigation from what the candidate did or is, with word boundaries', () => {
    expect(skillsInText('Negotiated freight contracts with three carriers, saving 12%.')).toContain('Negotiation');
    expect(skillsInText('Known as a tough but fair negotiator')).toContain('Negotiation');
    expect(skillsInText('Able to negotiate leases and renewals')).toContain('Negotiation');
    expect(skillsInText('Litigated employment disputes before state courts')).toContain('Litigation');
    expect(skillsInText('Trial litigator for a county prosecutor')).toContain('Litigation');
    // Another word that merely contains the stem is not a form of it.
    expect(skillsInText('Renegotiated the office lease')).not.toContain('Negotiation');
  });

  it('does not credit a participle that describes a thing agreed or done by others', () => {
    expect(skillsInText('Billed clients at negotiated rates')).not.toContain('Negotiation');
    expect(skillsInText('Discounts were negotiated by head office')).not.toContain('Negotiation');
    expect(skillsInText('Ordered from pre-negotiated catalogues')).not.toContain('Negotiation');
    expect(skillsInText('Filed motions in the litigated matters')).not.toContain('Litigation');
    expect(isDoing('negotiating', 'the negotiating table', 4)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { profileText } from './candidate-document.js';

describe('profileText', () => {
  it('leads with the headline and the O*NET occupation of the titles', () => {
    const text = profileText(
      { headline: 'STAFF ACCOUNTANT', titles: ['Staff Accountant', 'Accountant'], skills: ['QuickBooks', 'Excel'], summary: 'Closes books monthly. Other things.' },
      'ignored resume',
    );
    expect(text).toBe('Staff Accountant. Accountants and Auditors. Staff Accountant, Accountant. QuickBooks, Excel. Closes books monthly.');
  });

  it('falls back to the top of the resume and stays within the encoder window', () => {
    const resume = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const text = profileText({ headline: null, titles: [], skills: [], summary: null }, resume);
    expect(text.split(' ')).toHaveLength(60);
    expect(text.startsWith('w0 w1')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { embeddingText, freeTextQuery } from './free-text-query.js';
import { contentWords } from '../text/content-words.js';

describe('free-text query', () => {
  it('drops filler words and ORs the rest', () => {
    expect(contentWords('someone who can run a busy kitchen')).toEqual(['run', 'busy', 'kitchen']);
    expect(freeTextQuery('busy kitchen', (t) => [t]).expression).toBe('"busy" OR "kitchen"');
  });
});

describe('embeddingText', () => {
  it('appends the O*NET occupation title to a role-name query', () => {
    expect(embeddingText('accountant')).toBe('accountant. Accountants and Auditors');
    expect(embeddingText(' chef ')).toBe('chef. Chefs and Head Cooks');
  });

  it('keeps descriptive requests and unknown words as written', () => {
    const request = 'experienced line cook who can run a busy restaurant kitchen';
    expect(embeddingText(request)).toBe(request);
    expect(embeddingText('bpo')).toBe('bpo');
  });
});

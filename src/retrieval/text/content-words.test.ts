import { describe, expect, it } from 'vitest';
import { contentWords, REQUEST_STOPWORDS, SEARCH_STOPWORDS } from './content-words.js';

describe('contentWords and the shared stopword list', () => {
  it('drops the shared function words for both search and the parser', () => {
    for (const w of ['the', 'someone', 'candidates', 'experience']) {
      expect(SEARCH_STOPWORDS.has(w)).toBe(true);
      expect(REQUEST_STOPWORDS.has(w)).toBe(true);
    }
  });

  it('keeps job words in search that the parser treats as request filler, and the words the parser reads', () => {
    expect(contentWords('talent acquisition in search')).toEqual(['talent', 'acquisition', 'search']);
    expect(contentWords('talent acquisition in search', REQUEST_STOPWORDS)).toEqual(['acquisition']);
    expect(contentWords('strong past experience', REQUEST_STOPWORDS)).toEqual(['strong', 'past']);
    expect(contentWords('strong past experience')).toEqual([]);
  });
});

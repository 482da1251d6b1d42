import { describe, expect, it } from 'vitest';
import { normalizeGitHub } from './normalize-github.js';

describe('normalizeGitHub', () => {
  it.each([
    ['https://github.com/octo-cat'],
    ['https://github.com/Octo-Cat'],
    ['http://github.com/octo-cat/'],
    ['https://www.github.com/octo-cat'],
    ['github.com/octo-cat'],
    ['https://github.com/octo-cat/some-repo/tree/main'],
    ['https://github.com/octo-cat?tab=repositories'],
    ['@octo-cat'],
    ['octo-cat'],
    ['https://octo-cat.github.io'],
    ['https://gist.github.com/octo-cat/3f2a1b'],
    ['https://github.com/sponsors/octo-cat'],
  ])('%s → https://github.com/octo-cat', (input) => {
    expect(normalizeGitHub(input)).toBe('https://github.com/octo-cat');
  });

  it.each([['https://github.com/orgs/contoso'], ['https://github.com/features'], ['https://github.com/'], ['https://gitlab.com/octo-cat'], ['-bad-'], ['']])(
    'gives null for %s',
    (input) => {
      expect(normalizeGitHub(input)).toBeNull();
    },
  );
});

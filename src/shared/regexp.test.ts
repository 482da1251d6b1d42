import { describe, expect, test } from 'vitest';
import { escapeRegExp } from './regexp.js';

describe('escapeRegExp', () => {
  test('every pattern character is taken literally', () => {
    const text = 'C++ (.NET) a|b [x] {2} ^$ * ? \\ node.js';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('node.js')).test('nodexjs')).toBe(false);
  });
});

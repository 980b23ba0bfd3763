import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, negotiateLocale } from './errors.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr, en;q=0.5', 'en'],
    ['fr', 'id'],
    ['en;q=0.4, id;q=0.8', 'id'],
  ] as const)('%j → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('error catalogue', () => {
  it('has a distinct Indonesian and English text for every code', () => {
    for (const [code, m] of Object.entries(ERROR_MESSAGES)) {
      expect(m.id.length, code).toBeGreaterThan(5);
      expect(m.en.length, code).toBeGreaterThan(5);
      expect(m.id, code).not.toBe(m.en);
    }
  });
});

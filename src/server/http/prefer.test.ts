import { describe, expect, it } from 'vitest';
import { prefersMinimal } from './prefer.js';

describe('prefersMinimal (RFC 7240)', () => {
  it('reads return=minimal alone, among other preferences, quoted, in any case and with parameters', () => {
    expect(prefersMinimal('return=minimal')).toBe(true);
    expect(prefersMinimal('respond-async, return=minimal')).toBe(true);
    expect(prefersMinimal('RETURN = "Minimal"; foo=bar')).toBe(true);
    expect(prefersMinimal(['wait=10', 'return=minimal'])).toBe(true);
  });

  it('does not read anything else as minimal', () => {
    expect(prefersMinimal(undefined)).toBe(false);
    expect(prefersMinimal('')).toBe(false);
    expect(prefersMinimal('return=representation')).toBe(false);
    expect(prefersMinimal('respond-async; return=minimal')).toBe(false); // a parameter of respond-async, not a preference
    expect(prefersMinimal('return-minimal')).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPolicySources } from '../../scripts/policy-sources.js';

describe('docs/policy-sources.md', () => {
  it('is up to date with the shipped profiles (run: node --import tsx scripts/policy-sources.ts)', () => {
    expect(readFileSync(new URL('../../docs/policy-sources.md', import.meta.url), 'utf8')).toBe(renderPolicySources());
  });

  it('lists every provisional value as provisional', () => {
    const doc = renderPolicySources();
    expect(doc).toMatch(/\*\*provisional\*\*/);
    expect(doc).toMatch(/Totals: \d+ dated values, \d+ provisional\./);
  });
});

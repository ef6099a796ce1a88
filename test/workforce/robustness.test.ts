// Defects the fuzz found in /workforce (issue 10).
import { describe, expect, it } from 'vitest';
import { averagePayCheck } from '../../src/workforce/index.js';
import { PAY } from './support.js';

describe('averagePayCheck without a worker in service', () => {
  it('is not applicable and misses nothing (the benchmark is not needed when there is no average)', () => {
    const r = averagePayCheck([], { asOf: '2026-06-30', salaryProfile: PAY });
    expect(r).toMatchObject({ outcome: 'not_applicable', missing: [] });
  });
});

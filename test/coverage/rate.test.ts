import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRate } from '../../src/coverage/index.js';
import { shortfall, targetFraction } from '../../src/coverage/rate.js';

/** Reference: round(n/d to 4 places) in BigInt, half-up. */
function bigHalfUp(n: number, d: number): string {
  const q = (BigInt(n) * 20000n + BigInt(d)) / (2n * BigInt(d));
  const s = q.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`;
}

describe('formatRate', () => {
  it('gives exact 4-place rates and percent text (hand-checked)', () => {
    expect(formatRate(90, 95)).toEqual({ rate: '0.9474', percent: '94.74%' }); // 0.947368…
    expect(formatRate(18, 19)).toEqual({ rate: '0.9474', percent: '94.74%' });
    expect(formatRate(1, 95)).toEqual({ rate: '0.0105', percent: '1.05%' }); // 0.010526…
    expect(formatRate(95, 95)).toEqual({ rate: '1.0000', percent: '100.00%' });
    expect(formatRate(0, 7)).toEqual({ rate: '0.0000', percent: '0.00%' });
    expect(formatRate(1, 3)).toEqual({ rate: '0.3333', percent: '33.33%' });
    expect(formatRate(2, 3)).toEqual({ rate: '0.6667', percent: '66.67%' });
  });

  it('returns null, not NaN, for a zero denominator', () => {
    expect(formatRate(0, 0)).toEqual({ rate: null, percent: null });
  });

  it('applies the declared rounding mode at the fifth decimal', () => {
    // 1/32 = 0.03125: exactly half at the 4th place.
    expect(formatRate(1, 32, 'half-up').rate).toBe('0.0313');
    expect(formatRate(1, 32, 'half-even').rate).toBe('0.0312');
    expect(formatRate(1, 32, 'half-down').rate).toBe('0.0312');
    expect(formatRate(3, 32, 'half-even').rate).toBe('0.0938'); // 0.09375 → even 8
    expect(formatRate(90, 95, 'down').rate).toBe('0.9473');
    expect(formatRate(90, 95, 'up').rate).toBe('0.9474');
    expect(formatRate(1, 3, 'ceil').rate).toBe('0.3334');
    expect(formatRate(2, 3, 'floor').rate).toBe('0.6666');
  });

  it('half-up rounding shows 1.0000 just below completeness; the exact status is kept elsewhere', () => {
    expect(formatRate(199999, 200000).rate).toBe('1.0000');
    expect(shortfall(199999, 200000, [1, 1]).met).toBe(false);
  });

  it('matches a BigInt reference and stays within [0, 1] for any n <= d, including counts past 2^53 / 10^4', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.double({ min: 0, max: 1, noNaN: true }), (d, f) => {
        const n = Math.min(d, Math.floor(d * f));
        const r = formatRate(n, d).rate!;
        expect(r).toBe(bigHalfUp(n, d));
        expect(r >= '0.0000' && r <= '1.0000').toBe(true);
      }),
    );
  });
});

describe('targets and shortfall', () => {
  it('parses target rates exactly and refuses anything outside [0, 1]', () => {
    expect(targetFraction('1')).toEqual([1, 1]);
    expect(targetFraction('0.95')).toEqual([95, 100]);
    expect(targetFraction('0')).toEqual([0, 1]);
    expect(targetFraction('1.01')).toBeUndefined();
    expect(targetFraction('-0.5')).toBeUndefined();
    expect(targetFraction('95%')).toBeUndefined();
  });

  it('counts the units still needed and the rate gap (hand-checked)', () => {
    // 90 of 95 against 100%: 5 more; gap 5/95 = 0.05263… rounded up to 0.0527.
    expect(shortfall(90, 95, [1, 1])).toEqual({ met: false, units: 5, rate: '0.0527' });
    // 90 of 95 against 95%: ceil(90.25) = 91 → 1 more; gap 0.95 − 0.947368… = 0.002631… → 0.0027.
    expect(shortfall(90, 95, [95, 100])).toEqual({ met: false, units: 1, rate: '0.0027' });
    // 19 of 20 against 95%: exactly met.
    expect(shortfall(19, 20, [95, 100])).toEqual({ met: true, units: 0, rate: '0.0000' });
  });
});

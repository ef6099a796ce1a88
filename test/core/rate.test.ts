import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareToTarget, formatRate, isPolicyError, parseRateTarget } from '../../src/core/index.js';

/** Reference: round(n/d to 4 places) in BigInt, half-up. */
function bigHalfUp(n: number, d: number): string {
  const q = (BigInt(n) * 20000n + BigInt(d)) / (2n * BigInt(d));
  const s = q.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`;
}

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e.code;
    throw e;
  }
  return undefined;
};

describe('formatRate', () => {
  it('gives exact 4-place rates and percent text (hand-checked)', () => {
    expect(formatRate(90, 95)).toEqual({ rate: '0.9474', percent: '94.74%' }); // 0.947368…
    expect(formatRate(18, 19)).toEqual({ rate: '0.9474', percent: '94.74%' });
    expect(formatRate(1, 95)).toEqual({ rate: '0.0105', percent: '1.05%' }); // 0.010526…
    expect(formatRate(95, 95)).toEqual({ rate: '1.0000', percent: '100.00%' });
    expect(formatRate(0, 7)).toEqual({ rate: '0.0000', percent: '0.00%' });
    expect(formatRate(1, 3)).toEqual({ rate: '0.3333', percent: '33.33%' });
    expect(formatRate(2, 3)).toEqual({ rate: '0.6667', percent: '66.67%' });
    expect(formatRate(3, 2)).toEqual({ rate: '1.5000', percent: '150.00%' });
  });

  it('keeps a ratio far above 1 exact (fuzz, random seed 234350816: 2^53 − 1 of 95 lost its last digits)', () => {
    expect(formatRate(9_007_199_254_740_991, 95)).toEqual({
      rate: '94812623734115.6947',
      percent: '9481262373411569.47%',
    });
    expect(formatRate(9_007_199_254_740_991, 95).rate).toBe(bigHalfUp(9_007_199_254_740_991, 95));
    expect(formatRate(1e9, 95)).toEqual({ rate: '10526315.7895', percent: '1052631578.95%' });
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

  it('never shows a partial rate as 100% or as 0% (issue 13.10: 199,999 of 200,000 was "100.00%")', () => {
    expect(formatRate(199_999, 200_000)).toEqual({ rate: '0.9999', percent: '99.99%' });
    expect(formatRate(1, 200_000)).toEqual({ rate: '0.0001', percent: '0.01%' });
    expect(formatRate(1, 200_000, 'up')).toEqual({ rate: '0.0001', percent: '0.01%' });
    expect(formatRate(200_000, 200_000).percent).toBe('100.00%');
  });

  it('matches a BigInt reference (away from the ends) and stays strictly inside (0, 1) for 0 < n < d, including counts past 2^53 / 10^4', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, f) => {
          const n = Math.min(d, Math.floor(d * f));
          const r = formatRate(n, d).rate!;
          const ref = bigHalfUp(n, d);
          if (n === 0) expect(r).toBe('0.0000');
          else if (n === d) expect(r).toBe('1.0000');
          else {
            expect(r).toBe(ref === '1.0000' ? '0.9999' : ref === '0.0000' ? '0.0001' : ref);
            expect(r > '0.0000' && r < '1.0000').toBe(true);
          }
        },
      ),
    );
  });

  it('refuses counts that are not non-negative safe integers with a PolicyError', () => {
    expect(code(() => formatRate(-1, 3))).toBe('out_of_range');
    expect(code(() => formatRate(1.5, 3))).toBe('out_of_range');
    expect(code(() => formatRate(Number.NaN, 3))).toBe('out_of_range');
    expect(code(() => formatRate('1' as never, 3))).toBe('invalid_type');
  });
});

describe('targets', () => {
  it('parses target rates exactly and refuses anything outside [0, 1]', () => {
    expect(parseRateTarget('1')).toEqual([1, 1]);
    expect(parseRateTarget('0.95')).toEqual([95, 100]);
    expect(parseRateTarget('0')).toEqual([0, 1]);
    expect(code(() => parseRateTarget('1.01'))).toBe('out_of_range');
    expect(code(() => parseRateTarget('-0.5'))).toBe('invalid_type');
    expect(code(() => parseRateTarget('95%'))).toBe('invalid_type');
    expect(code(() => parseRateTarget(1))).toBe('invalid_type');
  });

  it('counts the units still needed and the rate gap, compared exactly (hand-checked)', () => {
    // 90 of 95 against 100%: 5 more; gap 5/95 = 0.05263… rounded up to 0.0527.
    expect(compareToTarget(90, 95, '1')).toEqual({ met: false, units: 5, gap: '0.0527' });
    // 90 of 95 against 95%: ceil(90.25) = 91 → 1 more; gap 0.95 − 0.947368… = 0.002631… → 0.0027.
    expect(compareToTarget(90, 95, '0.95')).toEqual({ met: false, units: 1, gap: '0.0027' });
    // 19 of 20 against 95%: exactly met.
    expect(compareToTarget(19, 20, '0.95')).toEqual({ met: true, units: 0, gap: '0.0000' });
    // 199,999 of 200,000 against 100%: behind by one, and the gap is not zero.
    expect(compareToTarget(199_999, 200_000, '1')).toEqual({ met: false, units: 1, gap: '0.0001' });
    expect(code(() => compareToTarget(0, 0, '1'))).toBe('out_of_range');
  });
});

import { describe, expect, it } from 'vitest';
import { compareDecimalToTarget, formatDecimalRate, formatRate, isPolicyError } from '../../src/core/index.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e.code;
    throw e;
  }
  return 'no error';
};

describe('formatDecimalRate', () => {
  it('is exact on money amounts, with the display rule of formatRate', () => {
    expect(formatDecimalRate('79999.99', '100000.00')).toEqual({ rate: '0.8000', percent: '80.00%' });
    expect(formatDecimalRate('79999.99', '100000.00', 'down')).toEqual({ rate: '0.7999', percent: '79.99%' });
    expect(formatDecimalRate('99999.99', '100000')).toEqual({ rate: '0.9999', percent: '99.99%' });
    expect(formatDecimalRate('0.01', '100000')).toEqual({ rate: '0.0001', percent: '0.01%' });
    expect(formatDecimalRate('150', '100')).toEqual({ rate: '1.5000', percent: '150.00%' });
    expect(formatDecimalRate('0', '0')).toEqual({ rate: null, percent: null });
  });

  it('agrees with formatRate on whole numbers', () => {
    for (const [n, d] of [
      [90, 95],
      [1, 3],
      [2, 3],
      [199_999, 200_000],
      [0, 7],
      [7, 7],
    ] as const) {
      expect(formatDecimalRate(String(n), String(d))).toEqual(formatRate(n, d));
      expect(formatDecimalRate(n, d, 'half-even')).toEqual(formatRate(n, d, 'half-even'));
    }
  });

  it('refuses what is not a non-negative decimal with a PolicyError', () => {
    expect(code(() => formatDecimalRate('-1', '2'))).toBe('out_of_range');
    expect(code(() => formatDecimalRate('1e3', '2'))).toBe('invalid_type');
    expect(code(() => formatDecimalRate(0.5, '2'))).toBe('invalid_type');
    expect(code(() => formatDecimalRate(null, '2'))).toBe('invalid_type');
    expect(code(() => formatDecimalRate('1', Number.NaN))).toBe('invalid_type');
  });
});

describe('compareDecimalToTarget', () => {
  it('compares exactly and says the amount still needed', () => {
    expect(compareDecimalToTarget('79999.99', '100000.00', '0.8')).toEqual({
      met: false,
      amount: '0.01',
      gap: '0.0001',
    });
    expect(compareDecimalToTarget('80000', '100000', '0.8')).toEqual({ met: true, amount: '0', gap: '0.0000' });
    expect(compareDecimalToTarget('0', '333.33', '0.75')).toEqual({ met: false, amount: '249.9975', gap: '0.7500' });
    expect(compareDecimalToTarget(3, 4, '0.75').met).toBe(true);
  });

  it('refuses a zero denominator and a bad target', () => {
    expect(code(() => compareDecimalToTarget('1', '0', '0.8'))).toBe('out_of_range');
    expect(code(() => compareDecimalToTarget('1', '2', '1.5'))).toBe('out_of_range');
  });
});

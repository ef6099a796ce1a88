import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { Dec, isYuan, parseYuan, roundYuan, sumYuan, toDec } from '../../src/core/money.js';
import { isPolicyError } from '../../src/core/errors.js';

describe('money', () => {
  it('rounds half-up by default and with other named modes when asked', () => {
    expect(roundYuan('1234.565')).toBe('1234.57');
    expect(roundYuan('1234.565', 'half-even')).toBe('1234.56');
    expect(roundYuan('1234.575', 'half-even')).toBe('1234.58');
    expect(roundYuan('-1.005')).toBe('-1.01');
    expect(roundYuan('1.999', 'down')).toBe('1.99');
    expect(roundYuan('-0.001')).toBe('0.00');
  });

  it('adds exactly where floats do not', () => {
    expect(sumYuan(['0.10', '0.20'])).toBe('0.30');
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('refuses floats and malformed amounts with typed errors', () => {
    for (const [v, code] of [
      [0.1, 'invalid_type'],
      ['1,000.00', 'invalid_amount'],
      ['1e3', 'invalid_amount'],
      [undefined, 'required'],
    ] as const) {
      try {
        parseYuan(v, ['pay']);
        expect.unreachable();
      } catch (e) {
        expect(isPolicyError(e)).toBe(true);
        expect((e as { code: string }).code).toBe(code);
        expect((e as { path: unknown }).path).toEqual(['pay']);
      }
    }
    expect(parseYuan('5000')).toBe('5000.00');
    expect(parseYuan(5000)).toBe('5000.00');
  });

  it('uses a private Decimal: the host global configuration is untouched and does not leak in', () => {
    const before = Decimal.precision;
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      expect(new Dec('1').div(3).toFixed(30)).toBe('0.333333333333333333333333333333');
      expect(roundYuan('2.345')).toBe('2.35');
    } finally {
      Decimal.set({ precision: before, rounding: Decimal.ROUND_HALF_UP });
    }
  });

  it('sum of rounded cents equals the integer-fen sum (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 50 }), (fens) => {
        const amounts = fens.map((f) => toDec(f).div(100).toFixed(2));
        const expected = fens.reduce((a, b) => a + b, 0);
        const got = sumYuan(amounts);
        return (
          isYuan(got) &&
          got ===
            toDec(expected)
              .div(100)
              .toFixed(2)
              .replace(/^-0\.00$/, '0.00')
        );
      }),
    );
  });
});

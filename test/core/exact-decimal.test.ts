// exactDecimal: sums, products, shifts and comparisons of decimal strings in BigInt (no decimal.js), checked against
// decimal.js on generated values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal as DecimalBase } from 'decimal.js';

const Decimal = DecimalBase.clone({ precision: 80 });
import { exactDecimal } from '../../src/core/decimal-string.js';

const dec = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, s]) => new Decimal(n.toString()).div(new Decimal(10).pow(s)).toFixed(s));

describe('exactDecimal', () => {
  it('worked values', () => {
    expect(exactDecimal.times('30', 420)).toBe('12600');
    expect(exactDecimal.shift('12600', -2)).toBe('126');
    expect(exactDecimal.times('0.6', '126')).toBe('75.6');
    expect(exactDecimal.compare('75.6', '75.60')).toBe(0);
    expect(exactDecimal.compare('125.99', '126')).toBe(-1);
    expect(exactDecimal.sum(['40', '30', '10.5'])).toBe('80.5');
    expect(exactDecimal.sum([])).toBe('0');
    expect(exactDecimal.times('0.1', '3')).toBe('0.3');
    expect(exactDecimal.shift('-0.5', 1)).toBe('-5');
    expect(exactDecimal.shift('3', -4)).toBe('0.0003');
  });
  it('agrees with decimal.js', () => {
    fc.assert(
      fc.property(dec, dec, fc.integer({ min: -6, max: 6 }), (a, b, p) => {
        const A = new Decimal(a);
        const B = new Decimal(b);
        expect(new Decimal(exactDecimal.times(a, b)).eq(A.times(B))).toBe(true);
        expect(new Decimal(exactDecimal.sum([a, b])).eq(A.plus(B))).toBe(true);
        expect(new Decimal(exactDecimal.shift(a, p)).eq(A.times(new Decimal(10).pow(p)))).toBe(true);
        expect(exactDecimal.compare(a, b)).toBe(A.cmp(B));
      }),
      { numRuns: 2000, seed: 20261129 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyError } from '../../src/core/errors.js';
import { sumYuan, YuanSum } from '../../src/core/money.js';

describe('YuanSum: exact running totals', () => {
  it('adds yuan strings, each a number of times, without rounding', () => {
    const t = new YuanSum();
    expect(t.value).toBe('0.00');
    t.add('0.10');
    t.add('0.20');
    t.add('1400.00', 3);
    t.add('-0.05');
    expect(t.value).toBe('4200.25');
    t.add('-5000.00');
    expect(t.value).toBe('-799.75');
  });

  it('stays exact far beyond the safe-integer range of fen', () => {
    const t = new YuanSum();
    t.add('90071992547409.91', 1_000_000);
    expect(t.value).toBe('90071992547409910000.00');
  });

  it('refuses what is not a yuan string or a count with a PolicyError', () => {
    const t = new YuanSum();
    for (const bad of [0.1, '12.5', '1e3', '', null]) {
      try {
        t.add(bad as never);
        throw new Error('accepted');
      } catch (e) {
        expect(isPolicyError(e) && e.code).toBe('invalid_amount');
      }
    }
    for (const times of [-1, 1.5, Number.NaN]) {
      try {
        t.add('1.00', times);
        throw new Error('accepted');
      } catch (e) {
        expect(isPolicyError(e) && e.code).toBe('out_of_range');
      }
    }
    expect(t.value).toBe('0.00');
  });

  it('equals sumYuan over the same amounts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 5 })), {
          maxLength: 40,
        }),
        (items) => {
          const t = new YuanSum();
          const flat: string[] = [];
          for (const [fen, times] of items) {
            const yuan = sumYuan([
              `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`,
            ]);
            t.add(yuan, times);
            for (let i = 0; i < times; i++) flat.push(yuan);
          }
          expect(t.value).toBe(sumYuan(flat));
        },
      ),
    );
  });
});

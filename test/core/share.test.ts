// Statutory shares compared exactly: "三分之一以上" is met by exactly 1/3, "过半数" is not met by exactly half.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPolicyError, leastShare, meetsShare, parseShareRule } from '../../src/core/index.js';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e.code;
    throw e;
  }
  return undefined;
};
const third = parseShareRule({ share: '1/3', bound: '以上' });
const half = parseShareRule({ share: '1/2', bound: '超过' });
const twoThirds = parseShareRule({ share: '2/3', bound: '以上' });

describe('parseShareRule', () => {
  it('reads fractions and decimals, in lowest terms', () => {
    expect(third).toEqual({ numerator: 1, denominator: 3, bound: '以上' });
    expect(parseShareRule({ share: '0.6', bound: '以上' })).toEqual({ numerator: 3, denominator: 5, bound: '以上' });
    expect(parseShareRule({ share: '8/10', bound: '以上' })).toEqual({ numerator: 4, denominator: 5, bound: '以上' });
    expect(parseShareRule({ share: '0/7', bound: '以上' })).toEqual({ numerator: 0, denominator: 1, bound: '以上' });
  });
  it('refuses what is not a share', () => {
    expect(code(() => parseShareRule({ share: '4/3', bound: '以上' }))).toBe('out_of_range');
    expect(code(() => parseShareRule({ share: '1/0', bound: '以上' }))).toBe('out_of_range');
    expect(code(() => parseShareRule({ share: 0.5, bound: '以上' }))).toBe('invalid_type');
    expect(code(() => parseShareRule({ share: '1/2', bound: 'more' }))).toBe('unknown_enum_value');
    expect(code(() => parseShareRule('1/2'))).toBe('invalid_type');
  });
});

describe('meetsShare', () => {
  it('exactly one third is "三分之一以上"; one less is not', () => {
    expect(meetsShare(10, 30, third)).toBe(true);
    expect(meetsShare(9, 30, third)).toBe(false);
    expect(meetsShare(7, 21, third)).toBe(true);
  });
  it('exactly half is not "过半数"', () => {
    expect(meetsShare(15, 30, half)).toBe(false);
    expect(meetsShare(16, 30, half)).toBe(true);
    expect(meetsShare(15, 29, half)).toBe(true);
  });
  it('bounds from above and strict bounds', () => {
    const under = parseShareRule({ share: '1/2', bound: '不满' });
    const atMost = parseShareRule({ share: '1/2', bound: '以下' });
    expect(meetsShare(15, 30, under)).toBe(false);
    expect(meetsShare(15, 30, atMost)).toBe(true);
  });
  it('0 of 0 is compared as 0 × d against n × 0: "以上" holds, "超过" does not', () => {
    expect(meetsShare(0, 0, half)).toBe(false);
    expect(meetsShare(0, 0, third)).toBe(true);
  });
  it('agrees with BigInt arithmetic, also for counts whose products are not safe', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (a, b) => {
          const [p, w] = a <= b ? [a, b] : [b, a];
          expect(meetsShare(p, w, twoThirds)).toBe(BigInt(p) * 3n >= BigInt(w) * 2n);
          expect(meetsShare(p, w, half)).toBe(BigInt(p) * 2n > BigInt(w));
        },
      ),
    );
  });
  it('refuses counts that are not counts', () => {
    expect(code(() => meetsShare(-1, 3, third))).toBe('out_of_range');
    expect(code(() => meetsShare(1.5, 3, third))).toBe('out_of_range');
    expect(code(() => meetsShare(Number.NaN, 3, third))).toBe('out_of_range');
    expect(code(() => meetsShare('1' as never, 3, third))).toBe('invalid_type');
  });
});

describe('leastShare', () => {
  it('the least part that meets a share from below', () => {
    expect(leastShare(30, twoThirds)).toBe(20);
    expect(leastShare(31, twoThirds)).toBe(21);
    expect(leastShare(30, half)).toBe(16);
    expect(leastShare(29, half)).toBe(15);
    expect(leastShare(30, third)).toBe(10);
    expect(leastShare(30, parseShareRule({ share: '1/2', bound: '以下' }))).toBeUndefined();
  });
  it('is the threshold meetsShare uses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(third, half, twoThirds), (w, rule) => {
        const least = leastShare(w, rule)!;
        if (least <= w) expect(meetsShare(least, w, rule)).toBe(true);
        if (least - 1 >= 0 && least - 1 <= w) expect(meetsShare(least - 1, w, rule)).toBe(false);
      }),
    );
  });
});

// The fuzz found computeCoverage throwing a TypeError ("Cannot convert object to primitive value") for an indicator
// that is an object without a prototype: the unknown id was quoted with String() (issue 10). An indicator that is not
// text is refused as unknown, named by its type, whatever it is.
import { describe, expect, it } from 'vitest';
import { isPolicyError } from '../../src/core/index.js';
import { computeCoverage } from '../../src/coverage/index.js';

describe('computeCoverage refuses an indicator that is not text', () => {
  const odd: unknown[] = [
    Object.create(null),
    Object.assign(Object.create(null), { id: 'x' }),
    {
      toString: () => {
        throw new Error('x');
      },
    },
    Symbol('s'),
    5n,
    [],
    () => 1,
    7,
  ];
  it.each(odd.map((v, i) => [i, v]))('value %i: a PolicyError unknown_indicator at indicator', (_i, v) => {
    let thrown: unknown;
    try {
      computeCoverage(v as never, {}, { asOf: '2025-12-31' });
    } catch (e) {
      thrown = e;
    }
    expect(isPolicyError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ code: 'unknown_indicator', path: ['indicator'] });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyError } from '../../src/core/index.js';
import { matchExpected } from '../../src/testing/index.js';

describe('matchExpected', () => {
  const actual = {
    grade: 8,
    total: '6123.40',
    rate: '0.9474',
    monthly: {
      total: '6123.40',
      lines: [
        { id: 'basic', amount: '4286.38' },
        { id: 'performance', amount: '1837.02' },
      ],
    },
    'salary.base': 'kept whole',
    findings: [
      { rule: 'age', outcome: 'pass', inputs: { age: 70 } },
      { rule: 'term', outcome: 'fail' },
      { rule: 'age', outcome: 'fail' },
    ],
    missing: [],
    nothing: null,
  };

  it('matches a partial object, dotted paths, indexes, [n] and length', () => {
    expect(
      matchExpected(
        {
          grade: 8,
          'monthly.total': '6123.40',
          'monthly.lines.1.amount': '1837.02',
          'monthly.lines[0].id': 'basic',
          'findings.length': 3,
          'salary.base': 'kept whole',
        },
        actual,
      ),
    ).toEqual([]);
  });

  it('lists every mismatch with its path as written, expected and actual', () => {
    expect(
      matchExpected({ grade: 9, monthly: { total: '6123.41' }, 'findings.length': 2, absent: 'x' }, actual),
    ).toEqual([
      { path: ['grade'], expected: 9, actual: 8, kind: 'different' },
      { path: ['monthly', 'total'], expected: '6123.41', actual: '6123.40', kind: 'different' },
      { path: ['findings.length'], expected: 2, actual: 3, kind: 'different' },
      { path: ['absent'], expected: 'x', actual: undefined, kind: 'missing' },
    ]);
  });

  it('matches list elements by containment, each actual element used once', () => {
    expect(matchExpected({ findings: [{ rule: 'age', outcome: 'fail' }, { rule: 'term' }] }, actual)).toEqual([]);
    expect(matchExpected({ findings: [{ rule: 'age' }, { rule: 'age' }] }, actual)).toEqual([]);
    const three = matchExpected({ findings: [{ rule: 'age' }, { rule: 'age' }, { rule: 'age' }] }, actual);
    expect(three).toEqual([
      { path: ['findings', 2], expected: { rule: 'age' }, actual: { rule: 'term', outcome: 'fail' }, kind: 'no_match' },
    ]);
    // The closest element is the one with the fewest differences.
    expect(matchExpected({ findings: [{ rule: 'term', outcome: 'undetermined' }] }, actual)[0]).toMatchObject({
      actual: { rule: 'term', outcome: 'fail' },
      kind: 'no_match',
    });
    expect(matchExpected({ missing: [{ rule: 'x' }] }, actual)).toEqual([
      { path: ['missing', 0], expected: { rule: 'x' }, actual: undefined, kind: 'no_match' },
    ]);
    expect(matchExpected({ missing: [] }, actual)).toEqual([]);
  });

  it('compares strings exactly, and a YAML number by decimal value', () => {
    expect(matchExpected({ total: '6123.4' }, actual)).toHaveLength(1);
    expect(matchExpected({ total: 6123.4 }, actual)).toEqual([]);
    expect(matchExpected({ total: 6123.41 }, actual)).toHaveLength(1);
    expect(matchExpected({ grade: '8' }, actual)).toEqual([]);
    expect(matchExpected({ grade: '8.0' }, actual)).toEqual([]);
    expect(matchExpected({ grade: 'eight' }, actual)).toHaveLength(1);
    expect(matchExpected({ grade: true }, actual)).toHaveLength(1);
  });

  it('allows a declared tolerance for numbers and decimal strings, not for other strings', () => {
    expect(matchExpected({ total: '6123.39', rate: '0.96' }, actual, { tolerance: '0.01' })).toEqual([
      { path: ['rate'], expected: '0.96', actual: '0.9474', kind: 'different' },
    ]);
    expect(matchExpected({ rate: '0.9374' }, actual, { tolerance: '0.01' })).toEqual([]);
    expect(matchExpected({ total: 6123.3 }, actual, { tolerance: '0.1' })).toEqual([]);
    expect(matchExpected({ total: 6123.29 }, actual, { tolerance: '0.1' })).toHaveLength(1);
    expect(matchExpected({ 'findings.0.rule': 'agf' }, actual, { tolerance: '1' })).toHaveLength(1);
    expect(() => matchExpected({}, actual, { tolerance: 'abc' })).toThrow(
      expect.objectContaining({ name: 'PolicyError' }),
    );
  });

  it('null matches null or absent; a kind mismatch is reported as such', () => {
    expect(matchExpected({ nothing: null, notThere: null }, actual)).toEqual([]);
    expect(matchExpected({ grade: null }, actual)).toHaveLength(1);
    expect(matchExpected({ monthly: 'x' }, actual)).toEqual([
      { path: ['monthly'], expected: 'x', actual: actual.monthly, kind: 'type' },
    ]);
    expect(matchExpected({ grade: { value: 8 } }, actual)).toEqual([
      { path: ['grade'], expected: { value: 8 }, actual: 8, kind: 'type' },
    ]);
    expect(matchExpected({ grade: [8] }, actual)).toEqual([
      { path: ['grade'], expected: [8], actual: 8, kind: 'type' },
    ]);
  });

  const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

  it('property: any JSON value matches itself, and any sub-object of an object matches it', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(matchExpected(v, v)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 4 }), json), fc.integer({ min: 0, max: 1000 }), (obj, seed) => {
        const keys = Object.keys(obj).filter((_, i) => (seed >> (i % 10)) % 2 === 0);
        const part = Object.fromEntries(keys.map((k) => [k, obj[k]]));
        expect(matchExpected(part, obj)).toEqual([]);
      }),
    );
  });

  it('property: changing one compared scalar always yields exactly one mismatch at that path', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 4 }).filter((k) => !/[.[]/.test(k)),
          fc.integer(),
          { minKeys: 1 },
        ),
        (obj) => {
          const key = Object.keys(obj)[0]!;
          const changed = { ...obj, [key]: obj[key]! + 1 };
          expect(matchExpected(changed, obj)).toEqual([
            { path: [key], expected: obj[key]! + 1, actual: obj[key], kind: 'different' },
          ]);
        },
      ),
    );
  });

  it('never throws for any JSON expectation and actual', () => {
    fc.assert(
      fc.property(json, json, (e, a) => {
        try {
          matchExpected(e, a);
        } catch (error) {
          expect(isPolicyError(error)).toBe(true);
        }
      }),
    );
  });
});

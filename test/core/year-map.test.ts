import { describe, expect, it } from 'vitest';
import { defineRecord, fields, type PolicyIssue } from '../../src/core/index.js';
import { yearEntries } from '../../src/core/year-map.js';
import { computeSalaries } from '../../src/salary/index.js';
import { seededRandom } from '../support/random.js';

// A sheet's rows share one frozen assessment map per cell: its entries are read once. These tests hold a frozen
// map to the same answers as a fresh copy of it, valid or not, however often it is asked about.
const scores = defineRecord(
  'scores',
  { zh: '考核', en: 'scores' },
  {
    years: fields
      .yearMap(
        fields.enum(['pass', 'fail'], {
          pass: { zh: '合格', en: 'pass' },
          fail: { zh: '不合格', en: 'fail' },
        }),
      )
      .label('考核', 'assessments'),
  },
);

describe('year maps', () => {
  it('reads the entries of a frozen map and of a plain one alike, keys in ascending years', () => {
    const plain = { 2024: 'pass', 2019: 'fail', 2021: 'pass' };
    const frozen = Object.freeze({ ...plain });
    for (const m of [plain, frozen, frozen]) {
      const e = yearEntries(m);
      expect(e).toEqual({
        allYears: true,
        keys: ['2019', '2021', '2024'],
        years: [2019, 2021, 2024],
        values: ['fail', 'pass', 'pass'],
      });
    }
    expect(yearEntries(Object.freeze({ '0999': 'pass' })).allYears).toBe(false);
    expect(yearEntries({ x: 'pass' }).allYears).toBe(false);
  });

  it('a plain map changed between two reads is read as it now is', () => {
    const m: Record<string, string> = { 2023: 'pass' };
    expect(yearEntries(m).values).toEqual(['pass']);
    m[2023] = 'fail';
    expect(yearEntries(m).values).toEqual(['fail']);
  });

  it('a frozen map with a bad key or value is refused every time it is checked, in place or not', () => {
    for (const bad of [Object.freeze({ 2023: 'excellent' }), Object.freeze({ '203': 'pass' })]) {
      for (let k = 0; k < 3; k++) {
        expect(scores.safeParse({ years: bad }).success).toBe(false);
        const issues: PolicyIssue[] = [];
        expect(scores.checkInPlace({ years: bad }, [], issues)).toBeUndefined();
        expect(issues.length).toBe(1);
      }
    }
    const good = Object.freeze({ 2023: 'pass' });
    const issues: PolicyIssue[] = [];
    expect(scores.checkInPlace({ years: good }, [], issues)).toEqual({ years: { 2023: 'pass' } });
    expect(issues).toEqual([]);
  });

  it('pays the same whether workers share frozen assessment maps or each have their own', () => {
    const rnd = seededRandom(7);
    const results = ['excellent', 'pass', 'basic_pass', 'fail'];
    const maps = Array.from({ length: 6 }, () => {
      const m: Record<string, string> = {};
      for (let y = 2016; y < 2026; y++) if (rnd() < 0.6) m[y] = results[Math.floor(rnd() * 4)]!;
      return Object.freeze(m);
    });
    const shared = Array.from({ length: 300 }, (_, i) => ({
      id: `W${i}`,
      post: ['principal', 'deputy', 'staff'][i % 3],
      education: ['college_or_below', 'bachelor', 'master'][i % 3],
      serviceStart: `${2005 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      assessments: maps[i % maps.length],
    }));
    const own = shared.map((w) => ({ ...w, assessments: { ...w.assessments } }));
    for (const profile of ['huaian', 'nanjing-2018']) {
      const a = computeSalaries(shared, { asOf: '2026-06-30', profile, explain: true });
      const b = computeSalaries(own, { asOf: '2026-06-30', profile, explain: true });
      expect(a.rows.some((r) => r.outcome === 'error')).toBe(false);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });
});

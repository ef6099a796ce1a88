import { describe, expect, it } from 'vitest';
import { defineRecord, fields, type PolicyIssue } from '../../src/core/index.js';
import { frozenYearEntries } from '../../src/core/year-map.js';
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
  it('reads a frozen map once, as entries in ascending years; any other value is left to its reader', () => {
    const frozen = Object.freeze({ 2024: 'pass', 2019: 'fail', 2021: 'pass' });
    const e = frozenYearEntries(frozen);
    expect(e).toEqual({
      allYears: true,
      keys: ['2019', '2021', '2024'],
      years: [2019, 2021, 2024],
      values: ['fail', 'pass', 'pass'],
    });
    expect(frozenYearEntries(frozen)).toBe(e);
    expect(frozenYearEntries(Object.freeze({ '0999': 'pass' }))?.allYears).toBe(false);
    expect(frozenYearEntries(Object.freeze({ x: 'pass' }))?.allYears).toBe(false);
    for (const other of [{ 2023: 'pass' }, null, undefined, '2023', 2023])
      expect(frozenYearEntries(other)).toBeUndefined();
  });

  it('a plain map changed between two checks is checked as it now is', () => {
    const m: Record<string, string> = { 2023: 'pass' };
    expect(scores.safeParse({ years: m }).success).toBe(true);
    m[2023] = 'excellent';
    expect(scores.safeParse({ years: m }).success).toBe(false);
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

  it('pays the same whether workers share frozen assessment maps or each have their own, checked or trusted', () => {
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
    for (const [profile, validate] of [
      ['huaian', 'checked'],
      ['nanjing-2018', 'trusted'],
    ] as const) {
      const a = computeSalaries(shared, { asOf: '2026-06-30', profile, explain: true, validate });
      const b = computeSalaries(own, { asOf: '2026-06-30', profile, explain: true, validate });
      expect(a.rows.some((r) => r.outcome === 'error')).toBe(false);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });
});

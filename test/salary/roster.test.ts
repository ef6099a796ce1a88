import { describe, expect, it } from 'vitest';
import { computeSalaries, computeSalary, explainSalary, projectGrade } from '../../src/salary/index.js';

const roster = [
  { id: 1, name: '王一', post: '正职', education: '本科', serviceStart: '2015-06-01' }, // 7 + 1 + 3 (2019, 2022, 2025) = 11
  { id: 2, post: 'deputy', education: 'college_or_below', serviceStart: '2024-01-01' }, // 4
  { id: 3, post: 'staff', education: 'master', serviceStart: '2019-01-01', certificate: { level: 'assistant', obtained: '2020-01-01' } }, // 1 + 2 + 2 (2022, 2025) = 5
  { id: 4, post: 'staff', education: 'master', serviceStart: '2019-01-01' }, // 5
  { id: 5, post: 'boss' },
];

describe('computeSalaries', () => {
  it('computes each row and sums the payroll exactly', () => {
    const { rows, summary, asOf, profile, warnings } = computeSalaries(roster, { asOf: '2026-01-01' });
    expect(asOf).toBe('2026-01-01');
    expect(profile.id).toBe('huaian');
    expect(rows.map((r) => (r.ok ? [r.id, r.post, r.grade, r.total] : [r.id, r.error.code]))).toEqual([
      [1, 'principal', 11, '2000.00'],
      [2, 'deputy', 4, '1300.00'],
      [3, 'staff', 5, '1500.00'],
      [4, 'staff', 5, '1400.00'],
      [5, 'unknown_enum_value'],
    ]);
    expect(summary).toEqual({
      count: 5,
      ok: 4,
      failed: 1,
      byPost: {
        principal: { count: 1, byGrade: { '11': 1 }, monthly: '2000.00', annual: '24000.00' },
        deputy: { count: 1, byGrade: { '4': 1 }, monthly: '1300.00', annual: '15600.00' },
        staff: { count: 2, byGrade: { '5': 2 }, monthly: '2900.00', annual: '34800.00' },
      },
      totalMonthly: '6200.00',
      totalAnnual: '74400.00',
    });
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('gives the same numbers as computeSalary, with or without explanations', () => {
    const fast = computeSalaries(roster.slice(0, 4), { asOf: '2026-01-01' }).rows;
    const explained = computeSalaries(roster.slice(0, 4), { asOf: '2026-01-01', explain: true }).rows;
    roster.slice(0, 4).forEach((w, i) => {
      const one = computeSalary(w, { asOf: '2026-01-01' });
      for (const r of [fast[i]!, explained[i]!]) {
        if (!r.ok) throw new Error('row failed');
        expect([r.grade, r.lines, r.total, r.annualTotal, r.floors, r.warnings]).toEqual([one.grade, one.lines, one.total, one.annualTotal, one.floors, one.warnings]);
      }
      expect(fast[i]).not.toHaveProperty('explanation');
      const e = explained[i]!;
      if (!e.ok) throw new Error('row failed');
      expect(e.steps).toEqual(one.steps);
      expect(e.explanation).toEqual(one.explanation);
    });
  });

  it('accepts an empty roster', () => {
    expect(computeSalaries([], { asOf: '2026-01-01' }).summary).toMatchObject({ count: 0, ok: 0, failed: 0, totalMonthly: '0.00' });
  });
});

describe('projectGrade', () => {
  it('lists the dates the grade changes', () => {
    const p = projectGrade({ post: 'staff', education: 'college_or_below', serviceStart: '2020-03-15' }, { from: '2020-03-15', to: '2030-12-31' });
    expect(p.initial).toBe(1);
    expect(p.changes.map((c) => [c.date, c.from, c.grade, c.steps.map((s) => s.rule)])).toEqual([
      ['2024-01-01', 1, 2, ['salary.grade.service']],
      ['2027-01-01', 2, 3, ['salary.grade.service']],
      ['2030-01-01', 3, 4, ['salary.grade.service']],
    ]);
    expect(p.warnings).toEqual([]); // grade rules of huaian are cited, not provisional
  });

  it('follows known assessments, certificates in grade-steps mode and the window cap', () => {
    const p = projectGrade(
      { post: 'principal', education: 'doctorate', serviceStart: '2000-01-01', assessments: { '2020': 'excellent', '2021': 'excellent', '2022': 'fail' } },
      { from: '2020-01-01', to: '2040-01-01' },
    );
    // 2020: 7 + 3 + 6 steps (2003 … 2018) = 16; 2021 step → 17; excellence 2022 → 18; later steps clamp.
    expect(p.initial).toBe(16);
    expect(p.changes.map((c) => [c.date, c.grade])).toEqual([
      ['2021-01-01', 17],
      ['2022-01-01', 18],
    ]);
  });

  it('agrees with computeGrade on every date', () => {
    const w = { post: 'deputy', education: 'bachelor', serviceStart: '2012-02-29', assessments: { '2014': 'fail', '2016': 'excellent', '2017': 'excellent' } };
    const p = projectGrade(w, { from: '2012-02-29', to: '2035-06-30' });
    let g = p.initial;
    for (let y = 2012; y <= 2035; y++) {
      const date = `${y}-06-30`;
      const change = [...p.changes].reverse().find((c) => c.date <= date);
      g = change === undefined ? p.initial : change.grade;
      expect(computeSalary(w, { asOf: date }).grade).toBe(g);
    }
  });
});

describe('explainSalary', () => {
  const r = computeSalary(
    { id: 'A1', name: '张三', post: '正职', education: '本科', serviceStart: '2015-06-01', certificate: { level: 'intermediate', obtained: '2020-01-01' }, assessments: { '2020': 'excellent', '2021': 'excellent', '2022': 'fail' } },
    { asOf: '2026-01-01' },
  );
  it('reads line by line in Chinese', () => {
    const text = explainSalary(r);
    expect(text).toContain('岗位：正职；等级：12 级（范围 7–18）');
    expect(text).toContain('+1  社区工作满 9 年（因不合格年度顺延 1 年）：加 1 级（2026-01-01 起） [S5]');
    expect(text).toContain('基本工资：基数 1000 × 12 级系数 2.10 × 比例 0.7 = 1470.00 [NOT FOUND]');
    expect(text).toContain('月合计：2300.00；年合计：27600.00');
    expect(text).toContain('salary.pay.base = "1000" [暂定]');
  });
  it('and in English', () => {
    const text = explainSalary(r, { lang: 'en' });
    expect(text).toContain('Post: principal; grade 12 (window 7–18)');
    expect(text).toContain('+1  assessed excellent 2020–2021: early step +1 (from 2022-01-01) [S5]');
    expect(text).toContain('Certificate allowance: certificate level intermediate = 200.00 [S4]');
    expect(text).toContain('Monthly total: 2300.00; annual total: 27600.00');
    expect(text).toContain('[provisional]');
  });
  it('explains a fast roster row with what it has', () => {
    const row = computeSalaries([{ post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' }], { asOf: '2026-01-01' }).rows[0]!;
    if (!row.ok) throw new Error('row failed');
    const text = explainSalary(row, { lang: 'en' });
    expect(text).toContain('Post: staff; grade 3');
    expect(text).toContain('Basic pay = 840.00');
    expect(text).not.toContain('Parameters:');
  });
  it('shows floor checks', () => {
    const n = computeSalary({ post: 'staff', education: 'bachelor', serviceStart: '2015-01-01' }, { asOf: '2020-01-01', profile: 'nanjing-2018', benchmark: '100000', floorGroup: 'outer' });
    expect(explainSalary(n)).toContain('下限核对（南京城市社区工作者报酬下限）：年收入 0.00，下限 70000.00（100000.00 × 0.7，outer），差额 70000.00');
  });
});

import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/render.js';
import { computeSalaries, computeSalary, projectGrade } from '../../src/salary/index.js';
import { hostProfile } from './support.js';

const roster = [
  { id: 1, name: '王一', post: '正职', education: '本科', serviceStart: '2015-06-01' }, // 7 + 1 + 3 (2019, 2022, 2025) = 11
  { id: 2, post: 'deputy', education: 'college_or_below', serviceStart: '2024-01-01' }, // 4
  {
    id: 3,
    post: 'staff',
    education: 'master',
    serviceStart: '2019-01-01',
    certificate: { level: 'assistant', obtained: '2020-01-01' },
  }, // 1 + 2 + 2 (2022, 2025) = 5
  { id: 4, post: 'staff', education: 'master', serviceStart: '2019-01-01' }, // 5
  { id: 5, post: 'boss' },
];

describe('computeSalaries', () => {
  it('computes each row, counts by outcome and sums the payroll exactly', () => {
    const r = computeSalaries(roster, { asOf: '2026-01-01', profile: hostProfile() });
    expect([r.kind, r.outcome, r.asOf, r.profile.id]).toEqual(['salaries', 'undetermined', '2026-01-01', 'huaian']);
    expect(
      r.rows.map((x) =>
        x.outcome === 'error' ? [x.index, x.error.code] : [x.index, x.id, x.post, x.grade, x.monthly],
      ),
    ).toEqual([
      [0, 1, 'principal', 11, '2000.00'],
      [1, 2, 'deputy', 4, '1300.00'],
      [2, 3, 'staff', 5, '1500.00'],
      [3, 4, 'staff', 5, '1400.00'],
      [4, 'unknown_enum_value'],
    ]);
    expect(r.counts).toMatchObject({ total: 5, computed: 4, error: 1 });
    expect(r.summary).toEqual({
      byPost: {
        principal: { count: 1, computed: 1, byGrade: { '11': 1 }, monthly: '2000.00', annual: '24000.00' },
        deputy: { count: 1, computed: 1, byGrade: { '4': 1 }, monthly: '1300.00', annual: '15600.00' },
        staff: { count: 2, computed: 2, byGrade: { '5': 2 }, monthly: '2900.00', annual: '34800.00' },
      },
      monthly: '6200.00',
      annual: '74400.00',
      complete: false,
    });
    // The batch says every distinct warning of its rows once.
    expect(r.warnings.length).toBe(new Set(r.warnings.map((w) => `${w.code}|${w.en}`)).size);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('huaian without a host table: grades, no pay, and the summary is not complete', () => {
    const r = computeSalaries(roster.slice(0, 4), { asOf: '2026-01-01' });
    expect(r.rows.map((x) => x.outcome)).toEqual(['undetermined', 'undetermined', 'undetermined', 'undetermined']);
    expect(r.summary.byPost.staff).toEqual({
      count: 2,
      computed: 0,
      byGrade: { '5': 2 },
      monthly: '0.00',
      annual: '0.00',
    });
    expect(r.summary.complete).toBe(false);
    expect(r.missing).toEqual([
      'parameter:salary.pay.base',
      'parameter:salary.pay.gradeCoefficients',
      'parameter:salary.pay.certificateAllowance',
    ]);
  });

  it('gives the same numbers as computeSalary, with or without explanations (one evaluation path)', () => {
    const profile = hostProfile();
    const fast = computeSalaries(roster.slice(0, 4), { asOf: '2026-01-01', profile }).rows;
    const explained = computeSalaries(roster.slice(0, 4), { asOf: '2026-01-01', profile, explain: true }).rows;
    roster.slice(0, 4).forEach((w, i) => {
      const one = computeSalary(w, { asOf: '2026-01-01', profile });
      for (const r of [fast[i]!, explained[i]!]) {
        if (r.outcome === 'error') throw new Error('row failed');
        expect([r.outcome, r.grade, r.lines, r.monthly, r.annual, r.floors, r.warnings, r.missing]).toEqual([
          one.outcome,
          one.grade,
          one.lines,
          one.monthly,
          one.annual,
          one.floors,
          one.warnings,
          one.missing,
        ]);
      }
      expect(fast[i]).not.toHaveProperty('explanation');
      const e = explained[i]!;
      if (e.outcome === 'error') throw new Error('row failed');
      expect(e.explanation).toEqual(one.explanation);
    });
  });

  it('accepts an empty roster', () => {
    const r = computeSalaries([], { asOf: '2026-01-01' });
    expect([r.outcome, r.counts.total, r.summary.monthly, r.summary.complete]).toEqual(['computed', 0, '0.00', true]);
  });
});

describe('projectGrade', () => {
  it('lists the dates the grade changes, with the envelope', () => {
    const p = projectGrade(
      { post: 'staff', education: 'college_or_below', serviceStart: '2020-03-15' },
      { from: '2020-03-15', to: '2030-12-31' },
    );
    expect([p.kind, p.outcome, p.asOf, p.initial]).toEqual(['grade_projection', 'computed', '2020-03-15', 1]);
    expect(p.changes.map((c) => [c.date, c.from, c.grade, c.steps.map((s) => s.rule)])).toEqual([
      ['2024-01-01', 1, 2, ['salary.grade.service']],
      ['2027-01-01', 2, 3, ['salary.grade.service']],
      ['2030-01-01', 3, 4, ['salary.grade.service']],
    ]);
    // The rules are a low-confidence template with unknown dates: the projection says so too.
    expect(p.warnings.some((w) => w.code === 'low_confidence')).toBe(true);
  });

  it('follows known assessments, the post history and the window cap', () => {
    const p = projectGrade(
      {
        post: 'principal',
        education: 'doctorate',
        serviceStart: '2000-01-01',
        assessments: { '2020': 'excellent', '2021': 'excellent', '2022': 'fail' },
      },
      { from: '2020-01-01', to: '2040-01-01' },
    );
    // 2020: 7 + 3 + 6 steps (2003 … 2018) = 16; 2021 service → 17; the early step on 2022 takes the 2024 step → 18.
    expect(p.initial).toBe(16);
    expect(p.changes.map((c) => [c.date, c.grade])).toEqual([
      ['2021-01-01', 17],
      ['2022-01-01', 18],
    ]);
    const h = projectGrade(
      {
        post: 'principal',
        education: 'bachelor',
        serviceStart: '2015-06-01',
        postHistory: [
          { post: 'staff', from: '2015-06-01' },
          { post: 'principal', from: '2021-01-01' },
        ],
      },
      { from: '2020-01-01', to: '2022-12-31' },
    );
    expect(h.changes.map((c) => [c.date, c.post, c.grade])).toEqual([
      ['2021-01-01', 'principal', 9],
      ['2022-01-01', 'principal', 10],
    ]);
  });

  it('starts at the start of service when the projection starts before it', () => {
    const p = projectGrade(
      { post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' },
      { from: '2020-01-01', to: '2020-12-31' },
    );
    expect([p.initial, p.changes.map((c) => [c.date, c.from, c.grade])]).toEqual([null, [['2020-03-15', null, 2]]]);
  });

  it('agrees with computeSalary on every date', () => {
    const w = {
      post: 'deputy',
      education: 'bachelor',
      serviceStart: '2012-02-29',
      assessments: { '2014': 'fail', '2016': 'excellent', '2017': 'excellent' },
    };
    const p = projectGrade(w, { from: '2012-02-29', to: '2035-06-30' });
    for (let y = 2012; y <= 2035; y++) {
      const date = `${y}-06-30`;
      const change = [...p.changes].reverse().find((c) => c.date <= date);
      expect(computeSalary(w, { asOf: date }).grade).toBe(change === undefined ? p.initial : change.grade);
    }
  });
});

describe('explain(): the one renderer', () => {
  const r = computeSalary(
    {
      id: 'A1',
      name: '张三',
      post: '正职',
      education: '本科',
      serviceStart: '2015-06-01',
      certificate: { level: 'intermediate', obtained: '2020-01-01' },
      assessments: { '2020': 'excellent', '2021': 'excellent', '2022': 'fail' },
    },
    { asOf: '2026-01-01', profile: hostProfile() },
  );
  it('reads line by line in Chinese', () => {
    const text = explain(r);
    expect(text.split('\n')[0]).toBe('正职，11 级，月 2200.00 元，年 26400.00 元');
    expect(text).toContain('  - 社区工作满 3 年：加 1 级（2019-01-01 起）（依据：');
    expect(text).toContain('  - 基本工资：基数 1000 × 11 级系数 2.00 × 比例 0.7 = 1400.00（依据：host pay document）');
    expect(text).toContain('  - 薪酬基数：1000（生效日期不详；host pay document；使用方覆盖值）');
  });
  it('and in English', () => {
    const text = explain(r, { lang: 'en' });
    expect(text.split('\n')[0]).toBe('Principal, grade 11, 2200.00 yuan a month, 26400.00 a year');
    expect(text).toContain(
      'assessed excellent 2020–2021: early step +1 (the service step due 1 January 2026 taken early, not added again then) (from 2022-01-01)',
    );
    expect(text).toContain('Certificate allowance: Social worker certificate 200.00');
  });
  it('renders a roster with its counts and its refused rows', () => {
    const text = explain(computeSalaries(roster, { asOf: '2026-01-01', profile: hostProfile() }));
    expect(text).toContain('共 5 项：已计算 4，输入有误 1');
    expect(text).toContain('第 5 项：「岗位」的取值「boss」无效，可选：正职、副职、其他社区工作者');
  });
  it('shows a floor check', () => {
    const n = computeSalary(
      { post: 'staff', education: 'bachelor', serviceStart: '2015-01-01' },
      {
        asOf: '2020-01-01',
        profile: 'nanjing-2018',
        benchmark: { kind: 'urban_non_private_average_wage', annual: '100000' },
        floorGroup: 'outer',
      },
    );
    expect(explain(n)).toContain(
      '南京城市社区工作者报酬下限：下限 70000.00（基准 100000.00 × 0.7，分组「outer」）；本配置没有工资项目，未与工资比较',
    );
  });
});

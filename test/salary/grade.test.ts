import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/profile.js';
import { computeGrade, huaianSalaryProfile } from '../../src/salary/index.js';

type W = Record<string, unknown>;
const staff = (serviceStart: string, extra: W = {}): W => ({ post: 'staff', education: 'college_or_below', serviceStart, ...extra });
const grade = (w: W, asOf: string, profile?: unknown) => computeGrade(w, { asOf, profile }).grade;

// Hand-checked against the rules in the issue: staff window 1–12, one step per 3 full years from the next 1 January.
describe('service clock: 3-year steps from the first 1 January on or after completion', () => {
  it.each([
    ['2020-03-15', '2023-03-14', 1, 'day before completion'],
    ['2020-03-15', '2023-03-15', 1, 'day of completion: the step waits for 1 January'],
    ['2020-03-15', '2023-12-31', 1, 'day before the step'],
    ['2020-03-15', '2024-01-01', 2, 'step on 2024-01-01'],
    ['2020-01-01', '2022-12-31', 1, 'day before a 1 January completion'],
    ['2020-01-01', '2023-01-01', 2, 'completion on 1 January takes effect that day'],
    ['2020-12-31', '2023-12-31', 1, 'completion on 31 December'],
    ['2020-12-31', '2024-01-01', 2, 'effective the next day'],
    ['2020-02-29', '2023-02-28', 1, '29 February start, common-year anniversary not reached'],
    ['2020-02-29', '2023-03-01', 1, '29 February start, completed but not yet effective'],
    ['2020-02-29', '2024-01-01', 2, '29 February start, first step'],
    ['2016-02-29', '2022-12-31', 2, '29 February start, one step so far'],
    ['2016-02-29', '2023-01-01', 3, '29 February start, second step'],
    ['2017-06-30', '2026-01-01', 3, 'steps 2021 and 2024; the third waits for 2027'],
  ])('start %s, asOf %s → %i (%s)', (start, asOf, expected) => {
    expect(grade(staff(start), asOf)).toBe(expected);
  });
});

describe('fail years stop the clock (each pushes the next step back one year)', () => {
  it.each<[string, Record<string, string>, string, number, string]>([
    ['2020-01-01', { '2021': 'fail' }, '2023-01-01', 1, 'step due 2023 pushed to 2024'],
    ['2020-01-01', { '2021': 'fail' }, '2024-01-01', 2, 'pushed step arrives'],
    ['2020-01-01', { '2020': '不合格', '2021': 'fail' }, '2024-12-31', 1, 'two fail years: two years later'],
    ['2020-01-01', { '2020': 'fail', '2021': 'fail' }, '2025-01-01', 2, 'two fail years: step on 2025-01-01'],
    ['2020-01-01', { '2019': 'fail' }, '2023-01-01', 2, 'a fail year before the start does not count'],
    ['2020-01-01', { '2023': 'fail' }, '2023-01-01', 2, 'a fail year after the completion does not delay that step'],
    ['2020-01-01', { '2023': 'fail' }, '2026-01-01', 2, '…but delays the next one'],
    ['2020-01-01', { '2023': 'fail' }, '2027-01-01', 3, 'next step one year late'],
    ['2020-03-15', { '2023': 'fail' }, '2024-01-01', 1, 'fail in the completion year (completed 2023-03-15) delays the 2024 step'],
    ['2020-03-15', { '2023': 'fail' }, '2025-01-01', 2, 'step on 2025-01-01'],
    ['2020-03-15', { '2024': 'fail' }, '2024-01-01', 2, 'a fail year after the step changes nothing retroactively'],
    ['2020-03-15', { '2021': 'basic_pass', '2022': 'pass' }, '2024-01-01', 2, 'basic_pass does not stop the clock'],
  ])('start %s %j asOf %s → %i (%s)', (start, assessments, asOf, expected) => {
    expect(grade(staff(start, { assessments }), asOf)).toBe(expected);
  });
});

describe('excellence runs: two consecutive excellent years → +1 from the next 1 January, at most twice', () => {
  // start 2015-01-01: service steps 2018, 2021, 2024.
  const s = (assessments: W) => staff('2015-01-01', { assessments });
  it.each<[Record<string, string>, string, number, string]>([
    [{ '2020': 'excellent', '2021': 'excellent' }, '2021-12-31', 3, 'pair not complete until 2022-01-01'],
    [{ '2020': 'excellent', '2021': '优秀' }, '2022-01-01', 4, 'pair 2020–2021 → 2022-01-01'],
    [{ '2019': 'excellent', '2021': 'excellent' }, '2023-01-01', 3, 'not consecutive'],
    [{ '2019': 'excellent', '2020': 'excellent', '2021': 'excellent' }, '2022-01-01', 4, 'three in a row make one pair'],
    [{ '2019': 'excellent', '2020': 'excellent', '2021': 'excellent', '2022': 'excellent' }, '2023-01-01', 5, 'four in a row make two pairs'],
    [
      { '2015': 'excellent', '2016': 'excellent', '2017': 'excellent', '2018': 'excellent', '2019': 'excellent', '2020': 'excellent' },
      '2026-01-01',
      1 + 3 + 2,
      'cap: at most 2 early steps',
    ],
    [{ '2014': 'excellent', '2015': 'excellent' }, '2016-01-01', 1, 'a year before the start does not count'],
  ])('%j asOf %s → %i (%s)', (assessments, asOf, expected) => {
    expect(grade(s(assessments), asOf)).toBe(expected);
  });

  it('dates the steps of a capped run', () => {
    const a: Record<string, string> = {};
    for (let y = 2015; y <= 2022; y++) a[String(y)] = 'excellent';
    const steps = computeGrade(s(a), { asOf: '2026-01-01' }).steps.filter((x) => x.rule === 'salary.grade.excellence');
    expect(steps.map((x) => x.effectiveFrom)).toEqual(['2017-01-01', '2019-01-01']);
  });
});

describe('education, windows, clamps and post changes', () => {
  it.each([
    ['college_or_below', 7],
    ['bachelor', 8],
    ['master', 9],
    ['doctorate', 10],
    ['博士', 10],
  ])('principal with %s starts at %i', (education, expected) => {
    expect(grade({ post: 'principal', education, serviceStart: '2025-05-01' }, '2025-05-01')).toBe(expected);
  });

  it('the same worker in another post moves inside the new window', () => {
    const w = { education: 'bachelor', serviceStart: '2015-06-01' }; // steps 2019, 2022, 2025
    expect(grade({ ...w, post: 'staff' }, '2025-01-01')).toBe(1 + 1 + 3);
    expect(grade({ ...w, post: 'deputy' }, '2025-01-01')).toBe(4 + 1 + 3);
    expect(grade({ ...w, post: '正职' }, '2025-01-01')).toBe(7 + 1 + 3);
  });

  it('clamps at the top of the window and records the clamp step', () => {
    const r = computeGrade({ post: 'principal', education: 'doctorate', serviceStart: '1990-01-01' }, { asOf: '2026-01-01' });
    // 7 + 3 + 12 steps (1993 … 2026) = 22 → 18
    expect(r.grade).toBe(18);
    expect(r.window).toEqual({ min: 7, max: 18 });
    const clamp = r.steps.at(-1)!;
    expect(clamp.rule).toBe('salary.grade.clamp');
    expect(clamp.delta).toBe(-4);
    expect(r.steps.reduce((a, s) => a + s.delta, 0)).toBe(18);
    expect(grade({ post: 'staff', education: 'doctorate', serviceStart: '1990-01-01' }, '2026-01-01')).toBe(12);
  });

  it('clamps at the bottom when a profile gives negative steps', () => {
    const p = withOverrides(huaianSalaryProfile, { 'salary.grade.educationSteps': { set: { college_or_below: -2, bachelor: 0, master: 0, doctorate: 0 } } });
    expect(grade(staff('2025-01-01'), '2025-01-01', p)).toBe(1);
  });
});

describe('certificate as grade steps (profiles in grade-steps mode)', () => {
  const gradeSteps = withOverrides(huaianSalaryProfile, { 'salary.grade.certificateMode': 'grade-steps' });
  const w = staff('2025-01-01', { certificate: { level: 'intermediate', obtained: '2025-06-01' } });
  it('counts from the day obtained, highest level only', () => {
    expect(grade(w, '2025-05-31', gradeSteps)).toBe(1);
    expect(grade(w, '2025-06-01', gradeSteps)).toBe(3);
    expect(grade({ ...w, certificate: { level: '高级社会工作师', obtained: '2025-06-01' } }, '2025-06-01', gradeSteps)).toBe(4);
  });
  it('gives no grade step in the huaian (allowance) profile', () => {
    expect(grade(w, '2025-06-01')).toBe(1);
  });
});

describe('steps carry rule, date and source', () => {
  it('lists each contribution', () => {
    const r = computeGrade(
      { post: 'deputy', education: 'master', serviceStart: '2018-03-15', assessments: { '2019': 'excellent', '2020': 'excellent', '2022': 'fail' } },
      { asOf: '2026-01-01' },
    );
    // 4 + 2 + service (2022-01-01; the 2025 step pushed to 2026 by the 2022 fail) + excellence 2021-01-01 = 4 + 2 + 2 + 1
    expect(r.grade).toBe(9);
    expect(r.steps.map((s) => [s.rule, s.delta, s.effectiveFrom, s.source.key])).toEqual([
      ['salary.grade.start', 4, '2018-03-15', 'S1, S4, S11'],
      ['salary.grade.education', 2, '2018-03-15', 'S4'],
      ['salary.grade.service', 1, '2022-01-01', 'S1, S5'],
      ['salary.grade.service', 1, '2026-01-01', 'S5'],
      ['salary.grade.excellence', 1, '2021-01-01', 'S5'],
    ]);
    expect(r.explanation.intermediates).toMatchObject({ grade: '9', failYears: '2022', excellentYears: '2019,2020' });
  });
});

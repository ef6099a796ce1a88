import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/profile.js';
import { computeGrade, salaryProfiles } from '../../src/salary/index.js';

type W = Record<string, unknown>;
const huaian = () => salaryProfiles.get('huaian');
const staff = (serviceStart: string, extra: W = {}): W => ({
  post: 'staff',
  education: 'college_or_below',
  serviceStart,
  ...extra,
});
const grade = (w: W, asOf: string, profile?: unknown) => computeGrade(w, { asOf, profile }).grade;

// Hand-checked against the rules: staff window 1–12, one step per 3 full years from the next 1 January.
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
    [
      '2020-03-15',
      { '2023': 'fail' },
      '2024-01-01',
      1,
      'fail in the completion year (completed 2023-03-15) delays the 2024 step',
    ],
    ['2020-03-15', { '2023': 'fail' }, '2025-01-01', 2, 'step on 2025-01-01'],
    ['2020-03-15', { '2024': 'fail' }, '2024-01-01', 2, 'a fail year after the step changes nothing retroactively'],
    ['2020-03-15', { '2021': 'basic_pass', '2022': 'pass' }, '2024-01-01', 2, 'basic_pass counts by default'],
  ])('start %s %j asOf %s → %i (%s)', (start, assessments, asOf, expected) => {
    expect(grade(staff(start, { assessments }), asOf)).toBe(expected);
  });

  it('with basicPassCountsAsService false, a basic-pass year delays like a fail year', () => {
    const strict = withOverrides(huaian(), { 'salary.grade.basicPassCountsAsService': false });
    const w = staff('2020-03-15', { assessments: { '2021': 'basic_pass', '2022': 'pass' } });
    expect(grade(w, '2024-01-01', strict)).toBe(1);
    expect(grade(w, '2025-01-01', strict)).toBe(2);
    // The default reading is said on the result, as provisional.
    const r = computeGrade(w, { asOf: '2024-01-01' });
    expect(r.warnings.filter((x) => x.code === 'provisional_parameter').map((x) => x.zh)).toContain(
      '参数「基本合格年度是否计入晋级年限」为暂定取值，未找到官方文件（基本合格按计入晋级年限处理（原文未提及基本合格））；请以正式文件取值覆盖',
    );
  });
});

describe('early promotion: two consecutive excellent years, at most twice', () => {
  // start 2015-01-01: service steps 2018, 2021, 2024, 2027.
  const s = (assessments: W) => staff('2015-01-01', { assessments });
  it.each<[Record<string, string>, string, number, string]>([
    [{ '2020': 'excellent', '2021': 'excellent' }, '2021-12-31', 3, 'run not complete until 2022-01-01'],
    [{ '2020': 'excellent', '2021': '优秀' }, '2022-01-01', 4, 'run 2020–2021 → the 2024 step taken on 2022-01-01'],
    [{ '2020': 'excellent', '2021': 'excellent' }, '2024-01-01', 4, '…and not added again on 2024-01-01'],
    [{ '2020': 'excellent', '2021': 'excellent' }, '2027-01-01', 5, 'the schedule goes on unchanged'],
    [{ '2019': 'excellent', '2021': 'excellent' }, '2023-01-01', 3, 'not consecutive'],
    [{ '2019': 'excellent', '2020': 'excellent', '2021': 'excellent' }, '2022-01-01', 4, 'three in a row make one run'],
    [
      { '2019': 'excellent', '2020': 'excellent', '2021': 'excellent', '2022': 'excellent' },
      '2023-01-01',
      5,
      'four in a row make two runs (2024 and 2027 taken early)',
    ],
    [
      { '2019': 'excellent', '2020': 'excellent', '2021': 'excellent', '2022': 'excellent' },
      '2027-01-01',
      5,
      'both taken steps not added again',
    ],
    [
      {
        '2015': 'excellent',
        '2016': 'excellent',
        '2017': 'excellent',
        '2018': 'excellent',
        '2019': 'excellent',
        '2020': 'excellent',
      },
      '2026-01-01',
      4,
      'cap 2: early steps 2017 (takes 2018) and 2019 (takes 2021); 1 + 2024 + 2 early',
    ],
    [{ '2014': 'excellent', '2015': 'excellent' }, '2016-01-01', 1, 'a year before the start does not count'],
  ])('%j asOf %s → %i (%s)', (assessments, asOf, expected) => {
    expect(grade(s(assessments), asOf)).toBe(expected);
  });

  it('in extra mode an early step is a grade more, permanently', () => {
    const extra = withOverrides(huaian(), { 'salary.grade.earlyPromotion.mode': 'extra' });
    const a: Record<string, string> = {};
    for (let y = 2015; y <= 2020; y++) a[String(y)] = 'excellent';
    expect(grade(s(a), '2026-01-01', extra)).toBe(1 + 3 + 2);
    expect(grade(s({ '2020': 'excellent', '2021': 'excellent' }), '2024-01-01', extra)).toBe(5);
  });

  it('dates the early steps of a capped run and says which step each took', () => {
    const a: Record<string, string> = {};
    for (let y = 2015; y <= 2022; y++) a[String(y)] = 'excellent';
    const steps = computeGrade(s(a), { asOf: '2026-01-01' }).steps.filter(
      (x) => x.rule === 'salary.grade.earlyPromotion',
    );
    expect(steps.map((x) => x.effectiveFrom)).toEqual(['2017-01-01', '2019-01-01']);
    expect(steps[0]!.text.zh).toBe(
      '2015–2016 年度考核连续优秀：提前晋升 1 级（原定 2018 年 1 月 1 日的年限晋级提前取得，届时不再重复）',
    );
  });
});

describe('education, windows, clamps', () => {
  it.each([
    ['college_or_below', 7],
    ['bachelor', 8],
    ['master', 9],
    ['doctorate', 10],
    ['博士', 10],
  ])('principal with %s starts at %i', (education, expected) => {
    expect(grade({ post: 'principal', education, serviceStart: '2025-05-01' }, '2025-05-01')).toBe(expected);
  });

  it('a degree counts from the day it was obtained (issue 13 item 6)', () => {
    const w = { post: 'principal', education: 'bachelor', serviceStart: '2020-01-01', educationObtained: '2022-07-01' };
    expect(grade(w, '2022-06-30')).toBe(7);
    expect(grade(w, '2022-07-01')).toBe(8);
    const step = computeGrade(w, { asOf: '2022-07-01' }).steps.find((x) => x.rule === 'salary.grade.education')!;
    expect([step.effectiveFrom, step.text.zh]).toEqual(['2022-07-01', '学历本科：加 1 级']);
    // Obtained before the start of service: counts from the start; not given: taken as held then, and said so.
    expect(grade({ ...w, educationObtained: '2012-07-01' }, '2020-01-01')).toBe(8);
    const { educationObtained: _d, ...undated } = w;
    expect(computeGrade(undated, { asOf: '2020-01-01' }).steps[1]!.text.zh).toBe(
      '学历本科：加 1 级（未填取得学历日期，按参加社区工作时已取得计）',
    );
  });

  it('clamps at the top of the window and records the clamp step', () => {
    const r = computeGrade(
      { post: 'principal', education: 'doctorate', serviceStart: '1990-01-01' },
      { asOf: '2026-01-01' },
    );
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
    const p = withOverrides(huaian(), {
      'salary.grade.educationSteps': { set: { college_or_below: -2, bachelor: 0, master: 0, doctorate: 0 } },
    });
    expect(grade(staff('2025-01-01'), '2025-01-01', p)).toBe(1);
  });
});

describe('post history: the post on the date, and shift or carry (issue 13 item 6)', () => {
  // staff from 2015-06-01, principal from 2021-01-01; bachelor; service steps 2019, 2022, 2025.
  const w = {
    post: 'principal',
    education: 'bachelor',
    serviceStart: '2015-06-01',
    postHistory: [
      { post: 'staff', from: '2015-06-01' },
      { post: '正职', from: '2021-01-01' },
    ],
  };
  const carry = () => withOverrides(huaian(), { 'salary.grade.postChange': 'carry' });

  it('the post held on the date sets the window', () => {
    const r = computeGrade(w, { asOf: '2020-06-30' });
    expect([r.post, r.grade, r.window]).toEqual(['staff', 3, { min: 1, max: 12 }]);
  });

  it('shift (default): graded again in the new window, 7 + 1 + 3 = 11', () => {
    const r = computeGrade(w, { asOf: '2025-01-01' });
    expect([r.post, r.grade]).toEqual(['principal', 11]);
    expect(r.steps.find((s) => s.rule === 'salary.grade.postChange')).toMatchObject({
      delta: 0,
      effectiveFrom: '2021-01-01',
    });
  });

  it('carry: the grade held the day before is kept, brought into the new window (3 → 7), then 2022 and 2025', () => {
    const r = computeGrade(w, { asOf: '2025-01-01', profile: carry() });
    expect(r.grade).toBe(9);
    expect(r.steps.map((s) => [s.rule, s.delta, s.effectiveFrom])).toEqual([
      ['salary.grade.start', 1, '2015-06-01'],
      ['salary.grade.education', 1, '2015-06-01'],
      ['salary.grade.service', 1, '2019-01-01'],
      ['salary.grade.postChange', 4, '2021-01-01'],
      ['salary.grade.service', 1, '2022-01-01'],
      ['salary.grade.service', 1, '2025-01-01'],
    ]);
    expect(r.steps.reduce((a, s) => a + s.delta, 0)).toBe(9);
  });

  it('carry keeps a grade that is inside the new window (deputy 8 → principal 8)', () => {
    const d = {
      post: 'principal',
      education: 'bachelor',
      serviceStart: '2010-01-01',
      postHistory: [
        { post: 'deputy', from: '2010-01-01' },
        { post: 'principal', from: '2020-01-01' },
      ],
    };
    // deputy: 4 + 1 + 2013, 2016, 2019 = 8 on 2019-12-31; principal: 8, then 2022 and 2025.
    expect(grade(d, '2025-01-01', carry())).toBe(10);
    expect(grade(d, '2025-01-01')).toBe(7 + 1 + 5);
  });
});

describe('certificate as grade steps (profiles in grade-steps mode)', () => {
  const gradeSteps = () => withOverrides(huaian(), { 'salary.grade.certificateMode': 'grade-steps' });
  const w = staff('2025-01-01', { certificate: { level: 'intermediate', obtained: '2025-06-01' } });
  it('counts from the day obtained, highest level only', () => {
    expect(grade(w, '2025-05-31', gradeSteps())).toBe(1);
    expect(grade(w, '2025-06-01', gradeSteps())).toBe(3);
    expect(
      grade({ ...w, certificate: { level: '高级社会工作师', obtained: '2025-06-01' } }, '2025-06-01', gradeSteps()),
    ).toBe(4);
  });
  it('without the date it is undetermined, naming what is missing', () => {
    const r = computeGrade({ ...w, certificate: { level: 'senior' } }, { asOf: '2026-01-01', profile: gradeSteps() });
    expect([r.outcome, r.grade, r.missing]).toEqual(['undetermined', null, ['certificate.obtained']]);
  });
  it('gives no grade step in the huaian (allowance) profile', () => {
    expect(grade(w, '2025-06-01')).toBe(1);
  });
});

describe('the envelope: outcome, warnings, missing', () => {
  it('every huaian grade says its rules are a template of low confidence with unknown dates (issue 13 item 1)', () => {
    const r = computeGrade(staff('2020-01-01'), { asOf: '2026-01-01' });
    expect(r.kind).toBe('grade');
    expect(r.outcome).toBe('computed');
    expect(r.profile).toEqual({ id: 'huaian', version: '2026.2.0' });
    expect(r.warnings.find((w) => w.code === 'low_confidence')!.zh).toBe(
      '参数「各岗位等级范围」的来源可信度低（社区工作者“三岗十八级”解读页面原文（未注明地区，原文核对））：通用模板或未注明地方的资料，并非淮安市的正式文件',
    );
    expect(r.warnings.find((w) => w.code === 'date_unknown')!.zh).toBe(
      '参数「各岗位等级范围」的生效日期不详：按各日期均适用处理，早于实际生效日的计算可能不准确',
    );
    expect(salaryProfiles.get('huaian').description!.zh).toContain('通用模板，非淮安文件');
  });

  it('is not applicable before the start of service', () => {
    const r = computeGrade(staff('2020-01-01'), { asOf: '2019-12-31' });
    expect([r.outcome, r.grade, r.window, r.missing]).toEqual(['not_applicable', null, null, []]);
  });

  it('a profile without grade rules gives an undetermined grade naming the missing rules', () => {
    const r = computeGrade(staff('2020-01-01'), { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toContain('parameter:salary.grade.windows');
    expect(r.explanation?.missing[0]?.reason?.zh).toBe('配置中没有参数「salary.grade.windows」');
  });
});

describe('steps carry rule, date and source', () => {
  it('lists each contribution', () => {
    const r = computeGrade(
      {
        post: 'deputy',
        education: 'master',
        serviceStart: '2018-03-15',
        assessments: { '2019': 'excellent', '2020': 'excellent', '2022': 'fail' },
      },
      { asOf: '2026-01-01' },
    );
    // 4 + 2 + service 2026 (the 2025 step pushed back by the 2022 fail) + early step 2021 (which took the 2022 step) = 8
    expect(r.grade).toBe(8);
    expect(r.steps.map((s) => [s.rule, s.delta, s.effectiveFrom, s.source?.key])).toEqual([
      ['salary.grade.start', 4, '2018-03-15', 'P-S1'],
      ['salary.grade.education', 2, '2018-03-15', 'S4'],
      ['salary.grade.service', 1, '2026-01-01', 'P-S5'],
      ['salary.grade.earlyPromotion', 1, '2021-01-01', 'P-S5'],
    ]);
    expect(r.steps[2]!.text.zh).toBe('社区工作满 6 年（因考核年度顺延 1 年）：加 1 级');
    expect(r.explanation?.intermediates).toEqual([{ name: 'grade', label: { zh: '等级', en: 'Grade' }, value: '8' }]);
  });
});

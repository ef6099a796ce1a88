import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/render.js';
import { isPolicyError, type PolicyError } from '../../src/core/errors.js';
import { withOverrides } from '../../src/core/profile.js';
import {
  computeGrade,
  computeSalaries,
  computeSalary,
  parseWorker,
  projectGrade,
  safeParseWorker,
  salaryProfiles,
} from '../../src/salary/index.js';
import { hostProfile } from './support.js';

const ok = { post: 'staff', education: 'bachelor', serviceStart: '2020-03-15' };

function policyError(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (e) {
    if (isPolicyError(e)) return e;
    throw new Error(`not a PolicyError: ${String(e)}`);
  }
  throw new Error('did not throw');
}

describe('parseWorker', () => {
  it('normalises Chinese names and keeps the id as given', () => {
    expect(
      parseWorker({
        id: 42,
        name: '李四',
        post: '其他社区工作者',
        education: '硕士',
        educationObtained: '2019-07-01',
        serviceStart: '2020-03-15',
        certificate: { level: '社会工作师', obtained: '2021-05-01' },
        assessments: { '2021': '优秀', '2022': '基本合格', '2023': '不合格', '2024': 'pass' },
        community: 'extra spreadsheet column',
      }),
    ).toEqual({
      id: 42,
      name: '李四',
      post: 'staff',
      education: 'master',
      educationObtained: '2019-07-01',
      serviceStart: '2020-03-15',
      certificate: { level: 'intermediate', obtained: '2021-05-01' },
      assessments: { '2021': 'excellent', '2022': 'basic_pass', '2023': 'fail', '2024': 'pass' },
    });
    expect(parseWorker({ ...ok, id: 'A-007', certificate: null, assessments: null, name: null })).toEqual({
      ...ok,
      id: 'A-007',
    });
    expect(parseWorker({ ...ok, post: '正职' }).post).toBe('principal');
    expect(parseWorker({ ...ok, post: '副职' }).post).toBe('deputy');
    expect(parseWorker({ ...ok, post: '其他工作人员' }).post).toBe('staff');
    // A certificate's date may be absent (the rules that need it say it is missing).
    expect(parseWorker({ ...ok, certificate: { level: 'senior' } }).certificate).toEqual({ level: 'senior' });
  });

  it.each([
    [null, 'invalid_type', []],
    ['a string', 'invalid_type', []],
    [{}, 'required', ['post']],
    [{ ...ok, post: 'chief' }, 'unknown_enum_value', ['post']],
    [{ ...ok, post: 'toString' }, 'unknown_enum_value', ['post']],
    [{ ...ok, education: 'phd' }, 'unknown_enum_value', ['education']],
    [{ ...ok, serviceStart: '2023-02-29' }, 'invalid_date', ['serviceStart']],
    [{ ...ok, serviceStart: '2023/01/01' }, 'invalid_date', ['serviceStart']],
    [{ ...ok, serviceStart: 20230101 }, 'invalid_type', ['serviceStart']],
    [{ ...ok, educationObtained: '2019-13-01' }, 'invalid_date', ['educationObtained']],
    [
      { ...ok, certificate: { level: 'expert', obtained: '2021-01-01' } },
      'unknown_enum_value',
      ['certificate', 'level'],
    ],
    [{ ...ok, certificate: { level: 'senior', when: '2021-01-01' } }, 'unrecognized_keys', ['certificate']],
    [{ ...ok, certificate: 'senior' }, 'invalid_type', ['certificate']],
    [{ ...ok, assessments: { '2021': 'great' } }, 'unknown_enum_value', ['assessments', '2021']],
    [{ ...ok, assessments: { '21': 'pass' } }, 'invalid_year', ['assessments', '21']],
    [{ ...ok, assessments: ['pass'] }, 'invalid_type', ['assessments']],
    [{ ...ok, id: true }, 'invalid_id', ['id']],
    [{ ...ok, id: Number.NaN }, 'invalid_id', ['id']],
    [{ ...ok, name: 5 }, 'invalid_type', ['name']],
    [{ ...ok, postHistory: [{ post: 'deputy', from: '2020-03-15' }] }, 'inconsistent', ['postHistory', 0, 'post']],
    [
      {
        ...ok,
        postHistory: [
          { post: 'deputy', from: '2021-01-01' },
          { post: 'staff', from: '2021-01-01' },
        ],
      },
      'inconsistent',
      ['postHistory', 1, 'from'],
    ],
  ])('%j → %s at %j', (input, code, path) => {
    const e = policyError(() => parseWorker(input));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en.length).toBeGreaterThan(0);
    expect(safeParseWorker(input).success).toBe(false);
  });

  it('lists every problem, under a caller-given path, naming fields by their labels', () => {
    const e = policyError(() => parseWorker({ post: 'x', education: 'y' }, ['roster', 3]));
    expect(e.issues.map((i) => [i.path, i.zh])).toEqual([
      [['roster', 3, 'post'], '「岗位」的取值「x」无效，可选：正职、副职、其他社区工作者'],
      [['roster', 3, 'education'], '「最高学历」的取值「y」无效，可选：大专及以下、本科、硕士、博士'],
      [['roster', 3, 'serviceStart'], '缺少必填字段「参加社区工作时间」'],
    ]);
  });
});

describe('every bad option or profile of the compute functions is a PolicyError', () => {
  const huaian = salaryProfiles.get('huaian');
  const badComponent = withOverrides(huaian, {
    'salary.components': { set: [{ id: 'x', label: { zh: '某', en: 'x' }, kind: 'magic' }] },
  });
  const badField = withOverrides(huaian, {
    'salary.components': { set: [{ id: 'x', label: { zh: '某', en: 'x' }, kind: 'postAmount' }] },
  });
  const duplicate = withOverrides(huaian, {
    'salary.components': {
      set: [
        {
          id: 'x',
          label: { zh: '某', en: 'x' },
          kind: 'certificateAllowance',
          amounts: 'salary.pay.certificateAllowance',
        },
        {
          id: 'x',
          label: { zh: '某', en: 'x' },
          kind: 'certificateAllowance',
          amounts: 'salary.pay.certificateAllowance',
        },
      ],
    },
  });
  const badTable = withOverrides(huaian, {
    'salary.pay.base': '1000',
    'salary.pay.gradeCoefficients': { set: { '1': 'one', x: '1' } },
  });
  it.each<[string, () => unknown, string, unknown[]]>([
    ['options not an object', () => computeGrade(ok, null as never), 'invalid_options', []],
    [
      'an unknown option, with a suggestion',
      () => computeGrade(ok, { asof: '2026-01-01' } as never),
      'unknown_option',
      ['asof'],
    ],
    [
      'an option of computeSalary that computeGrade does not take',
      () => computeGrade(ok, { asOf: '2026-01-01', benchmark: '1' } as never),
      'unknown_option',
      ['benchmark'],
    ],
    ['asOf missing', () => computeGrade(ok, {} as never), 'required', ['asOf']],
    ['asOf not a date', () => computeSalary(ok, { asOf: '2026-13-01' }), 'invalid_date', ['asOf']],
    [
      'unknown profile id',
      () => computeGrade(ok, { asOf: '2026-01-01', profile: 'shanghai' }),
      'unknown_profile',
      ['profile'],
    ],
    [
      'profile of the wrong type',
      () => computeSalary(ok, { asOf: '2026-01-01', profile: 7 }),
      'invalid_profile_option',
      ['profile'],
    ],
    [
      'profile JSON that is not a profile',
      () => computeSalary(ok, { asOf: '2026-01-01', profile: { id: 'x' } }),
      'required',
      ['profile', 'version'],
    ],
    [
      'a profile of another domain',
      () => computeSalary(ok, { asOf: '2026-01-01', profile: { ...salaryProfiles.get('huaian'), domain: 'coverage' } }),
      'wrong_profile_domain',
      ['profile'],
    ],
    [
      'floor group not a string',
      () => computeSalary(ok, { asOf: '2026-01-01', floorGroup: 1 as never }),
      'invalid_type',
      ['floorGroup'],
    ],
    [
      'a component of an unknown kind',
      () => computeSalary(ok, { asOf: '2026-01-01', profile: badComponent }),
      'unknown_mechanism',
      ['parameters', 'salary.components', 'value', 0, 'kind'],
    ],
    [
      'a component missing a field',
      () => computeSalary(ok, { asOf: '2026-01-01', profile: badField }),
      'required',
      ['parameters', 'salary.components', 'value', 0, 'amounts'],
    ],
    [
      'duplicate component ids',
      () =>
        computeSalary(
          { ...ok, certificate: { level: 'senior', obtained: '2021-01-01' } },
          { asOf: '2026-01-01', profile: duplicate },
        ),
      'duplicate_component',
      ['parameters', 'salary.components', 'value', 1, 'id'],
    ],
    [
      'a coefficient table with bad entries',
      () => computeSalary(ok, { asOf: '2026-01-01', profile: badTable }),
      'invalid_amount',
      ['parameters', 'salary.pay.gradeCoefficients', 'value', '1'],
    ],
    ['workers not an array', () => computeSalaries({ 0: ok }, { asOf: '2026-01-01' }), 'invalid_type', ['workers']],
    [
      'explain not a boolean',
      () => computeSalaries([ok], { asOf: '2026-01-01', explain: 'yes' as never }),
      'invalid_type',
      ['explain'],
    ],
    [
      'a bad profile refuses a whole batch',
      () => computeSalaries([ok], { asOf: '2026-01-01', profile: badComponent }),
      'unknown_mechanism',
      ['parameters', 'salary.components', 'value', 0, 'kind'],
    ],
    [
      'projection ends before it starts',
      () => projectGrade(ok, { from: '2026-01-01', to: '2025-01-01' }),
      'projection_order',
      ['to'],
    ],
    [
      'projection over 100 years',
      () => projectGrade(ok, { from: '2021-01-01', to: '2121-01-01' }),
      'projection_span',
      ['to'],
    ],
    ['explaining something else', () => explain(42), 'not_a_result', ['result']],
    [
      'explaining in another language',
      () => explain(computeSalary(ok, { asOf: '2026-01-01' }), { lang: 'fr' as never }),
      'unknown_enum_value',
      ['lang'],
    ],
  ])('%s', (_name, fn, code, path) => {
    const e = policyError(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('an unknown option is refused with "did you mean"', () => {
    expect(policyError(() => computeSalary(ok, { asOf: '2026-01-01', floorgroup: 'inner' } as never)).zh).toBe(
      '未知的选项「floorgroup」，是否应为「floorGroup」？',
    );
    expect(policyError(() => computeSalary(ok, { asOf: '2026-01-01', profile: 'huain' })).en).toContain(
      'did you mean "huaian"',
    );
  });
});

describe('a roster never stops on a bad row', () => {
  it('gives error rows with the row index in the path; the counts reconcile', () => {
    const { rows, counts } = computeSalaries(
      [ok, { ...ok, post: 'boss' }, { ...ok, serviceStart: '2030-01-01' }, 'junk', { ...ok, id: 'last' }],
      { asOf: '2026-01-01' },
    );
    expect(rows.map((r) => r.outcome)).toEqual(['undetermined', 'error', 'not_applicable', 'error', 'undetermined']);
    const errors = rows
      .map((r) => (r.outcome === 'error' ? [r.error.code, r.error.path] : null))
      .filter((x) => x !== null);
    expect(errors).toEqual([
      ['unknown_enum_value', [1, 'post']],
      ['invalid_type', [3]],
    ]);
    expect(counts).toMatchObject({ total: 5, undetermined: 2, not_applicable: 1, error: 2 });
    expect(counts.total).toBe(
      counts.computed + counts.undetermined + counts.not_applicable + counts.error + counts.pass + counts.fail,
    );
  });
});

describe('fuzz findings', () => {
  const principal = { post: 'principal', education: 'bachelor', serviceStart: '2015-06-01' };
  const withBase = (base: string) =>
    hostProfile({ 'salary.pay.base': { set: base, source: { title: 'host pay document' } } });

  it('money above 9×10^13 yuan stays exact (a base of 10^20 gave total "1.3e+.22")', () => {
    const r = computeSalary(principal, { asOf: '2026-01-01', profile: withBase(`1${'0'.repeat(20)}`) });
    expect(r.lines.map((l) => l.monthly)).toEqual(['140000000000000000000.00', '60000000000000000000.00']);
    expect(r.monthly).toBe('200000000000000000000.00');
    expect(r.annual).toBe('2400000000000000000000.00');
  });

  it('a roster payroll is the exact sum of its rows however large (computeSalaries threw a RangeError)', () => {
    const profile = withBase('999999999999999999999999.99');
    const rows = [principal, { ...principal, post: 'staff' }, principal];
    const r = computeSalaries(rows, { asOf: '2026-01-01', profile });
    const one = computeSalary(principal, { asOf: '2026-01-01', profile }).monthly;
    expect(one).toBe('1999999999999999999999999.98');
    expect(r.summary.byPost.principal.monthly).toBe('3999999999999999999999999.96');
    const fen = (y: string) => BigInt(y.replace('.', ''));
    const sum = r.rows.reduce((n, row) => n + (row.outcome === 'computed' ? fen(row.monthly!) : 0n), 0n);
    expect(fen(r.summary.monthly)).toBe(sum);
    expect(r.summary.monthly).toBe('5399999999999999999999999.95');
  });

  it('a negative amount in a profile is refused, not paid (salary.pay.base "-1000" gave negative pay)', () => {
    const e = policyError(() => computeSalary(ok, { asOf: '2026-01-01', profile: withBase('-1000') }));
    expect(e.code).toBe('out_of_range');
    expect(e.path).toEqual(['parameters', 'salary.pay.base', 'value']);
    const table = policyError(() =>
      computeSalary(ok, {
        asOf: '2026-01-01',
        profile: withOverrides(hostProfile(), { 'salary.pay.gradeCoefficients': { merge: { '3': '-1.2' } } }),
      }),
    );
    expect([table.code, table.path.slice(0, 2)]).toEqual([
      'invalid_amount',
      ['parameters', 'salary.pay.gradeCoefficients'],
    ]);
  });

  it('a benchmark of 22 digits is exact (the floor check printed "1e+.24"), and echoed as yuan', () => {
    const benchmark = { kind: 'urban_non_private_average_wage', annual: '9999999999999999999999' } as const;
    const r = computeSalary(principal, { asOf: '2026-01-01', profile: 'nanjing-2018', benchmark, floorGroup: 'inner' });
    expect(r.floors[0]!.benchmark).toEqual({
      kind: 'urban_non_private_average_wage',
      annual: '9999999999999999999999.00',
    });
    expect(r.floors[0]!.floor).toEqual({ annual: '9999999999999999999999.00' });
  });

  it('grade-step dates before year 1000 are written YYYY-MM-DD ("504-01-01")', () => {
    const g = computeGrade(
      { post: 'staff', education: 'bachelor', serviceStart: '0500-03-15' },
      { asOf: '0510-01-01' },
    );
    expect(g.steps.map((s) => s.effectiveFrom)).toEqual([
      '0500-03-15',
      '0500-03-15',
      '0504-01-01',
      '0507-01-01',
      '0510-01-01',
    ]);
  });

  // 0.1.0's explainSalary is explain(), the one renderer: it checks the result it renders and masks IDs.
  it('explain checks the result and the options, and shows no resident ID (explainSalary did)', () => {
    const r = computeSalary(ok, { asOf: '2026-01-01' });
    expect(policyError(() => explain(r, null as never)).code).toBe('invalid_options');
    expect(policyError(() => explain({ ...r, profile: { id: Infinity, version: '1' } } as never)).path).toEqual([
      'result',
      'profile',
      'id',
    ]);
    expect(policyError(() => explain({ ...r, warnings: [{ zh: 1 }] } as never)).path).toEqual([
      'result',
      'warnings',
      0,
      'zh',
    ]);
    expect(
      explain({
        ...r,
        name: '张三 11010519491231002X',
        explanation: { ...r.explanation!, summary: { zh: '张三 11010519491231002X', en: 'x' } },
      }),
    ).not.toContain('11010519491231002X');
  });

  it('a worker nested or cyclic beyond reason is a PolicyError in every parser', () => {
    const cyclic: Record<string, unknown> = { ...ok };
    cyclic.self = cyclic;
    expect(safeParseWorker(cyclic, false as never).success).toBe(false);
    expect(policyError(() => parseWorker(ok, 5 as never)).code).toBe('invalid_type');
  });
});

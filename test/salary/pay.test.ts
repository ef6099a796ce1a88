import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseProfile, profileToJson, withOverrides, type Profile } from '../../src/core/profile.js';
import type { RecordOutput } from '../../src/core/record.js';
import { benchmarkRecord } from '../../src/salary/benchmark.js';
import { computeSalary, salaryProfiles, type Benchmark } from '../../src/salary/index.js';
import { refusal } from '../support/refusal.js';

const principal = { post: 'principal', education: 'college_or_below', serviceStart: '2025-01-01' }; // grade 7
const COEFFICIENTS = Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(i + 1), (1 + i / 10).toFixed(2)]));
const DOC = { title: 'host pay document' };

/** A host's table over huaian: the three amounts huaian does not have. */
function host(extra: Record<string, unknown> = {}): Profile {
  return withOverrides(salaryProfiles.get('huaian'), {
    'salary.pay.base': { set: '1000', source: DOC },
    'salary.pay.gradeCoefficients': { set: COEFFICIENTS, source: DOC },
    'salary.pay.certificateAllowance': { set: { assistant: '100', intermediate: '200', senior: '300' }, source: DOC },
    ...extra,
  } as never);
}

describe('huaian: the amounts were never found, so pay is undetermined (issue 13 item 1)', () => {
  it('computes the grade and says which amounts are missing; no placeholder figure', () => {
    const r = computeSalary(principal, { asOf: '2025-06-30' });
    expect(r.kind).toBe('salary');
    expect(r.outcome).toBe('undetermined');
    expect(r.grade).toBe(7);
    expect([r.lines, r.monthly, r.annual]).toEqual([[], null, null]);
    expect(r.missing).toEqual(['parameter:salary.pay.base', 'parameter:salary.pay.gradeCoefficients']);
    expect(r.explanation?.missing.map((m) => m.reason?.zh)).toEqual([
      '参数「薪酬基数」未找到官方取值，需由使用方提供',
      '参数「等级系数」未找到官方取值，需由使用方提供',
    ]);
  });

  it('the certificate allowance is missing only for a worker who holds a certificate', () => {
    const r = computeSalary(
      { ...principal, certificate: { level: 'senior', obtained: '2025-01-01' } },
      { asOf: '2025-06-30' },
    );
    expect(r.missing).toEqual([
      'parameter:salary.pay.base',
      'parameter:salary.pay.gradeCoefficients',
      'parameter:salary.pay.certificateAllowance',
    ]);
  });
});

describe('a host table over huaian: base × coefficient split 70/30, plus the certificate allowance', () => {
  it('gives lines with monthly and annual amounts, and exact totals', () => {
    const r = computeSalary(
      { ...principal, certificate: { level: 'senior', obtained: '2025-01-01' } },
      { asOf: '2025-06-30', profile: host() },
    );
    expect(r.outcome).toBe('computed');
    // 1000 × 1.60 × 0.7 = 1120, × 0.3 = 480, senior allowance 300
    expect(r.lines.map((l) => [l.component, l.mechanism, l.monthly, l.annual])).toEqual([
      ['basic', 'gradeCoefficient', '1120.00', '13440.00'],
      ['performance', 'gradeCoefficient', '480.00', '5760.00'],
      ['certificate', 'certificateAllowance', '300.00', '3600.00'],
    ]);
    expect([r.monthly, r.annual]).toEqual(['1900.00', '22800.00']);
    // The host's values carry no warning; the template's still do.
    expect(r.explanation?.parameters.find((p) => p.id === 'salary.pay.base')).toMatchObject({
      override: true,
      provisional: false,
      warnings: [],
    });
    expect(r.warnings.some((w) => w.code === 'low_confidence' && w.zh.includes('薪酬构成'))).toBe(true);
    expect(r.warnings.some((w) => w.zh.includes('薪酬基数'))).toBe(false);
  });

  it('pays no certificate allowance before the certificate is obtained; without the date it is undetermined', () => {
    const w = { ...principal, certificate: { level: 'assistant', obtained: '2025-07-01' } };
    expect(computeSalary(w, { asOf: '2025-06-30', profile: host() }).lines.map((l) => l.component)).toEqual([
      'basic',
      'performance',
    ]);
    expect(computeSalary(w, { asOf: '2025-07-01', profile: host() }).lines.at(-1)).toMatchObject({
      component: 'certificate',
      monthly: '100.00',
    });
    const undated = computeSalary(
      { ...principal, certificate: { level: 'assistant' } },
      { asOf: '2025-07-01', profile: host() },
    );
    expect([undated.outcome, undated.missing, undated.monthly]).toEqual([
      'undetermined',
      ['certificate.obtained'],
      null,
    ]);
  });

  it('a grade the coefficient table has no value for is undetermined, naming the table', () => {
    const r = computeSalary(principal, {
      asOf: '2025-06-30',
      profile: host({ 'salary.pay.gradeCoefficients': { set: { '1': '1' } } }),
    });
    expect([r.outcome, r.missing]).toEqual(['undetermined', ['parameter:salary.pay.gradeCoefficients']]);
    expect(r.explanation?.missing[0]?.label.zh).toBe('等级系数（7 级）');
  });

  it('rounds each line half-up to 0.01 and the total is the sum of the rounded lines', () => {
    const r = computeSalary(
      { post: 'staff', education: 'college_or_below', serviceStart: '2025-01-01' },
      { asOf: '2025-01-01', profile: host({ 'salary.pay.base': '1234.565' }) },
    );
    // 1234.565 × 0.7 = 864.1955 → 864.20; × 0.3 = 370.3695 → 370.37
    expect(r.lines.map((l) => l.monthly)).toEqual(['864.20', '370.37']);
    expect([r.monthly, r.annual]).toEqual(['1234.57', '14814.84']);
  });

  it('uses the rounding mode a component declares', () => {
    const components = (
      salaryProfiles.get('huaian').parameters['salary.components']!.values[0]!.value as Record<string, unknown>[]
    ).map((c) => (c.id === 'basic' ? { ...c, rounding: 'down' } : c));
    const r = computeSalary(
      { post: 'staff', education: 'college_or_below', serviceStart: '2025-01-01' },
      {
        asOf: '2025-01-01',
        profile: host({ 'salary.pay.base': '1234.565', 'salary.components': { set: components } }),
      },
    );
    expect(r.lines[0]!.monthly).toBe('864.19');
  });

  it('has no float noise', () => {
    const r = computeSalary(
      { post: 'staff', education: 'college_or_below', serviceStart: '2025-01-01' },
      {
        asOf: '2025-01-01',
        profile: host({
          'salary.pay.base': '0.1',
          'salary.pay.gradeCoefficients': { set: { '1': '3' } },
          'salary.pay.basicShare': '1',
        }),
      },
    );
    expect(r.lines[0]!.monthly).toBe('0.30'); // 0.1 × 3 in floats is 0.30000000000000004
  });
});

describe('a value not yet in force', () => {
  it('is undetermined naming the parameter and why, never a refusal of the call or a zero', () => {
    // The host's amounts apply from 2026-01-01; before that the base was never found.
    const dated = withOverrides(salaryProfiles.get('huaian'), {
      'salary.pay.base': { set: '1000', from: '2026-01-01', source: DOC },
      'salary.pay.gradeCoefficients': { set: COEFFICIENTS, source: DOC },
    } as never);
    const before = computeSalary(principal, { asOf: '2025-12-31', profile: dated });
    expect([before.outcome, before.missing, before.monthly]).toEqual([
      'undetermined',
      ['parameter:salary.pay.base'],
      null,
    ]);
    expect(computeSalary(principal, { asOf: '2026-01-01', profile: dated })).toMatchObject({
      outcome: 'computed',
      monthly: '1600.00',
    });
    // A grade rule that begins later: the grade is undetermined before it, with the reason in the explanation.
    const json = profileToJson(host()) as {
      parameters: Record<string, { values: { effectiveFrom: string | null }[] }>;
    };
    json.parameters['salary.grade.windows']!.values[0]!.effectiveFrom = '2026-01-01';
    const g = computeSalary(principal, { asOf: '2025-06-30', profile: json });
    expect([g.outcome, g.grade, g.missing]).toEqual(['undetermined', null, ['parameter:salary.grade.windows']]);
    expect(g.explanation?.missing[0]?.reason?.en).toMatch(/2026-01-01/);
  });
});

describe('beijing-or-quanjiao (post amounts, attribution uncertain)', () => {
  const w = { post: 'staff', education: 'bachelor', serviceStart: '2020-01-01' };
  it('sums the cited amounts; tenure +50 per year on the service clock', () => {
    const r = computeSalary(
      { ...w, certificate: { level: 'intermediate', obtained: '2021-01-01' } },
      { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' },
    );
    expect([r.grade, r.window]).toEqual([null, null]);
    // 6 full years (levels from 2021 … 2026): 740 + 6 × 50 = 1040
    expect(r.lines.map((l) => [l.component, l.monthly, l.annual])).toEqual([
      ['basic', '590.00', '7080.00'],
      ['tenure', '1040.00', '12480.00'],
      ['postAllowance', '950.00', '11400.00'],
      ['certificate', '80.00', '960.00'],
      ['bonus', null, '3600.00'],
    ]);
    expect([r.monthly, r.annual]).toEqual(['2660.00', '35520.00']); // 2660 × 12 + 3600
    // Low confidence (S8, T34), date unknown, and the readings (years of service for years in the post; basic pass) said.
    expect(new Set(r.warnings.map((x) => x.code))).toEqual(
      new Set(['low_confidence', 'date_unknown', 'provisional_parameter']),
    );
    expect(r.explanation?.parameters.every((p) => p.source.key !== undefined)).toBe(true);
  });
  it('a fail year delays the tenure increase', () => {
    const r = computeSalary(
      { ...w, assessments: { '2022': 'fail' } },
      { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' },
    );
    expect(r.lines[1]!.monthly).toBe('990.00');
  });
  it('without a failDelayYears parameter, fail years do not affect seniority', () => {
    const p = salaryProfiles.get('beijing-or-quanjiao');
    const components = (p.parameters['salary.components']!.values[0]!.value as Record<string, unknown>[]).map((c) => {
      const { failDelayYears: _dropped, ...rest } = c;
      return rest;
    });
    const r = computeSalary(
      { ...w, assessments: { '2022': 'fail' } },
      { asOf: '2026-01-01', profile: withOverrides(p, { 'salary.components': { set: components as never } }) },
    );
    expect(r.lines[1]!.monthly).toBe('1040.00');
  });
  it('a level with no amount in the sources is undetermined, not silently left out', () => {
    const r = computeSalary(
      { ...w, certificate: { level: 'senior', obtained: '2021-01-01' } },
      { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' },
    );
    expect([r.outcome, r.missing, r.monthly]).toEqual([
      'undetermined',
      ['parameter:salary.pay.certificateAllowance'],
      null,
    ]);
    expect(r.explanation?.missing[0]?.label.zh).toBe('持证补贴（高级社会工作师）');
  });
});

describe('nanjing-2018 floors (issue 13 item 10)', () => {
  const staff = { post: 'staff', education: 'bachelor', serviceStart: '2015-01-01' };
  const benchmark = { kind: 'urban_non_private_average_wage', annual: '100000' } as const;
  it('the documented Benchmark type is what the benchmark record gives', () => {
    // Both ways (the record's output is not readonly): a required field on one side only, or a field of another type, fails the type check.
    expectTypeOf<Benchmark>().toExtend<RecordOutput<typeof benchmarkRecord>>();
    expectTypeOf<RecordOutput<typeof benchmarkRecord>>().toExtend<Benchmark>();
    expect(benchmarkRecord.parse({ kind: '上年度城镇非私营单位从业人员平均工资', annual: 100000 })).toEqual({
      kind: 'urban_non_private_average_wage',
      annual: '100000',
    });
  });

  it('without a benchmark the result says the benchmark is missing; never a shortfall of the whole floor', () => {
    const r = computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018', floorGroup: 'inner' });
    expect([r.outcome, r.missing]).toEqual(['undetermined', ['benchmark']]);
    expect(r.floors).toEqual([
      expect.objectContaining({
        status: 'undetermined',
        group: 'inner',
        ratio: '0.8',
        benchmark: null,
        floor: null,
        shortfall: null,
      }),
    ]);
    expect(r.explanation?.missing[0]?.label.zh).toBe('基准工资：上年度城镇非私营单位从业人员平均工资');
    // Two groups and none chosen: the group is missing too.
    expect(computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018' }).missing).toEqual([
      'benchmark',
      'floorGroup',
    ]);
  });
  it('with a benchmark it gives the floor, not compared (the profile has no pay lines)', () => {
    const inner = computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018', benchmark, floorGroup: 'inner' });
    expect(inner.outcome).toBe('computed');
    expect([inner.monthly, inner.annual]).toEqual([null, null]);
    // The benchmark is echoed as money: yuan with two decimals, like every amount of the result.
    expect(inner.floors).toEqual([
      {
        component: 'nanjingFloor',
        label: expect.anything(),
        status: 'not_compared',
        group: 'inner',
        ratio: '0.8',
        benchmark: { ...benchmark, annual: '100000.00' },
        floor: { annual: '80000.00' },
        shortfall: null,
      },
    ]);
    const outer = computeSalary(
      { ...staff, post: '正职' },
      {
        asOf: '2019-01-01',
        profile: 'nanjing-2018',
        benchmark: { ...benchmark, annual: '98000.5' },
        floorGroup: 'outer',
      },
    );
    expect(outer.floors[0]).toMatchObject({ ratio: '1', floor: { annual: '98000.50' } });
  });
  it('its date of effect is unknown: applied at every date, and every result says so', () => {
    const r = computeSalary(
      { ...staff, serviceStart: '2005-01-01' },
      { asOf: '2010-01-01', profile: 'nanjing-2018', benchmark, floorGroup: 'outer' },
    );
    expect(r.floors[0]!.floor).toEqual({ annual: '70000.00' });
    expect(r.warnings.map((w) => w.code)).toEqual(['date_unknown', 'date_unknown', 'date_unknown']);
  });
  it('a benchmark of the Jiangsu 16条 kind (全口径城镇单位就业人员) is read, and is not the statistic Nanjing measures against', () => {
    const all = { kind: '上年度全口径城镇单位就业人员平均工资', annual: '98000' };
    expect(benchmarkRecord.parse(all)).toEqual({ kind: 'urban_all_units_average_wage', annual: '98000' });
    // Nanjing's floor needs the non-private statistic: another kind is not compared, and the result says which was given.
    const r = computeSalary(staff, {
      asOf: '2019-01-01',
      profile: 'nanjing-2018',
      benchmark: all as never,
      floorGroup: 'inner',
    });
    expect([r.outcome, r.missing, r.floors[0]!.status]).toEqual(['undetermined', ['benchmark'], 'undetermined']);
    expect(r.warnings.find((w) => w.code === 'benchmark_kind')?.zh).toContain('上年度全口径城镇单位就业人员平均工资');
  });
  it('refuses a group not in the profile and a benchmark of no known kind', () => {
    expect(
      refusal(() => computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018', floorGroup: 'north' })),
    ).toMatchObject({ code: 'unknown_floor_group', path: ['floorGroup'] });
    expect(
      refusal(() =>
        computeSalary(staff, {
          asOf: '2019-01-01',
          profile: 'nanjing-2018',
          benchmark: { kind: 'wage', annual: '1' } as never,
        }),
      ),
    ).toMatchObject({
      code: 'unknown_enum_value',
      path: ['benchmark', 'kind'],
    });
    expect(refusal(() => computeSalary(staff, { asOf: '2019-01-01', benchmark: '98000' as never }))).toMatchObject({
      code: 'invalid_type',
      path: ['benchmark'],
    });
  });
});

describe('a host-supplied JSON profile', () => {
  // A host's own file: huaian's rules with its own amounts, plus the Nanjing floor, written as self-contained JSON.
  const json = (() => {
    const j = profileToJson(host()) as {
      id: string;
      version: string;
      sources: Record<string, unknown>;
      parameters: Record<string, { values: { value: unknown }[] }>;
    };
    const nanjing = profileToJson(salaryProfiles.get('nanjing-2018')) as {
      sources: Record<string, unknown>;
      parameters: Record<string, { values: { value: unknown }[] }>;
    };
    j.id = 'host-city';
    j.version = '1';
    const own = j.parameters['salary.components']!.values[0]!.value as unknown[];
    j.parameters['salary.components']!.values[0]!.value = [
      ...own,
      ...(nanjing.parameters['salary.components']!.values[0]!.value as unknown[]),
    ];
    j.parameters['salary.floor.ratios'] = nanjing.parameters['salary.floor.ratios']!;
    j.parameters['salary.floor.benchmark'] = nanjing.parameters['salary.floor.benchmark']!;
    j.sources = { ...j.sources, ...nanjing.sources };
    (j.parameters['salary.pay.base']!.values[0] as { value: unknown }).value = '4000';
    return JSON.parse(JSON.stringify(j)) as unknown;
  })();

  it('validates and computes, with the floor checked against real pay', () => {
    const r = computeSalary(principal, {
      asOf: '2025-06-30',
      profile: json,
      benchmark: { kind: 'urban_non_private_average_wage', annual: '100000' },
      floorGroup: 'inner',
    });
    // 4000 × 1.60 = 6400 a month, 76800 a year, floor 100000 → shortfall 23200
    expect(r.profile).toEqual({ id: 'host-city', version: '1' });
    expect([r.monthly, r.annual]).toEqual(['6400.00', '76800.00']);
    expect(r.floors[0]).toMatchObject({
      status: 'shortfall',
      floor: { annual: '100000.00' },
      shortfall: { annual: '23200.00' },
    });
    expect(r.warnings.some((w) => w.code === 'floor_shortfall')).toBe(true);
    const met = computeSalary(principal, {
      asOf: '2025-06-30',
      profile: json,
      benchmark: { kind: 'urban_non_private_average_wage', annual: '70000' },
      floorGroup: 'inner',
    });
    expect(met.floors[0]).toMatchObject({ status: 'met', shortfall: { annual: '0.00' } });
    expect(parseProfile(json).id).toBe('host-city');
  });

  it('a host profile with an error is refused with the path of the problem', () => {
    const bad = JSON.parse(JSON.stringify(json)) as { parameters: Record<string, { values: { value: unknown }[] }> };
    bad.parameters['salary.grade.windows']!.values[0]!.value = {
      principal: { min: 9, max: 7 },
      deputy: { min: 4, max: 15 },
      staff: { min: 1, max: 12 },
    };
    expect(refusal(() => computeSalary(principal, { asOf: '2025-06-30', profile: bad }))).toMatchObject({
      code: 'window_order',
      path: ['parameters', 'salary.grade.windows', 'value', 'principal', 'min'],
    });
  });
});

describe('shipped profiles', () => {
  it.each(['huaian', 'nanjing-2018', 'beijing-or-quanjiao'])(
    '%s round-trips through JSON and every value cites a source key',
    (id) => {
      const p = salaryProfiles.get(id);
      expect(parseProfile(JSON.parse(JSON.stringify(profileToJson(p))))).toEqual(p);
      for (const param of Object.values(p.parameters))
        for (const v of param.values) expect(v.source.key ?? '').not.toBe('');
      expect(p.version).toBe('2026.2.0');
    },
  );
  it('huaian marks every amount not found and no date of effect as known; no stand-in dates anywhere', () => {
    const p = salaryProfiles.get('huaian');
    const notFound = Object.values(p.parameters).filter((x) => x.values.some((v) => v.notFound === true));
    expect(notFound.map((x) => x.id).sort()).toEqual([
      'salary.pay.base',
      'salary.pay.certificateAllowance',
      'salary.pay.gradeCoefficients',
    ]);
    for (const id of salaryProfiles.ids)
      for (const x of Object.values(salaryProfiles.get(id).parameters))
        for (const v of x.values) expect(v.effectiveFrom).toBeNull();
  });
  it('the Beijing figures are labelled with their uncertain attribution', () => {
    expect(salaryProfiles.get('beijing-or-quanjiao').label.en).toContain('attribution uncertain');
    expect(salaryProfiles.get('beijing-or-quanjiao').jurisdiction.name.zh).toContain('全椒县');
  });
});

import { describe, expect, it } from 'vitest';
import { parseProfile, withOverrides } from '../../src/core/profile.js';
import { computeSalary, getSalaryProfile, huaianSalaryProfile, nanjing2018SalaryProfile } from '../../src/salary/index.js';

const principal = { post: 'principal', education: 'college_or_below', serviceStart: '2025-01-01' }; // grade 7

describe('huaian (provisional placeholders)', () => {
  it('base × coefficient split 70/30, plus the certificate allowance', () => {
    const r = computeSalary({ ...principal, certificate: { level: 'senior', obtained: '2025-01-01' } }, { asOf: '2025-06-30' });
    expect(r.grade).toBe(7);
    // 1000 × 1.60 × 0.7 = 1120, × 0.3 = 480, senior allowance 300
    expect(r.lines.map((l) => [l.component, l.amount])).toEqual([
      ['basic', '1120.00'],
      ['performance', '480.00'],
      ['certificate', '300.00'],
    ]);
    expect(r.total).toBe('1900.00');
    expect(r.annualTotal).toBe('22800.00');
  });

  it('warns that the amounts are provisional', () => {
    const r = computeSalary(principal, { asOf: '2025-06-30' });
    expect(r.warnings.map((w) => w.code)).toEqual(['provisional_parameter', 'provisional_parameter']);
    expect(r.explanation.parameters.filter((p) => p.provisional).map((p) => p.id)).toEqual(['salary.pay.base', 'salary.pay.gradeCoefficients', 'salary.pay.certificateAllowance']);
  });

  it('pays no certificate allowance before the certificate is obtained', () => {
    const w = { ...principal, certificate: { level: 'assistant', obtained: '2025-07-01' } };
    expect(computeSalary(w, { asOf: '2025-06-30' }).lines.map((l) => l.component)).toEqual(['basic', 'performance']);
    expect(computeSalary(w, { asOf: '2025-07-01' }).lines.at(-1)).toMatchObject({ component: 'certificate', amount: '100.00' });
    expect(computeSalary(w, { asOf: '2025-06-30' }).explanation.intermediates.certificate).toBe('assistant (2025-07-01, after asOf: not counted)');
  });
});

describe('withOverrides and exact rounding', () => {
  it('an official value replaces a placeholder and its warning', () => {
    const official = withOverrides(huaianSalaryProfile, {
      'salary.pay.base': { set: '5000', source: { title: 'host document' } },
      'salary.pay.gradeCoefficients': { set: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [String(i + 1), i === 6 ? '1.48' : '1'])) },
    });
    const r = computeSalary(principal, { asOf: '2025-06-30', profile: official });
    // 5000 × 1.48 = 7400 → 5180 / 2220
    expect(r.lines.map((l) => l.amount)).toEqual(['5180.00', '2220.00']);
    expect(r.total).toBe('7400.00');
    expect(r.warnings).toEqual([]);
    expect(r.explanation.parameters.find((p) => p.id === 'salary.pay.base')).toMatchObject({ override: true, provisional: false });
    // The certificate allowance is still a placeholder: a worker who gets it is warned.
    const certified = computeSalary({ ...principal, certificate: { level: 'senior', obtained: '2020-01-01' } }, { asOf: '2025-06-30', profile: official });
    expect(certified.warnings.map((w) => w.en)).toEqual([expect.stringContaining('salary.pay.certificateAllowance')]);
  });

  it('merging one coefficient keeps the rest of the table provisional', () => {
    const p = withOverrides(huaianSalaryProfile, { 'salary.pay.gradeCoefficients': { merge: { '7': '1.48' } } });
    const r = computeSalary(principal, { asOf: '2025-06-30', profile: p });
    expect(r.lines[0]!.amount).toBe('1036.00');
    expect(r.warnings.map((w) => w.en)).toEqual([expect.stringContaining('salary.pay.base'), expect.stringContaining('salary.pay.gradeCoefficients')]);
  });

  it('rounds each line half-up to 0.01 and the total is the sum of rounded lines', () => {
    const p = withOverrides(huaianSalaryProfile, { 'salary.pay.base': '1234.565', 'salary.pay.gradeCoefficients': { merge: { '1': '1' } } });
    const r = computeSalary({ post: 'staff', education: 'college_or_below', serviceStart: '2025-01-01' }, { asOf: '2025-01-01', profile: p });
    // 1234.565 × 0.7 = 864.1955 → 864.20; × 0.3 = 370.3695 → 370.37
    expect(r.lines.map((l) => l.amount)).toEqual(['864.20', '370.37']);
    expect(r.total).toBe('1234.57');
  });

  it('uses the rounding mode a component declares', () => {
    const components = huaianSalaryProfile.parameters['salary.components']!.values[0]!.value as Record<string, unknown>[];
    const p = withOverrides(huaianSalaryProfile, {
      'salary.pay.base': '1234.565',
      'salary.components': { set: components.map((c) => (c.id === 'basic' ? { ...c, rounding: 'down' } : c)) as never },
    });
    const r = computeSalary({ post: 'staff', education: 'college_or_below', serviceStart: '2025-01-01' }, { asOf: '2025-01-01', profile: p });
    expect(r.lines[0]!.amount).toBe('864.19');
  });

  it('has no float noise', () => {
    const p = withOverrides(huaianSalaryProfile, { 'salary.pay.base': '0.1', 'salary.pay.gradeCoefficients': { merge: { '1': '3' } }, 'salary.pay.basicShare': '1' });
    const r = computeSalary({ post: 'staff', education: 'college_or_below', serviceStart: '2025-01-01' }, { asOf: '2025-01-01', profile: p });
    expect(r.lines[0]!.amount).toBe('0.30'); // 0.1 × 3 in floats is 0.30000000000000004
  });
});

describe('beijing-or-quanjiao (post amounts, attribution uncertain)', () => {
  const w = { post: 'staff', education: 'bachelor', serviceStart: '2020-01-01' };
  it('sums the cited amounts; tenure +50 per year on the service clock', () => {
    const r = computeSalary({ ...w, certificate: { level: 'intermediate', obtained: '2021-01-01' } }, { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' });
    expect(r.grade).toBeNull();
    expect(r.window).toBeNull();
    // 6 full years (levels from 2021 … 2026): 740 + 6 × 50 = 1040
    expect(r.lines.map((l) => [l.component, l.amount, l.period])).toEqual([
      ['basic', '590.00', 'month'],
      ['tenure', '1040.00', 'month'],
      ['postAllowance', '950.00', 'month'],
      ['certificate', '80.00', 'month'],
      ['bonus', '3600.00', 'year'],
    ]);
    expect(r.total).toBe('2660.00');
    expect(r.annualTotal).toBe('35520.00'); // 2660 × 12 + 3600
    expect(r.warnings.map((x) => x.code)).toEqual(['attribution_uncertain', 'tenure_approximated']);
    expect(r.explanation.parameters.every((p) => !p.provisional && p.source.key !== undefined)).toBe(true);
  });
  it('a fail year delays the tenure increase', () => {
    const r = computeSalary({ ...w, assessments: { '2022': 'fail' } }, { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' });
    expect(r.lines[1]!.amount).toBe('990.00');
  });
  it('without a failDelayYears parameter, fail years do not affect seniority', () => {
    const p = getSalaryProfile('beijing-or-quanjiao');
    const components = (p.parameters['salary.components']!.values[0]!.value as Record<string, unknown>[]).map((c) => {
      const { failDelayYears: _dropped, ...rest } = c;
      return rest;
    });
    const r = computeSalary({ ...w, assessments: { '2022': 'fail' } }, { asOf: '2026-01-01', profile: withOverrides(p, { 'salary.components': { set: components as never } }) });
    expect(r.lines[1]!.amount).toBe('1040.00');
  });
  it('says so when the profile has no amount for a level', () => {
    const r = computeSalary({ ...w, certificate: { level: 'senior', obtained: '2021-01-01' } }, { asOf: '2026-01-01', profile: 'beijing-or-quanjiao' });
    expect(r.lines.some((l) => l.component === 'certificate')).toBe(false);
    expect(r.warnings.map((x) => x.code)).toContain('no_certificate_amount');
  });
});

describe('nanjing-2018 floors (checks, not applied)', () => {
  const staff = { post: 'staff', education: 'bachelor', serviceStart: '2015-01-01' };
  it('reports the floor and the shortfall per district group', () => {
    const inner = computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018', benchmark: '100000', floorGroup: 'inner' });
    expect(inner.floors).toEqual([
      expect.objectContaining({ status: 'shortfall', group: 'inner', ratio: '0.8', benchmark: '100000.00', floor: '80000.00', annualPay: '0.00', shortfall: '80000.00' }),
    ]);
    const outer = computeSalary({ ...staff, post: '正职' }, { asOf: '2019-01-01', profile: 'nanjing-2018', benchmark: '98000.5', floorGroup: 'outer' });
    expect(outer.floors[0]).toMatchObject({ ratio: '1', floor: '98000.50' });
    expect(computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018', benchmark: '100000', floorGroup: 'outer' }).floors[0]!.floor).toBe('70000.00');
  });
  it('is not checked without a benchmark or a group', () => {
    const r = computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018' });
    expect(r.floors[0]!.status).toBe('not_checked');
    expect(r.warnings.map((w) => w.code)).toContain('floor_not_checked');
    expect(computeSalary(staff, { asOf: '2019-01-01', profile: 'nanjing-2018', benchmark: '1' }).floors[0]!.status).toBe('not_checked');
  });
  it('is not in force before the 2018 report', () => {
    expect(() => computeSalary(staff, { asOf: '2018-08-08', profile: 'nanjing-2018' })).toThrow(expect.objectContaining({ code: 'not_in_force' }));
  });
});

describe('a host-supplied JSON profile', () => {
  // A host's own file: huaian's grade rules and pay, with official-looking values, plus the Nanjing floor.
  const json = JSON.parse(
    JSON.stringify({
      ...huaianSalaryProfile,
      id: 'host-city',
      version: '1',
      parameters: {
        ...huaianSalaryProfile.parameters,
        'salary.components': {
          ...huaianSalaryProfile.parameters['salary.components'],
          values: [
            {
              effectiveFrom: '2024-01-01',
              value: [...(huaianSalaryProfile.parameters['salary.components']!.values[0]!.value as unknown[]), ...(nanjing2018SalaryProfile.parameters['salary.components']!.values[0]!.value as unknown[])],
              source: { title: 'host pay document' },
            },
          ],
        },
        'salary.floor.ratios': nanjing2018SalaryProfile.parameters['salary.floor.ratios'],
        'salary.pay.base': { ...huaianSalaryProfile.parameters['salary.pay.base'], values: [{ effectiveFrom: '2024-01-01', value: '4000', source: { title: 'host pay document' } }] },
      },
    }),
  ) as unknown;

  it('validates and computes, with floors checked against real pay', () => {
    const r = computeSalary(principal, { asOf: '2025-06-30', profile: json, benchmark: '100000', floorGroup: 'inner' });
    // 4000 × 1.60 = 6400 a month, 76800 a year, floor 100000 → shortfall 23200
    expect(r.profile).toEqual({ id: 'host-city', version: '1' });
    expect(r.total).toBe('6400.00');
    expect(r.floors[0]).toMatchObject({ status: 'shortfall', floor: '100000.00', annualPay: '76800.00', shortfall: '23200.00' });
    expect(parseProfile(json).id).toBe('host-city');
  });

  it('a host profile with an error is refused with the path of the problem', () => {
    const bad = JSON.parse(JSON.stringify(json)) as { parameters: Record<string, { values: { value: unknown }[] }> };
    bad.parameters['salary.grade.windows']!.values[0]!.value = { principal: { min: 9, max: 7 }, deputy: { min: 4, max: 15 }, staff: { min: 1, max: 12 } };
    expect(() => computeSalary(principal, { asOf: '2025-06-30', profile: bad })).toThrow(
      expect.objectContaining({ code: 'inconsistent', path: ['parameters', 'salary.grade.windows', 'value', 'principal'] }),
    );
  });
});

describe('shipped profiles', () => {
  it.each(['huaian', 'nanjing-2018', 'beijing-or-quanjiao'])('%s is a valid profile whose values all cite a source', (id) => {
    const p = getSalaryProfile(id);
    expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual(JSON.parse(JSON.stringify(p)));
    for (const param of Object.values(p.parameters)) for (const v of param.values) expect(v.source.key ?? '').not.toBe('');
  });
  it('huaian marks every money value provisional; the reference profiles none', () => {
    const money = Object.values(huaianSalaryProfile.parameters).filter((p) => p.unit.startsWith('yuan') || p.id === 'salary.pay.gradeCoefficients');
    expect(money.map((p) => p.id).sort()).toEqual(['salary.pay.base', 'salary.pay.certificateAllowance', 'salary.pay.gradeCoefficients']);
    for (const p of money) expect(p.values.every((v) => v.provisional === true)).toBe(true);
    for (const id of ['nanjing-2018', 'beijing-or-quanjiao']) {
      for (const p of Object.values(getSalaryProfile(id).parameters)) expect(p.values.some((v) => v.provisional)).toBe(false);
    }
  });
  it('the Beijing figures are labelled with their uncertain attribution', () => {
    expect(getSalaryProfile('beijing-or-quanjiao').label.en).toContain('attribution uncertain');
    expect(getSalaryProfile('beijing-or-quanjiao').jurisdiction.name.zh).toContain('全椒县');
  });
});

// Staffing against "每万城镇常住人口拥有18人" (U31): the requirement where a count is given and above it (the counts
// below summed), the rounding as a declared reading, workers counted against the same units as the residents.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { staffingRequirement, workforceProfiles, type StaffingUnit } from '../../src/workforce/index.js';
import { requiredWorkers } from '../../src/workforce/sections.js';
import { refusal } from './support.js';

const asOf = '2026-06-30';
const C1 = '320803001001';
const C2 = '320803001002';
const C3 = '320803001003';
const staff = (code: string, n: number, extra: object = {}) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${code}-${i}`,
    divisionCode: code,
    serviceStart: '2020-01-01',
    ...extra,
  }));
const unit = (units: readonly StaffingUnit[], code: string) => units.find((u) => u.code === code)!;

describe('the requirement and its rounding', () => {
  it('18 per 10,000: whole ten-thousands are exact; otherwise up (default), half-up or down as declared', () => {
    expect([10000, 5000, 20000].map((n) => requiredWorkers(n, 18, 'ceil'))).toEqual([18, 9, 36]);
    expect(['ceil', 'half-up', 'floor'].map((m) => requiredWorkers(10001, 18, m as never))).toEqual([19, 18, 18]);
    expect(['ceil', 'half-up', 'floor'].map((m) => requiredWorkers(5278, 18, m as never))).toEqual([10, 10, 9]); // 9.5004
    expect(['ceil', 'half-up', 'floor'].map((m) => requiredWorkers(5277, 18, m as never))).toEqual([10, 9, 9]); // 9.4986
    expect(requiredWorkers(0, 18, 'ceil')).toBe(0);
  });
  it('the declared rounding is read from the profile (and the result warns it is a reading)', () => {
    const r = staffingRequirement(
      { residents: [{ divisionCode: C1, urbanResidents: 10001 }], workers: staff(C1, 18) },
      { asOf },
    );
    expect(unit(r.units, C1)).toMatchObject({ required: 19, actual: 18, gap: 1, status: 'behind', density: '18.00' });
    expect(r.warnings.some((w) => w.code === 'provisional_parameter' && w.zh.includes('取整'))).toBe(true);
    const halfUp = withOverrides(workforceProfiles.get('huaian'), { 'workforce.staffing.rounding': 'half-up' });
    expect(
      unit(
        staffingRequirement(
          { residents: [{ divisionCode: C1, urbanResidents: 10001 }], workers: staff(C1, 18) },
          { asOf, profile: halfUp },
        ).units,
        C1,
      ),
    ).toMatchObject({ required: 18, status: 'met' });
  });
});

describe('over the tree', () => {
  const residents = [
    { divisionCode: C1, urbanResidents: 10000 },
    { divisionCode: C2, urbanResidents: 5000 },
  ];
  const workers = [...staff(C1, 18), ...staff(C2, 8), ...staff(C3, 2)];
  it('a unit without a count sums the counts below it, and counts the workers of those units only', () => {
    const r = staffingRequirement({ residents, workers }, { asOf });
    expect(r.units.map((u) => u.code)).toEqual(['320800', '320803', '320803001', C1, C2]);
    expect(unit(r.units, C1)).toMatchObject({ from: 'given', required: 18, actual: 18, gap: 0, status: 'met' });
    expect(unit(r.units, C2)).toMatchObject({ from: 'given', required: 9, actual: 8, gap: 1, status: 'behind' });
    // 15,000 residents require 27; the 2 workers of C3 (no count) are outside the figure, not counted.
    expect(unit(r.units, '320803001')).toMatchObject({
      from: 'sum',
      counted: 2,
      urbanResidents: 15000,
      required: 27,
      actual: 26,
      outside: 2,
      gap: 1,
    });
    expect(unit(r.units, '320800')).toMatchObject({ urbanResidents: 15000, required: 27, actual: 26 });
    expect(r.outcome).toBe('fail');
    expect(r.workers).toEqual({ total: 28, inService: 28, notInService: 0, error: 0, unplaced: 0 });
  });
  it('a unit with its own count uses it (the sum below is reported beside it) and counts its whole subtree', () => {
    const r = staffingRequirement(
      { residents: [...residents, { divisionCode: '320803001', urbanResidents: 16000 }], workers },
      { asOf },
    );
    expect(unit(r.units, '320803001')).toMatchObject({
      from: 'given',
      urbanResidents: 16000,
      belowSum: 15000,
      required: 29,
      actual: 28,
      outside: 0,
    });
  });
  it('rounding up at each unit: a township may meet its requirement while a community below it does not', () => {
    // 5,001 + 5,001 residents: 10 each (9.0018 up), 19 for the township (18.0036 up).
    const r = staffingRequirement(
      {
        residents: [
          { divisionCode: C1, urbanResidents: 5001 },
          { divisionCode: C2, urbanResidents: 5001 },
        ],
        workers: [...staff(C1, 11), ...staff(C2, 9)],
      },
      { asOf },
    );
    expect([unit(r.units, C1).status, unit(r.units, C2).status, unit(r.units, '320803001').status]).toEqual([
      'met',
      'behind',
      'met',
    ]);
    expect(r.outcome).toBe('fail');
  });
  it('only workers in service on the date count', () => {
    const r = staffingRequirement(
      {
        residents: [{ divisionCode: C1, urbanResidents: 10000 }],
        workers: [
          ...staff(C1, 17),
          ...staff(C1, 1, { employedUntil: '2026-06-29' }),
          ...staff(C1, 1, { serviceStart: '2026-07-01' }),
        ],
      },
      { asOf },
    );
    expect(unit(r.units, C1)).toMatchObject({ actual: 17, gap: 1 });
    expect(r.workers).toMatchObject({ total: 19, inService: 17, notInService: 2 });
    expect(
      staffingRequirement(
        { residents: [{ divisionCode: C1, urbanResidents: 10000 }], workers: staff(C1, 18) },
        { asOf },
      ).outcome,
    ).toBe('pass');
  });
});

describe('inputs', () => {
  it('bad rows of either input are error rows; the others are counted; the counts reconcile', () => {
    const r = staffingRequirement(
      {
        residents: [
          { divisionCode: C1, urbanResidents: 10000 },
          { divisionCode: C1, urbanResidents: 9000 },
          { divisionCode: '320899001', urbanResidents: 1 },
          { divisionCode: C2, urbanResidents: -1 },
        ],
        workers: [...staff(C1, 18), { divisionCode: '320803999999' }, { divisionCode: C1, serviceStart: '2026-13-01' }],
      },
      { asOf },
    );
    expect(r.errors.map((e) => [e.input, e.index, e.error.code])).toEqual([
      ['residents', 1, 'duplicate_residents'],
      ['residents', 2, 'unknown_unit'],
      ['residents', 3, 'out_of_range'],
      ['workers', 18, 'unknown_unit'],
      ['workers', 19, 'invalid_date'],
    ]);
    expect(r.residents).toEqual({ total: 4, counted: 1, error: 3 });
    expect(r.workers.total).toBe(r.workers.inService + r.workers.notInService + r.workers.error);
    expect(r.errors[0]!.error.zh).toBe(
      '淮城街道社区（320803001001）的城镇常住人口给了两次'.replace(
        '淮城街道社区',
        r.units.find((u) => u.code === C1)!.name,
      ),
    );
  });
  it('without any count: undetermined, the residents missing', () => {
    const r = staffingRequirement({ workers: staff(C1, 3) }, { asOf });
    expect([r.outcome, r.missing, r.units]).toEqual(['undetermined', ['residents'], []]);
  });
  it('refuses a non-object input, an unknown key and a non-list', () => {
    expect(refusal(() => staffingRequirement([], { asOf })).code).toBe('roster_input');
    expect(refusal(() => staffingRequirement({ worker: [] }, { asOf })).code).toBe('roster_input_key');
    expect(refusal(() => staffingRequirement({ residents: {} }, { asOf })).code).toBe('not_a_list');
    expect(refusal(() => staffingRequirement({}, { asOf, divisions: 3 } as never)).code).toBe('invalid_divisions');
  });
});

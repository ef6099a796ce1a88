// The five-year targets (U31): "取得社会工作者职业资格证书人数占比达到60%以上，大专以上学历人数占比达到90%以上", per
// unit, exact ("以上" includes the number), unknown workers listed and never counted as meeting a target, the target
// year a parameter not found.
import { describe, expect, it } from 'vitest';
import { withOverrides } from '../../src/core/index.js';
import { rosterTargets, workforceProfiles } from '../../src/workforce/index.js';

const asOf = '2026-06-30';
const C1 = '320803001001';
const C2 = '320804001001';
const cert = (obtained?: string) => ({ level: 'assistant', ...(obtained === undefined ? {} : { obtained }) });
const worker = (i: number, extra: object) => ({
  id: `w${i}`,
  divisionCode: i < 5 ? C1 : C2,
  serviceStart: '2020-01-01',
  education: 'bachelor',
  ...extra,
});
const withYear = (year: number) => withOverrides(workforceProfiles.get('huaian'), { 'workforce.targets.year': year });

describe('持证 ≥ 60%', () => {
  it('6 of 10 certified is exactly 60%: met; 5 of 10 is behind by one', () => {
    const six = Array.from({ length: 10 }, (_, i) => worker(i, i < 6 ? { certificate: cert('2024-01-01') } : {}));
    const r = rosterTargets(six, { asOf });
    expect(r.units[0]!.certified).toMatchObject({
      met: 6,
      not: 4,
      unknown: 0,
      total: 10,
      percent: '60.00%',
      status: 'met',
      need: 0,
      outcome: 'pass',
    });
    // The city meets it; the county of 淮阴区 (1 of 5) does not, and there the unknown target year is missing.
    expect([r.outcome, r.units.find((u) => u.code === '320804')!.certified.outcome, r.missing]).toEqual([
      'pass',
      'undetermined',
      ['parameter:workforce.targets.year'],
    ]);
    const five = Array.from({ length: 10 }, (_, i) => worker(i, i < 5 ? { certificate: cert('2024-01-01') } : {}));
    expect(rosterTargets(five, { asOf }).units[0]!.certified).toMatchObject({
      met: 5,
      status: 'behind',
      need: 1,
      outcome: 'undetermined',
    });
  });
  it('a certificate without its date is unknown, listed, never counted as met', () => {
    const roster = Array.from({ length: 10 }, (_, i) =>
      worker(i, i < 5 ? { certificate: cert('2024-01-01') } : i === 5 ? { certificate: cert() } : {}),
    );
    const r = rosterTargets(roster, { asOf });
    expect(r.units[0]!.certified).toMatchObject({ met: 5, unknown: 1, status: 'undetermined' });
    expect(r.gaps.filter((g) => g.target === 'certified' && g.class === 'unknown')).toEqual([
      {
        target: 'certified',
        index: 5,
        id: 'w5',
        divisionCode: C2,
        class: 'unknown',
        missing: ['certificate.obtained'],
      },
    ]);
    expect(r.gaps.filter((g) => g.target === 'certified' && g.class === 'no').map((g) => g.id)).toEqual([
      'w6',
      'w7',
      'w8',
      'w9',
    ]);
  });
  it('a certificate obtained after the date does not count yet', () => {
    const r = rosterTargets([worker(0, { certificate: cert('2026-07-01') })], { asOf });
    expect(r.units[0]!.certified).toMatchObject({ met: 0, not: 1 });
  });
});

describe('大专以上 ≥ 90%', () => {
  it('a bachelor or above, or a 大专; 高中 and 初中 do not; 大专及以下 without its level is unknown', () => {
    const roster = [
      worker(0, {}),
      worker(1, { education: '硕士' }),
      worker(2, { education: 'college_or_below', subBachelorEducation: '大专' }),
      worker(3, { education: 'college_or_below', subBachelorEducation: '高中' }),
      worker(4, { education: 'college_or_below' }),
      worker(5, { education: undefined }),
      worker(6, { education: 'bachelor', educationObtained: '2026-07-01' }),
      worker(7, { education: 'college_or_below', subBachelorEducation: 'college', educationObtained: '2026-07-01' }),
    ];
    const r = rosterTargets(roster, { asOf });
    expect(r.units[0]!.college).toMatchObject({ met: 3, not: 2, unknown: 3, total: 8 });
    expect(r.gaps.filter((g) => g.target === 'college').map((g) => [g.id, g.class, g.missing])).toEqual([
      ['w3', 'no', []],
      ['w4', 'unknown', ['subBachelorEducation']],
      ['w5', 'unknown', ['education']],
      ['w6', 'unknown', ['educationObtained']],
      ['w7', 'no', []],
    ]);
  });
  it('9 of 10 is exactly 90%: met', () => {
    const roster = Array.from({ length: 10 }, (_, i) =>
      worker(i, i === 0 ? { education: 'college_or_below', subBachelorEducation: 'secondary' } : {}),
    );
    expect(rosterTargets(roster, { asOf }).units[0]!.college).toMatchObject({
      met: 9,
      percent: '90.00%',
      status: 'met',
    });
  });
});

describe('per unit, and the target year', () => {
  const roster = Array.from({ length: 10 }, (_, i) => worker(i, i < 5 ? { certificate: cert('2024-01-01') } : {}));
  it('every unit with workers, rolled up (city, county, township, community)', () => {
    const r = rosterTargets(roster, { asOf });
    expect(r.units.map((u) => [u.code, u.workers, u.certified.met])).toEqual([
      ['320800', 10, 5],
      ['320803', 5, 5],
      ['320803001', 5, 5],
      [C1, 5, 5],
      ['320804', 5, 0],
      ['320804001', 5, 0],
      [C2, 5, 0],
    ]);
  });
  it('behind: undetermined while the year is unknown (not found: missing), not yet due before it, fail after it', () => {
    const unknown = rosterTargets(roster, { asOf });
    expect([unknown.outcome, unknown.year, unknown.missing]).toEqual([
      'undetermined',
      null,
      ['parameter:workforce.targets.year'],
    ]);
    const due2030 = rosterTargets(roster, { asOf, profile: withYear(2030) });
    // Not yet due: nothing fails (the college target is met), the standing still says behind by one.
    expect([
      due2030.outcome,
      due2030.units[0]!.certified.outcome,
      due2030.units[0]!.certified.status,
      due2030.missing,
    ]).toEqual(['pass', 'not_applicable', 'behind', []]);
    expect(rosterTargets(roster, { asOf: '2030-12-31', profile: withYear(2030) }).units[0]!.certified.outcome).toBe(
      'not_applicable',
    );
    expect(rosterTargets(roster, { asOf: '2031-01-01', profile: withYear(2030) }).outcome).toBe('fail');
  });
  it('met needs no year', () => {
    const all = roster.map((w) => ({ ...w, certificate: cert('2024-01-01') }));
    const r = rosterTargets(all, { asOf });
    expect([r.outcome, r.missing]).toEqual(['pass', []]);
  });
  it('workers not in service and refused rows are counted apart; no worker at all has nothing to meet', () => {
    const r = rosterTargets([...roster, worker(11, { employedUntil: '2026-01-01' }), { divisionCode: 'x' }], { asOf });
    expect(r.workers).toEqual({ total: 12, inService: 10, notInService: 1, error: 1, unplaced: 0 });
    expect(r.errors[0]).toMatchObject({ index: 11, input: 'workers' });
    expect(rosterTargets([], { asOf }).units[0]!.certified).toMatchObject({
      status: 'no_workers',
      outcome: 'not_applicable',
    });
  });
});

// Average pay against "上年度本地区全口径城镇单位就业人员平均工资" (U31): pay computed through /salary's public API, the
// benchmark a dated host parameter (淮安's figure not found), the average compared exactly, per county and city.
import { describe, expect, it } from 'vitest';
import { averagePayCheck, workforceProfiles } from '../../src/workforce/index.js';
import { PAY, withBenchmark } from './support.js';

const asOf = '2026-06-30';
// Annual pay on the PAY table: principal 66,000, deputy 60,000, staff 54,000.
const w = (id: string, divisionCode: string, post: string) => ({
  id,
  divisionCode,
  post,
  education: 'bachelor',
  serviceStart: '2020-01-01',
});
const roster = [w('a', '320803001001', 'principal'), w('b', '320803001002', 'staff'), w('c', '320804001001', 'deputy')];
const city = { kind: 'urban_all_units_average_wage', annual: '60000', year: 2025 };

describe('the benchmark', () => {
  it('not found for 淮安: undetermined until the host supplies it, with the average still computed', () => {
    const r = averagePayCheck(roster, { asOf, salaryProfile: PAY });
    expect([r.outcome, r.missing]).toEqual(['undetermined', ['parameter:workforce.pay.benchmark']]);
    expect(r.units[0]).toMatchObject({
      code: '320800',
      workers: 3,
      computed: 3,
      total: '180000.00',
      average: '60000.00',
      benchmark: null,
      status: 'undetermined',
    });
    expect(workforceProfiles.get('huaian').parameters['workforce.pay.benchmark']!.values[0]).toMatchObject({
      value: null,
      notFound: true,
      effectiveFrom: null,
    });
  });
  it('an average equal to the benchmark meets "不低于"; a fen below does not', () => {
    const met = averagePayCheck(roster, { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: city }) });
    expect([met.outcome, met.units[0]!.status, met.units[0]!.shortfall, met.units[0]!.threshold]).toEqual([
      'pass',
      'met',
      '0.00',
      '60000.00',
    ]);
    const short = averagePayCheck(roster, {
      asOf,
      salaryProfile: PAY,
      profile: withBenchmark({ 320800: { ...city, annual: '60000.01' } }),
    });
    expect([short.outcome, short.units[0]!.status, short.units[0]!.shortfall]).toEqual(['fail', 'behind', '0.01']);
  });
  it('per county: its own figure when given, else the city\u2019s (a reading, said in the rule)', () => {
    const r = averagePayCheck(roster, {
      asOf,
      salaryProfile: PAY,
      profile: withBenchmark({ 320800: city, 320803: { ...city, annual: '61000' } }),
    });
    expect(r.units.map((u) => [u.code, u.workers, u.average, u.benchmarkFrom, u.status])).toEqual([
      ['320800', 3, '60000.00', '320800', 'met'],
      ['320803', 2, '60000.00', '320803', 'behind'],
      ['320804', 1, '60000.00', '320800', 'met'],
    ]);
    expect(r.outcome).toBe('fail');
    expect(r.explanation!.rules.find((x) => x.text.zh.startsWith('淮阴区'))!.text.zh).toContain('按市的数额');
  });
  it('a bare amount is of the profile\u2019s kind; a figure of another year or kind is flagged', () => {
    expect(
      averagePayCheck(roster, { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: '60000' }) }).outcome,
    ).toBe('pass');
    const old = averagePayCheck(roster, {
      asOf,
      salaryProfile: PAY,
      profile: withBenchmark({ 320800: { ...city, year: 2024 } }),
    });
    expect(old.warnings.find((x) => x.code === 'benchmark_year')?.zh).toBe(
      '淮安市：比较基准是2024年度的平均工资，不是上年度（2025年度）的',
    );
    const other = averagePayCheck(roster, {
      asOf,
      salaryProfile: PAY,
      profile: withBenchmark({ 320800: { ...city, kind: 'urban_non_private_average_wage' } }),
    });
    expect([other.outcome, other.units[0]!.status, other.warnings.some((x) => x.code === 'benchmark_kind')]).toEqual([
      'undetermined',
      'undetermined',
      true,
    ]);
  });
  it('a county with no figure and no city figure is missing by name', () => {
    const r = averagePayCheck(roster, { asOf, salaryProfile: PAY, profile: withBenchmark({ 320803: city }) });
    expect(r.missing).toEqual(['benchmark.320800', 'benchmark.320804']);
  });
});

describe('the pay', () => {
  it('/salary\u2019s huaian profile never found its amounts: every pay is undetermined, and the result names them', () => {
    const r = averagePayCheck(roster, { asOf, profile: withBenchmark({ 320800: city }) });
    expect(r.outcome).toBe('undetermined');
    expect(r.missing).toEqual(['parameter:salary.pay.base', 'parameter:salary.pay.gradeCoefficients']);
    expect(r.units[0]).toMatchObject({ computed: 0, undetermined: 3, average: null, total: null });
  });
  it('which lines count is a parameter: the basic pay only gives 54,000 on average', () => {
    const profile = withBenchmark({ 320800: city }, { 'workforce.pay.lines': { set: { count: ['basic'] } } });
    const r = averagePayCheck(roster, { asOf, salaryProfile: PAY, profile });
    expect([r.units[0]!.average, r.units[0]!.status, r.units[0]!.shortfall]).toEqual(['54000.00', 'behind', '6000.00']);
  });
  it('a worker without a post, an education or a start: undetermined pay, named; not in service: not counted', () => {
    const r = averagePayCheck(
      [
        ...roster,
        { divisionCode: '320804001001', education: 'bachelor', serviceStart: '2020-01-01' },
        { ...w('d', '320804001001', 'staff'), employedUntil: '2026-01-01' },
      ],
      { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: city }) },
    );
    expect(r.units[0]).toMatchObject({
      workers: 4,
      computed: 3,
      undetermined: 1,
      average: null,
      status: 'undetermined',
    });
    expect(r.missing).toEqual(['post']);
    expect(r.workers).toMatchObject({ total: 5, inService: 4, notInService: 1 });
  });
  it('exact: the average is half-up to the fen, the comparison on the exact sum', () => {
    // 66,000 + 54,000 + 54,000 = 174,000 over 3 = 58,000; a threshold of 58,000 × 1 is met.
    const three = [
      w('a', '320803001001', 'principal'),
      w('b', '320803001002', 'staff'),
      w('c', '320803001002', 'staff'),
    ];
    expect(
      averagePayCheck(three, { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: '58000' }) }).units[0],
    ).toMatchObject({ average: '58000.00', status: 'met' });
    const two = [
      w('a', '320803001001', 'principal'),
      w('b', '320803001002', 'deputy'),
      w('c', '320803001002', 'deputy'),
    ];
    // 186,000 / 3 = 62,000 exactly; 62,000.004 cannot be reached: a figure of 62000.001 is not met (the fen is exact).
    expect(
      averagePayCheck(two, { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: '62000.001' }) }).units[0],
    ).toMatchObject({ average: '62000.00', status: 'behind', shortfall: '0.01' });
  });
});

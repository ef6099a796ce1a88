// The report: every worker's row (certification, exit), the roster checks, counts that reconcile, the builder for a
// roster read in chunks equal to the one-shot report, and the contract (profiles as data, envelope, options, messages,
// one renderer).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, profileToJson, withOverrides } from '../../src/core/index.js';
import { workforceMessages } from '../../src/workforce/messages.js';
import {
  averagePayCheck,
  certificationDeadline,
  createWorkforceReport,
  exitTriggers,
  rosterTargets,
  staffingRequirement,
  workforceProfiles,
  workforceReport,
  type WorkerRow,
} from '../../src/workforce/index.js';
import { PAY, refusal, withBenchmark } from './support.js';

const asOf = '2026-06-30';
const roster = [
  // Hired 2015: not bound by the 3-year rule; two 不合格 years: an exit case.
  {
    id: 'a',
    name: '甲',
    divisionCode: '320803001001',
    post: '正职',
    education: '本科',
    serviceStart: '2015-03-01',
    certificate: { level: '社会工作师', obtained: '2020-06-30' },
    assessments: { 2023: '合格', 2024: '不合格', 2025: '不合格' },
  },
  // Hired 2026-02 (a new hire): 大专, social work, eligible 2028-03-02 (not yet); no full year of service.
  {
    id: 'b',
    name: '乙',
    divisionCode: '320803001002',
    post: '其他工作人员',
    education: '大专及以下',
    subBachelorEducation: '大专',
    socialWorkDegree: true,
    serviceStart: '2026-02-01',
  },
  // Refused: a date that does not exist.
  { id: 'c', divisionCode: '320803001002', serviceStart: '2026-02-30' },
  // Left before the date.
  {
    id: 'd',
    divisionCode: '320804001001',
    post: 'staff',
    education: 'bachelor',
    serviceStart: '2020-01-01',
    employedUntil: '2026-01-31',
    assessments: { 2021: '合格', 2022: '合格', 2023: '合格', 2024: '合格', 2025: '合格' },
  },
  // No division code: counted for the city only.
  {
    id: 'e',
    post: 'deputy',
    education: 'master',
    serviceStart: '2019-01-01',
    assessments: { 2019: '合格', 2020: '合格', 2021: '合格', 2022: '合格', 2023: '合格', 2024: '合格', 2025: '合格' },
  },
];
const residents = [{ divisionCode: '320803001', urbanResidents: 1000 }];

describe('workforceReport', () => {
  const r = workforceReport(
    { workers: roster, residents },
    { asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: '60000' }) },
  );
  it('one row per worker, in order; counts add up; refused rows are error rows', () => {
    expect(r.rows.map((x) => [x.index, x.outcome])).toEqual([
      [0, 'fail'],
      [1, 'pass'],
      [2, 'error'],
      [3, 'not_applicable'],
      [4, 'pass'],
    ]);
    expect(r.counts).toEqual({ total: 5, computed: 0, pass: 2, fail: 1, undetermined: 0, not_applicable: 1, error: 1 });
    expect(r.workers).toEqual({ total: 5, inService: 3, notInService: 1, error: 1, unplaced: 1 });
    const a = r.rows[0] as WorkerRow;
    expect([a.certification?.status, a.exit?.triggers[0]?.years, a.targets, a.pay]).toEqual([
      'not_new_hire',
      [2024, 2025],
      { certified: 'yes', college: 'yes' },
      { outcome: 'computed', annual: '66000.00' },
    ]);
    const b = r.rows[1] as WorkerRow;
    expect([
      b.certification?.status,
      b.certification?.eligibleFrom,
      b.certification?.deadline,
      b.exit?.outcome,
    ]).toEqual(['not_yet_eligible', '2028-02-02', '2031-02-02', 'not_applicable']);
    expect((r.rows[2] as unknown as { error: { path: unknown[] } }).error.path).toEqual([2, 'serviceStart']);
  });
  it('the roster checks: staffing (1,000 residents need 2), pay per county and city, targets per unit', () => {
    expect(r.staffing?.units.find((u) => u.code === '320803001')).toMatchObject({
      required: 2,
      actual: 2,
      status: 'met',
    });
    // 66,000 + 54,000 + 60,000 over 3 in the city; 淮安区 has 甲 and 乙.
    expect(r.pay.units.map((u) => [u.code, u.workers, u.average, u.status])).toEqual([
      ['320800', 3, '60000.00', 'met'],
      ['320803', 2, '60000.00', 'met'],
    ]);
    expect(r.targets.units[0]!.certified).toMatchObject({ met: 1, total: 3 });
    expect(r.outcome).toBe('fail');
  });
  it('explains in Chinese or English, every row included', () => {
    const zh = explain(r);
    expect(zh).toContain('共 5 项');
    expect(zh).toContain('淮安区：城镇常住人口 1000 人');
    expect(explain(r, { lang: 'en' })).toContain('Item 3:');
  });
  it('the builder (chunks) gives the same rows and summary', () => {
    const b = createWorkforceReport({ asOf, salaryProfile: PAY, profile: withBenchmark({ 320800: '60000' }) });
    const rows = [...b.add(roster.slice(0, 2)), ...b.add(roster.slice(2))];
    const s = b.finish(residents);
    expect(rows).toEqual(r.rows);
    expect([s.counts, s.workers, s.staffing, s.pay, s.targets.units, s.outcome]).toEqual([
      r.counts,
      r.workers,
      r.staffing,
      r.pay,
      r.targets.units,
      r.outcome,
    ]);
    expect(s.targets.gaps).toEqual([]);
    expect(refusal(() => b.add([])).code).toBe('report_finished');
  });
  it('rows explained on request', () => {
    const x = workforceReport({ workers: roster.slice(0, 2) }, { asOf, explain: true });
    expect((x.rows[0] as WorkerRow).explanation?.summary.zh).toContain('退出情形');
    expect(x.staffing).toBeNull();
  });
});

describe('the engine contract', () => {
  const huaian = workforceProfiles.get('huaian');
  it('one shipped profile; every value cites a source; no stand-in dates; readings say why; not-found values are null', () => {
    expect([workforceProfiles.ids, workforceProfiles.defaultId]).toEqual([['huaian'], 'huaian']);
    for (const [id, p] of Object.entries(huaian.parameters)) {
      for (const v of p.values) {
        expect(v.source.key, id).toBeTruthy();
        expect(v.effectiveFrom, id).toBeNull();
        if (v.provisional) expect(v.note?.zh.length, id).toBeGreaterThan(0);
        expect(v.notFound === true, id).toBe(v.value === null);
      }
    }
    const flags = (f: 'provisional' | 'notFound') =>
      Object.entries(huaian.parameters)
        .filter(([, p]) => p.values[0]![f])
        .map(([k]) => k);
    expect(flags('notFound')).toEqual([
      'workforce.pay.benchmark',
      'workforce.targets.year',
      'workforce.rule.inForceFrom',
    ]);
    expect(flags('provisional')).toEqual([
      'workforce.staffing.rounding',
      'workforce.pay.lines',
      'workforce.certification.clockStart',
      'workforce.counting.certification',
      'workforce.rule.notBefore',
      'workforce.rule.issuedBy',
    ]);
    expect(huaian.parameters['workforce.staffing.perTenThousand']!.values[0]).toMatchObject({
      value: 18,
      source: { key: 'U31', confidence: 'M' },
    });
    expect(huaian.parameters['workforce.exam.routes']!.values[0]!.source).toMatchObject({
      key: 'U33',
      confidence: 'M',
    });
  });
  it('round-trips as JSON; a profile of another domain is refused', () => {
    const json = profileToJson(huaian);
    expect(exitTriggers({ assessments: { 2024: 'fail', 2025: 'fail' } }, { asOf, profile: json }).outcome).toBe('fail');
    expect(refusal(() => exitTriggers({}, { asOf, profile: { ...json, domain: 'salary' } })).code).toBe(
      'wrong_profile_domain',
    );
    expect(refusal(() => averagePayCheck([], { asOf, salaryProfile: 'shanghai' })).code).toBe('unknown_profile');
  });
  it('every result has the envelope; Chinese texts are entirely Chinese; English renders', () => {
    const results = [
      certificationDeadline({ serviceStart: '2025-01-01', education: 'bachelor' }, { asOf }),
      certificationDeadline(
        {
          serviceStart: '2026-03-01',
          education: 'college_or_below',
          subBachelorEducation: 'college',
          socialWorkDegree: false,
        },
        { asOf: '2034-01-01' },
      ),
      exitTriggers({ assessments: { 2023: 'basic_pass', 2025: 'basic_pass' }, exitFlags: ['dereliction'] }, { asOf }),
      staffingRequirement(
        { residents: [{ divisionCode: '320803', urbanResidents: 12345 }], workers: roster },
        { asOf },
      ),
      averagePayCheck(roster, { asOf }),
      averagePayCheck(roster, {
        asOf,
        salaryProfile: PAY,
        profile: withBenchmark({ 320800: { kind: 'urban_non_private_average_wage', annual: '1', year: 2020 } }),
      }),
      rosterTargets(roster, { asOf }),
      workforceReport({ workers: roster, residents }, { asOf, explain: true }),
    ];
    for (const r of results) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['kind', 'outcome', 'asOf', 'profile', 'engine', 'warnings', 'missing', 'explanation']),
      );
      expect(r.engine).toMatchObject({ name: 'huaian-social-work', domain: 'workforce' });
      const e = r.explanation!;
      const rows =
        'rows' in r
          ? (r.rows as WorkerRow[]).flatMap((x) =>
              x.explanation === undefined
                ? []
                : [x.explanation.summary.zh, ...x.explanation.rules.map((y) => y.text.zh)],
            )
          : [];
      for (const t of [
        e.summary.zh,
        ...e.rules.map((x) => x.text.zh),
        ...e.missing.map((m) => m.label.zh),
        ...r.warnings.map((w) => w.zh),
        ...rows,
      ])
        expect(t, t).not.toMatch(/[A-Za-z]/);
      expect(explain(r, { lang: 'en' })).toContain('Outcome:');
    }
  });
  it('the catalogue has both texts for every code', () => {
    for (const [code, def] of Object.entries(workforceMessages.catalogue)) {
      expect(typeof def.zh, code).toBe('function');
      expect(typeof def.en, code).toBe('function');
    }
  });
  it('options are read the same way everywhere', () => {
    expect(refusal(() => rosterTargets([], { asOf, explain: true } as never)).code).toBe('unknown_option');
    expect(refusal(() => workforceReport({}, { asof: asOf } as never)).zh).toContain('是否应为「asOf」');
    expect(refusal(() => exitTriggers({}, { asOf, profile: 3 } as never)).code).toBe('invalid_profile_option');
    expect(refusal(() => rosterTargets({}, { asOf })).code).toBe('not_a_list');
  });
  it('/workforce imports /salary\u2019s public entry and no other engine', () => {
    for (const f of readdirSync(new URL('../../src/workforce/', import.meta.url), { recursive: true }) as string[]) {
      if (!f.endsWith('.ts')) continue;
      const text = readFileSync(new URL(`../../src/workforce/${f}`, import.meta.url), 'utf8');
      for (const m of text.matchAll(/import ([^;]*?) from '(\.\.\/[^']+)'/g)) {
        const [, names, target] = m as unknown as [string, string, string];
        // The pay of workers the workforce record checked (records.test.ts holds that /salary would accept them as
        // they are) goes through computeSalaries with validate: 'trusted', like any host's already-checked rows.
        expect(
          /^\.\.\/(core|entities|divisions)\//.test(target) || target === '../salary/index.js',
          `${f}: ${target}`,
        ).toBe(true);
      }
    }
  });
  it('a host supplying the benchmark and the target year: nothing left missing from the workforce profile', () => {
    const profile = withOverrides(withBenchmark({ 320800: '60000' }), {
      'workforce.targets.year': 2030,
      'workforce.rule.inForceFrom': '2025-01-01',
    });
    const x = workforceReport({ workers: roster, residents }, { asOf, profile, salaryProfile: PAY });
    expect(x.missing.filter((m) => m.startsWith('parameter:workforce'))).toEqual([]);
  });
});

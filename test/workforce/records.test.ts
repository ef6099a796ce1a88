// The workforce inputs: built from the /entities person (one vocabulary: a person or a /salary worker passes
// without renaming), with the level of a 大专及以下 education and the host's exit flags; the fast check equals the zod
// reference (generated both, 10,000 values per record, fixed seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyIssue, SafeParseResult } from '../../src/core/errors.js';
import type { RecordDef } from '../../src/core/record.js';
import { schemaParse } from '../../src/core/record-zod.js';
import { parsePerson } from '../../src/entities/index.js';
import { parseWorker } from '../../src/salary/index.js';
import { workerRecord } from '../../src/salary/worker.js';
import { residentCountRecord, workforceWorkerRecord } from '../../src/workforce/index.js';
import { CUSTOM_SAMPLES, nearValidRecord, validRecord, variantOf } from '../support/record-arbitrary.js';
import { refusal } from './support.js';

describe('one vocabulary', () => {
  it('a person of /entities and a worker of /salary are workforce workers', () => {
    const person = parsePerson({
      id: 'w1',
      name: '张三',
      roles: ['社区工作者'],
      divisionCode: '320803001001',
      post: '正职',
      education: '本科',
      serviceStart: '2015-03-01',
      socialWorkDegree: true,
      certificate: { level: '社会工作师', obtained: '2020-06-30' },
      assessments: { 2024: '合格' },
    });
    const w = workforceWorkerRecord.parse(person);
    expect(w).toEqual({
      id: 'w1',
      name: '张三',
      divisionCode: '320803001001',
      post: 'principal',
      education: 'bachelor',
      serviceStart: '2015-03-01',
      socialWorkDegree: true,
      certificate: { level: 'intermediate', obtained: '2020-06-30' },
      assessments: { 2024: 'pass' },
    });
    const worker = parseWorker({ id: 7, post: '副职', education: '大专及以下', serviceStart: '2021-05-01' });
    expect(workforceWorkerRecord.parse(worker)).toEqual({
      id: 7,
      post: 'deputy',
      education: 'college_or_below',
      serviceStart: '2021-05-01',
    });
  });
  it('the level below a bachelor\u2019s reads 大专, 专科, 高中, 中专, 初中; only with 大专及以下', () => {
    expect(
      ['大专', '专科', '高中', '中专', '初中'].map(
        (s) => workforceWorkerRecord.parse({ education: '大专及以下', subBachelorEducation: s }).subBachelorEducation,
      ),
    ).toEqual(['college', 'college', 'secondary', 'secondary', 'below_secondary']);
    expect(refusal(() => workforceWorkerRecord.parse({ education: '硕士', subBachelorEducation: '大专' })).zh).toBe(
      '「大专及以下学历的层次」只在最高学历为大专及以下时填写',
    );
    expect(workforceWorkerRecord.parse({ subBachelorEducation: '大专' })).toEqual({ subBachelorEducation: 'college' });
  });
  it('unknown columns are ignored; every field is optional; employment may not end before it starts', () => {
    expect(workforceWorkerRecord.parse({ 备注: '借调', 所在社区: 'x' })).toEqual({});
    expect(
      refusal(() => workforceWorkerRecord.parse({ employedFrom: '2025-01-01', employedUntil: '2024-12-31' })).path,
    ).toEqual(['employedUntil']);
    expect(
      refusal(() =>
        workforceWorkerRecord.parse({
          postHistory: [
            { post: '副职', from: '2020-01-01' },
            { post: '正职', from: '2019-01-01' },
          ],
        }),
      ).code,
    ).toBe('inconsistent');
  });
  it('a resident count: a real division code and a whole number of residents', () => {
    expect(residentCountRecord.parse({ divisionCode: '320803001', urbanResidents: 41230, 备注: 'x' })).toEqual({
      divisionCode: '320803001',
      urbanResidents: 41230,
    });
    expect(refusal(() => residentCountRecord.parse({ divisionCode: '320803001', urbanResidents: 1.5 })).path).toEqual([
      'urbanResidents',
    ]);
    expect(refusal(() => residentCountRecord.parse({ urbanResidents: 1 })).code).toBe('required');
  });
});

const RUNS = 10_000;
const SEED = 20261130;
CUSTOM_SAMPLES['division-code'] = ['320800', '320803', '320803001', '320803001001', '320826203210'];

function outcome(r: SafeParseResult<unknown>): { ok: unknown } | { issues: string[] } {
  return r.success
    ? { ok: r.data }
    : {
        issues: [...r.error.issues]
          .map((i: PolicyIssue) => `${JSON.stringify(i.path)} ${i.code} ${i.zh} | ${i.en}`)
          .sort(),
      };
}

describe('fast check ≡ zod reference (10,000 values per record, fixed seed)', () => {
  const bases: [RecordDef<unknown>, Record<string, unknown>][] = [
    [
      workforceWorkerRecord as RecordDef<unknown>,
      {
        id: 'w1',
        divisionCode: '320803001001',
        post: 'staff',
        education: 'college_or_below',
        subBachelorEducation: 'college',
        serviceStart: '2022-03-01',
        certificate: { level: 'assistant', obtained: '2024-06-30' },
        assessments: { 2023: 'pass' },
        exitFlags: ['other'],
      },
    ],
    [residentCountRecord as RecordDef<unknown>, { divisionCode: '320803001', urbanResidents: 41230, year: 2025 }],
  ];
  it.each(bases.map(([rec, base]) => [rec.name, rec, base] as const))('%s', (_name, rec, base) => {
    const values = fc.oneof(validRecord(rec), nearValidRecord(rec), fc.anything(), variantOf(rec, base));
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(values, (value) => {
        const fast = rec.safeParse(value, [7]);
        expect(outcome(fast)).toEqual(outcome(schemaParse(rec, value, [7])));
        if (fast.success) accepted++;
        else refused++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(accepted + refused).toBe(RUNS);
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });
});

// The workforce hands the pay fields of the workers its record accepted to /salary unchecked (computeCheckedSalaries):
// that is sound only while each such worker is one /salary's own check accepts as it is, in its normal form.
describe('a workforce worker with the facts pay needs is a /salary worker in normal form', () => {
  it('for 10,000 generated values (fixed seed), /salary accepts the pay fields unchanged', () => {
    const base = {
      post: 'principal',
      education: 'bachelor',
      serviceStart: '2016-09-01',
      postHistory: [
        { post: 'staff', from: '2016-09-01' },
        { post: 'principal', from: '2020-01-01' },
      ],
      certificate: { level: 'senior', obtained: '2022-11-05' },
      assessments: { 2023: '优秀', 2024: 'pass' },
    };
    const rec = workforceWorkerRecord as RecordDef<unknown>;
    const values = fc.oneof(validRecord(rec), nearValidRecord(rec), variantOf(rec, base));
    let paid = 0;
    fc.assert(
      fc.property(values, (value) => {
        const w = workforceWorkerRecord.safeParse(value);
        if (!w.success || w.data.post === undefined || w.data.education === undefined) return;
        if (w.data.serviceStart === undefined) return;
        const picked: Record<string, unknown> = {};
        for (const k of [
          'post',
          'education',
          'serviceStart',
          'educationObtained',
          'postHistory',
          'certificate',
          'assessments',
        ])
          if ((w.data as Record<string, unknown>)[k] !== undefined) picked[k] = (w.data as Record<string, unknown>)[k];
        const issues: PolicyIssue[] = [];
        expect(workerRecord.checkInPlace(picked, [], issues)).toStrictEqual(picked);
        expect(issues).toEqual([]);
        paid++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(paid).toBeGreaterThan(RUNS / 20);
  });
});

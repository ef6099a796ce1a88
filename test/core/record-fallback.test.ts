import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recordDigest } from './support/record-digest.js';

// Records check fields with generated code (new Function); where a host forbids code from strings (a strict Content
// Security Policy, Node's --disallow-code-generation-from-strings) they fall back to closures. Both must decide the
// same: the same results, normal forms and issues for every input.
describe('record checks without code generation', () => {
  it('decide exactly as the generated code does', () => {
    const here = recordDigest();
    expect(here.cases).toBeGreaterThan(1000);
    const child = spawnSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '--import',
        'tsx',
        'test/core/support/record-digest.ts',
        '--print-digest',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual(here);
  });

  it('the flag really forbids code from strings in the child', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '-e',
        'try { new Function("return 1"); console.log("allowed") } catch (e) { console.log(e.name) }',
      ],
      { encoding: 'utf8' },
    );
    expect(child.stdout.trim()).toBe('EvalError');
  });
});

describe('the normal-form test reaches into nested records and year maps', () => {
  it('a worker with a certificate and yearly assessments in normal form is accepted as it is; anything else is copied or refused as before', async () => {
    // The /salary worker: picked from the person record, with a cross-field rule and no finish step.
    const { workerRecord: personRecord } = await import('../../src/salary/worker.js');
    const worker = {
      id: 'w1',
      post: 'principal',
      education: 'bachelor',
      serviceStart: '2015-03-01',
      certificate: { level: 'senior', obtained: '2022-11-05' },
      assessments: { '2023': 'excellent', '2024': 'pass' },
    };
    expect(personRecord.checkInPlace(worker, [], [])).toBe(worker);
    const alias = { ...worker, assessments: { '2023': '优秀' } };
    const normal = personRecord.checkInPlace(alias, [], []);
    expect(normal).not.toBe(alias);
    expect(normal).toEqual({ ...worker, assessments: { '2023': 'excellent' } });
    const issues: unknown[] = [];
    expect(
      personRecord.checkInPlace(
        { ...worker, certificate: { level: 'senior', obtained: '2022-13-05' } },
        [],
        issues as never,
      ),
    ).toBeUndefined();
    expect(issues).toMatchObject([{ code: 'invalid_date', path: ['certificate', 'obtained'] }]);
  });
});

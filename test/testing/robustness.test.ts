// Regression tests for the /testing defects found by the fuzz (test/fuzz): wrong arguments threw TypeErrors, a
// case's profile path could read any file and echoed its first bytes, a symlink loop was followed, and a text with
// thousands of syntax errors took a minute to report.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPolicyError, profileToJson } from '../../src/core/index.js';
import { salaryProfiles } from '../../src/salary/index.js';
import {
  describePolicyCases,
  expandCasePaths,
  formatCaseFileError,
  formatCaseReport,
  loadCaseFile,
  matchExpected,
  parseCaseData,
  parseCaseFile,
  runCaseFilesCli,
  runPolicyCase,
  runPolicyCases,
  safeParseCaseFile,
} from '../../src/testing/index.js';
import { refusal } from '../support/refusal.js';

const SECRET = 'SECRET-CONTENT-42';
let root = '';
let dir = '';

/** The code of the PolicyError `f` throws; anything else fails the test. */
const code = (f: () => unknown): string => refusal(f).code;

const caseWith = (ref: string) =>
  `- name: p\n  computation: grade\n  asOf: 2026-01-01\n  profile: ${ref}\n  input: { post: staff, education: bachelor, serviceStart: 2020-01-01 }\n  expect: { grade: 4 }\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hsw-robust-'));
  dir = join(root, 'cases');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(join(root, 'outside.json'), `${SECRET} {"id": "x"}`);
  writeFileSync(join(dir, 'profile.json'), JSON.stringify(profileToJson(salaryProfiles.get('huaian'))));
  writeFileSync(join(dir, 'bad.json'), `${SECRET} {not json`);
  writeFileSync(join(dir, 'inside.yaml'), caseWith('profile.json'));
  writeFileSync(join(dir, 'bad-json.yaml'), caseWith('bad.json'));
  writeFileSync(join(dir, 'dotdot.yaml'), caseWith('../outside.json'));
  writeFileSync(join(dir, 'absolute.yaml'), caseWith(join(root, 'outside.json')));
  writeFileSync(join(dir, 'link.yaml'), caseWith('link.json'));
  writeFileSync(join(dir, 'sub', 'nested.yaml'), caseWith('../profile.json'));
  symlinkSync(join(root, 'outside.json'), join(dir, 'link.json'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a case file reads profile files only from its own folder, and never quotes one', () => {
  it('reads a profile beside the case file', () => {
    expect(loadCaseFile(join(dir, 'inside.yaml')).cases[0]!.profile).toMatchObject({ id: 'huaian' });
  });

  for (const name of ['dotdot.yaml', 'absolute.yaml', 'link.yaml']) {
    it(`refuses a profile outside the folder (${name}: .., an absolute path, a symbolic link)`, () => {
      try {
        loadCaseFile(join(dir, name));
        throw new Error('expected a refusal');
      } catch (e) {
        if (!isPolicyError(e)) throw e;
        expect(e.code).toBe('unknown_profile');
        expect(e.en).toContain("outside the case file's folder");
        expect(JSON.stringify(e.issues)).not.toContain(SECRET);
      }
    });
  }

  it('a file that is not JSON is named, not quoted (the message showed its first bytes)', () => {
    try {
      loadCaseFile(join(dir, 'bad-json.yaml'));
    } catch (e) {
      expect(isPolicyError(e) && e.en).toBe('Profile file bad.json is not valid JSON');
      expect(JSON.stringify(e)).not.toContain(SECRET);
    }
  });

  it('a profile in a subfolder of the case file may point up to a sibling inside the same tree only through its own folder', () => {
    // sub/nested.yaml names ../profile.json: outside sub/, refused like any other escape.
    expect(code(() => loadCaseFile(join(dir, 'sub', 'nested.yaml')))).toBe('unknown_profile');
  });
});

describe('file arguments', () => {
  it('loadCaseFile refuses what is not a path or a file: URL (a boolean threw a TypeError)', () => {
    expect(code(() => loadCaseFile(true as never))).toBe('invalid_type');
    expect(code(() => loadCaseFile(new URL('https://example.org/cases.yaml') as never))).toBe('invalid_type');
    expect(code(() => loadCaseFile(join(dir, 'inside.yaml'), { file: 'x' } as never))).toBe('unrecognized_keys');
  });

  it('expandCasePaths lists a folder once even through a symbolic link back up the tree', () => {
    const files = expandCasePaths([dir]);
    expect(files.filter((f) => f.endsWith('nested.yaml'))).toHaveLength(1);
    expect(code(() => expandCasePaths(null as never))).toBe('invalid_type');
    expect(code(() => expandCasePaths([5] as never))).toBe('invalid_type');
  });

  it('a file name that holds a resident ID is masked in the error', () => {
    try {
      loadCaseFile(join(dir, '110105491231002.yaml'));
    } catch (e) {
      expect(isPolicyError(e) && JSON.stringify(e.issues)).not.toContain('110105491231002');
    }
  });
});

describe('parsing', () => {
  it('parseCaseFile and its safe twin refuse a non-string text and bad options (TypeErrors)', () => {
    expect(code(() => parseCaseFile(null as never))).toBe('invalid_type');
    expect(safeParseCaseFile('cases: []', null as never).success).toBe(false);
    expect(code(() => parseCaseData([], { computations: { x: 5 } } as never))).toBe('invalid_type');
  });

  it('a text with thousands of syntax errors is reported at once, first errors only (it took 59 s)', () => {
    const one = JSON.stringify({ cases: [{ name: 'a', computation: 'salary', expect: {} }] });
    const t0 = performance.now();
    const r = safeParseCaseFile(one.repeat(2000));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.length).toBe(20);
      expect(r.error.issues.at(-1)!.en).toMatch(/and \d+ more not listed/);
    }
  });

  it('deep YAML or data is too_deep, not a stack overflow', () => {
    expect(code(() => parseCaseFile(`${'['.repeat(50_000)}${']'.repeat(50_000)}`))).toBe('too_deep');
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(code(() => parseCaseData([{ name: 'x', computation: 'salary', input: deep, expect: {} }]))).toBe('too_deep');
  });
});

describe('running and reporting', () => {
  const cases = () =>
    parseCaseData([
      {
        name: '三名党员',
        computation: 'party_organization',
        asOf: '2026-01-01',
        input: { formalPartyMembers: 3, probationaryPartyMembers: 0 },
        expect: { formation: 'standalone' },
      },
    ]).cases;

  it('runPolicyCase(s) refuse what is not a case and bad options (TypeErrors)', () => {
    expect(code(() => runPolicyCase(null as never))).toBe('invalid_type');
    expect(code(() => runPolicyCases(Symbol('s') as never))).toBe('invalid_type');
    expect(code(() => runPolicyCases(cases(), { profiles: { x: 5 } } as never))).toBe('invalid_type');
    expect(runPolicyCases(cases())[0]!.status).toBe('pass');
  });

  it('matchExpected refuses null options and cyclic values (TypeError, stack overflow)', () => {
    expect(code(() => matchExpected({}, {}, null as never))).toBe('invalid_type');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(code(() => matchExpected({ a: 1 }, cyclic))).toBe('cyclic');
  });

  it('formatCaseReport and formatCaseFileError check their arguments and show no resident ID', () => {
    expect(code(() => formatCaseReport(5 as never))).toBe('invalid_type');
    expect(code(() => formatCaseReport([{}] as never))).toBe('required');
    expect(code(() => formatCaseFileError({} as never))).toBe('invalid_type');
    const failing = runPolicyCases(
      parseCaseData([
        {
          name: '证件 11010519491231002X',
          computation: 'party_organization',
          asOf: '2026-01-01',
          input: { formalPartyMembers: 3, probationaryPartyMembers: 0 },
          expect: { formation: 'joint' },
        },
      ]).cases,
    );
    expect(formatCaseReport(failing)).not.toContain('11010519491231002X');
    const r = safeParseCaseFile('cases: [', { file: '110105491231002.yaml' });
    if (!r.success) expect(formatCaseFileError(r.error, 'en')).not.toContain('110105491231002');
  });

  it('describePolicyCases and runCaseFilesCli check the test functions and the streams (TypeErrors)', () => {
    expect(code(() => describePolicyCases(join(dir, 'inside.yaml'), null as never))).toBe('invalid_type');
    expect(
      code(() => describePolicyCases({ cases: 5 } as never, { describe: () => undefined, it: () => undefined })),
    ).toBe('invalid_type');
    expect(code(() => runCaseFilesCli([dir], { stdout: () => undefined, stderr: 'x' } as never))).toBe('invalid');
    expect(code(() => runCaseFilesCli([5] as never, { stdout: () => undefined, stderr: () => undefined }))).toBe(
      'invalid_type',
    );
  });
});

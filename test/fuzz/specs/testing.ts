/**
 * Fuzz specs of /testing. Functions that read files get paths inside a sandbox folder (made once per process in the
 * OS temp folder): valid case files, a case whose profile path leaves the folder (by `..`, absolute, or through a
 * symlink), unreadable and binary files, and a symlink loop. Generated strings never name real folders such as `/`.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCaseData, runPolicyCases, safeParseCaseFile } from '../../../src/testing/index.js';
import type { Spec } from '../harness.js';
import { SPECIALS } from '../values.js';
import { CASE_DATA, CASE_TEXT, PROFILE_JSON } from './fixtures.js';

/** Text planted in files outside the sandbox: it must never show in an error. */
export const SECRET = 'SECRET-CONTENT-42';

let box: { root: string; dir: string; files: string[]; dirs: string[] } | undefined;

/** Removes the sandbox folder, if one was made (call when the run is over). */
export function removeSandbox(): void {
  if (box !== undefined) rmSync(box.root, { recursive: true, force: true });
  box = undefined;
}

/** The sandbox folder and the paths in it (created on first use). */
export function sandbox(): { root: string; dir: string; files: string[]; dirs: string[] } {
  if (box !== undefined) return box;
  const root = mkdtempSync(join(tmpdir(), 'huaian-fuzz-'));
  const dir = join(root, 'cases');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const profile = JSON.stringify(PROFILE_JSON());
  const caseWith = (ref: string) =>
    `cases:\n  - name: p\n    computation: grade\n    asOf: 2026-01-01\n    profile: ${ref}\n    input: { post: staff, education: bachelor, serviceStart: 2020-01-01 }\n    expect: { grade: 4 }\n`;
  writeFileSync(join(root, 'outside.json'), `${SECRET} {"id": "x"}`);
  writeFileSync(join(dir, 'cases.yaml'), CASE_TEXT());
  writeFileSync(join(dir, 'data.cases.json'), JSON.stringify({ cases: CASE_DATA() }));
  writeFileSync(join(dir, 'profile.json'), profile);
  writeFileSync(join(dir, 'bad-profile.json'), `${SECRET} {not json`);
  writeFileSync(join(dir, 'with-profile.yaml'), caseWith('profile.json'));
  writeFileSync(join(dir, 'bad-profile.yaml'), caseWith('bad-profile.json'));
  writeFileSync(join(dir, 'escape.yaml'), caseWith('../outside.json'));
  writeFileSync(join(dir, 'absolute.yaml'), caseWith(join(root, 'outside.json')));
  writeFileSync(join(dir, 'link.yaml'), caseWith('link.json'));
  writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 10, 0]));
  writeFileSync(join(dir, 'empty.yaml'), '');
  writeFileSync(join(dir, 'bom.yaml'), `\ufeff${CASE_TEXT()}`);
  writeFileSync(join(dir, 'sub', 'nested.yaml'), CASE_TEXT());
  symlinkSync(join(root, 'outside.json'), join(dir, 'link.json'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  const names = [
    'cases.yaml',
    'data.cases.json',
    'with-profile.yaml',
    'bad-profile.yaml',
    'escape.yaml',
    'absolute.yaml',
    'link.yaml',
    'binary.yaml',
    'empty.yaml',
    'bom.yaml',
    'sub/nested.yaml',
    'missing.yaml',
    'profile.json',
  ];
  box = { root, dir, files: names.map((n) => join(dir, n)), dirs: [dir, join(dir, 'sub'), join(dir, 'sub', 'loop')] };
  return box;
}

const special = fc.constantFrom(...SPECIALS.filter((s) => !s.heavy)).map((s) => s.make());
/** Paths inside the sandbox (files, folders, missing names built from generated text), as strings or URLs. */
const path = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...sandbox().files, ...sandbox().dirs), weight: 6 },
    { arbitrary: fc.constantFrom(...sandbox().files).map((f) => pathToFileURL(f)), weight: 1 },
    { arbitrary: fc.string().map((s) => join(sandbox().dir, 'missing', s)), weight: 1 },
    { arbitrary: special, weight: 2 },
  );
const options = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant({}),
    fc.constant(undefined),
    fc.constant({ computations: {} }),
    special,
    fc.anything({ maxDepth: 2 }),
  );

/** A sink that keeps what was written (in `.text`), so the spec can check it. */
function collector(): ((text: string) => void) & { text: string } {
  const f = Object.assign(
    (text: string) => {
      if (f.text.length < 1e6) f.text += String(text);
    },
    { text: '' },
  );
  return f;
}
const sink = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.constant(null).map(collector), weight: 4 },
    { arbitrary: fc.constant({ write: (_: string) => true }), weight: 2 },
    { arbitrary: special, weight: 1 },
  );
/** What the CLI wrote never quotes a file's contents. */
function cliOutput(_: unknown, args: readonly unknown[]): string | undefined {
  const io = args[1] as { stdout?: { text?: unknown }; stderr?: { text?: unknown } } | undefined;
  const text = `${String(io?.stdout?.text ?? '')}${String(io?.stderr?.text ?? '')}`;
  return text.includes(SECRET) ? 'the CLI printed the contents of a file' : undefined;
}
const argv = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      arbitrary: fc.array(
        fc.oneof(
          fc.constantFrom(...sandbox().files, ...sandbox().dirs),
          fc.constantFrom(
            '--lang',
            'en',
            'zh',
            'fr',
            '--json',
            '-q',
            '--no-explain',
            '--help',
            '--bogus',
            '-',
            '--lang=en',
          ),
          special,
        ),
        { maxLength: 5 },
      ),
      weight: 8,
    },
    { arbitrary: special, weight: 1 },
  );

const fakeTests = () => ({
  describe: (_: string, body: () => void) => body(),
  it: (_: string, _body: () => void) => undefined,
  expect: () => ({ toEqual: () => undefined }),
});
const results = () => runPolicyCases(parseCaseData(CASE_DATA()).cases);
const caseError = () => {
  const r = safeParseCaseFile('cases:\n  - name: x\n    computation: nope\n', { file: 'bad.yaml' });
  if (r.success) throw new Error('expected a bad case file');
  return r.error;
};

/** Errors about files never quote a file's contents. */
function noContents(e: unknown): string | undefined {
  const text = `${(e as Error).message} ${JSON.stringify((e as { issues?: unknown }).issues)}`;
  return text.includes(SECRET) ? 'an error quotes the contents of a file' : undefined;
}

// Case results and mismatches hold the caller's own case, input, expected and actual values.
const CASE_ECHOES = ['case', 'actual', 'expected', 'input', 'origin', 'file', 'name', 'description'];

export const testingSpecs: Record<string, Spec> = {
  parseCaseFile: {
    examples: () => [[CASE_TEXT()], [CASE_TEXT(), { file: 'cases.yaml' }], [JSON.stringify({ cases: CASE_DATA() })]],
    echoes: 'all',
  },
  safeParseCaseFile: { kind: 'safe', examples: () => [[CASE_TEXT()], ['cases: [', { file: 'x.yaml' }]], echoes: 'all' },
  parseCaseData: { examples: () => [[CASE_DATA()], [{ cases: CASE_DATA() }, { file: 'data.json' }]], echoes: 'all' },
  matchExpected: {
    examples: () => [
      [
        { 'monthly.total': '6123.40', findings: [{ rule: 'age' }] },
        { monthly: { total: '6123.4' }, findings: [{ rule: 'age', outcome: 'fail' }] },
      ],
      [{ grade: 8 }, { grade: 7 }, { tolerance: '0.5' }],
    ],
    echoes: CASE_ECHOES,
  },
  runPolicyCase: {
    examples: () => [[parseCaseData(CASE_DATA()).cases[0]], [parseCaseData(CASE_DATA()).cases[1], { profiles: {} }]],
    echoes: CASE_ECHOES,
    weight: 0.5,
  },
  runPolicyCases: {
    examples: () => [[parseCaseData(CASE_DATA()).cases], [parseCaseData(CASE_DATA()).cases, { computations: {} }]],
    echoes: CASE_ECHOES,
    weight: 0.5,
  },
  formatCaseReport: {
    examples: () => [[results()], [results(), { lang: 'en', passed: false, explanations: true, summary: true }]],
  },
  formatCaseFileError: { examples: () => [[caseError()], [caseError(), 'en']] },
  loadCaseFile: {
    examples: () => [[sandbox().files[0]]],
    inputs: () => fc.tuple(path(), options()).map(([p, o]) => [p, o]),
    echoes: 'all',
    checkError: noContents,
    weight: 0.5,
  },
  expandCasePaths: {
    examples: () => [[[sandbox().dir]]],
    inputs: () =>
      fc
        .oneof({ arbitrary: fc.array(path(), { maxLength: 4 }), weight: 5 }, { arbitrary: special, weight: 1 })
        .map((p) => [p]),
    echoes: 'all',
    weight: 0.5,
  },
  describePolicyCases: {
    examples: () => [[sandbox().files[0], fakeTests()]],
    inputs: () =>
      fc.tuple(
        fc.oneof(
          path(),
          fc.constant(null).map(() => parseCaseData(CASE_DATA())),
        ),
        fc.oneof({ arbitrary: fc.constant(null).map(fakeTests), weight: 5 }, { arbitrary: special, weight: 1 }),
        options(),
      ),
    checkError: noContents,
    weight: 0.5,
  },
  runCaseFilesCli: {
    examples: () => [[[sandbox().dir], { stdout: () => undefined, stderr: () => undefined }]],
    inputs: () =>
      fc.tuple(
        argv(),
        fc.oneof(
          { arbitrary: fc.record({ stdout: sink(), stderr: sink() }), weight: 6 },
          { arbitrary: special, weight: 1 },
        ),
        options(),
      ),
    check: cliOutput,
    checkError: noContents,
    weight: 0.5,
  },
};

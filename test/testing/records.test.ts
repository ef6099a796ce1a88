// The case file and its cases are records of the kit (issue 12: one validator per record): the records are exported
// with their JSON Schema, every case a docs file holds is a valid case file record once written with canonical keys,
// and the refusals the kit words (a wrong form, a null, a case built in code) keep their codes and paths.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  caseFileRecord,
  caseRecord,
  expandCasePaths,
  loadCaseFile,
  parseCaseData,
  runCaseFilesCli,
  runPolicyCase,
  safeParseCaseFile,
} from '../../src/testing/index.js';
import { toyComputations } from './toy.js';
import { refusal } from '../support/refusal.js';

const opts = { file: 'toy.yaml', computations: toyComputations };

/** [line, code, path] of each issue of a refused file. */
function rows(text: string): unknown[][] {
  const r = safeParseCaseFile(text, opts);
  if (r.success) throw new Error('expected the file to be refused');
  return r.error.issues.map((i) => [i.params?.line, i.code, i.path.join('.')]);
}

/** The code of the PolicyError `f` throws; anything else fails the test. */
const code = (f: () => unknown): string => refusal(f).code;

describe('the case file records', () => {
  it('generate a JSON Schema: a file of cases, each case the case record with its Chinese labels', () => {
    const file = caseFileRecord.jsonSchema() as {
      required: string[];
      properties: { cases: { items: { properties: Record<string, { anyOf: { title: string }[] }> } } };
    };
    expect(file.required).toEqual(['cases']);
    // A case of the file may leave any field but its name to the defaults.
    expect(file.properties.cases.items.properties.asOf!.anyOf[0]!.title).toBe('计算日期 / asOf');
    expect(Object.keys(caseRecord.jsonSchema().properties as object)).toEqual([
      'name',
      'description',
      'source',
      'profile',
      'overrides',
      'asOf',
      'computation',
      'input',
      'options',
      'expect',
      'expectError',
      'tolerance',
    ]);
  });

  it('every docs case file, written with canonical keys, is a valid case file record', () => {
    for (const path of expandCasePaths([fileURLToPath(new URL('../../docs/cases', import.meta.url))])) {
      const { description, cases } = loadCaseFile(path);
      const data = {
        ...(description === undefined ? {} : { description }),
        cases: cases.map(({ origin: _origin, ...c }) => c),
      };
      expect(caseFileRecord.safeParse(data).success, path).toBe(true);
    }
  });
});

describe('case files: what the kit refuses keeps its code and path', () => {
  it('a field written with no value (null) is refused at its line, except the input', () => {
    expect(rows('- name: a\n  computation: fee\n  asOf:\n  expect: {}\n')).toEqual([[3, 'invalid_type', '0.asOf']]);
    expect(rows('- name: a\n  computation: fee\n  expect:\n')).toEqual([[3, 'invalid_type', '0.expect']]);
    const ok = safeParseCaseFile('- name: a\n  computation: fee\n  input:\n  expect: {}\n', opts);
    expect(ok.success && ok.data.cases[0]!.input).toBe(null);
  });

  it('a value of no allowed form is invalid; a list of sources names the bad item; a negative tolerance is out of range', () => {
    expect(rows('- { name: a, computation: fee, expect: {}, source: 5 }')).toEqual([[1, 'invalid', '0.source']]);
    expect(rows('- { name: a, computation: fee, expect: {}, source: [S1, 5] }')).toEqual([
      [1, 'invalid_type', '0.source.1'],
    ]);
    expect(rows('- { name: a, computation: fee, expect: {}, profile: [x] }')).toEqual([[1, 'invalid', '0.profile']]);
    expect(rows('- { name: a, computation: fee, expect: {}, tolerance: true }')).toEqual([
      [1, 'invalid', '0.tolerance'],
    ]);
    expect(rows('- { name: a, computation: fee, expect: {}, tolerance: -1 }')).toEqual([
      [1, 'out_of_range', '0.tolerance'],
    ]);
  });

  it('an inline profile is checked with the other fields, so one pass reports both', () => {
    expect(rows('- { name: a, computation: fee, expect: {}, asOf: 2024-02-30, profile: { id: BAD ID } }')).toEqual(
      expect.arrayContaining([[1, 'invalid_date', '0.asOf'], expect.arrayContaining(['0.profile.id'])]),
    );
  });
});

describe('arguments', () => {
  const c = parseCaseData([{ name: 'a', computation: 'fee', asOf: '2024-01-01', input: { amount: '1' }, expect: {} }], {
    computations: toyComputations,
  }).cases[0]!;

  it('a computation written as a class (its methods on the prototype) is a computation', () => {
    class Fee {
      label = toyComputations.fee!.label;
      run(input: unknown, context: Parameters<(typeof toyComputations)['fee']['run']>[1]): unknown {
        return toyComputations.fee!.run(input, context);
      }
    }
    expect(runPolicyCase(c, { computations: { fee: new Fee() } }).status).toBe('pass');
    expect(code(() => runPolicyCase(c, { computations: { fee: { label: { zh: 'x', en: 'x' } } } as never }))).toBe(
      'required',
    );
  });

  it('null where a case built in code has an optional field is invalid_type (the runner reads the case as given)', () => {
    expect(code(() => runPolicyCase({ ...c, origin: { lines: null } } as never))).toBe('invalid_type');
    expect(code(() => runPolicyCase({ ...c, expectError: null } as never))).toBe('invalid_type');
    expect(runPolicyCase({ ...c, input: null }, { computations: toyComputations }).status).not.toBe(undefined);
  });

  it('a stream may be an object whose write function is inherited; a write that is not a function is named', () => {
    class Stream {
      write(_text: string): boolean {
        return true;
      }
    }
    expect(runCaseFilesCli(['--help'], { stdout: new Stream(), stderr: new Stream() })).toBe(0);
    expect(code(() => runCaseFilesCli(['--help'], { stdout: { write: 5 }, stderr: () => undefined } as never))).toBe(
      'invalid_type',
    );
  });
});

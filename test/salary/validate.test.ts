// computeSalaries' `validate` option: trusted ≡ checked on workers in normal form (generated, fixed seed; explained
// and not, on the host profile whose amounts compute and on huaian's, whose rows are undetermined), and a worker of
// the wrong shape in trusted mode is an error row with the core code while the other rows are computed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar-date.js';
import { computeSalaries, parseWorker, salaryProfiles, type Worker } from '../../src/salary/index.js';
import { checkValidationModes, NOT_RECORDS, normalForms } from '../support/trusted.js';
import { hostProfile } from './support.js';

const day = (n: number) => addDays('1980-01-01', n);
const workerArb = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer()),
    post: fc.constantFrom('principal', 'deputy', 'staff', '正职', '副职', '其他工作人员'),
    education: fc.constantFrom('college_or_below', 'bachelor', 'master', 'doctorate', '本科'),
    serviceStart: fc.integer({ min: 0, max: 16800 }).map(day),
    certificate: fc.record(
      {
        level: fc.constantFrom('assistant', 'intermediate', 'senior', '社会工作师'),
        obtained: fc.integer({ min: 0, max: 20000 }).map(day),
      },
      { requiredKeys: ['level'] },
    ),
    assessments: fc.dictionary(
      fc.integer({ min: 1975, max: 2030 }).map(String),
      fc.constantFrom('excellent', 'pass', 'basic_pass', 'fail', '合格'),
      { maxKeys: 10 },
    ),
  },
  { requiredKeys: ['post', 'education', 'serviceStart'] },
);
// Every fourth worker came to its post from staff (a post history: rows the kernel hands to the readable path).
const withHistory = fc.tuple(workerArb, fc.nat(3)).map(([w, k]) =>
  k === 0
    ? {
        ...w,
        postHistory: [
          { post: 'staff', from: w.serviceStart },
          { post: w.post, from: addDays(w.serviceStart, 900) },
        ],
      }
    : w,
);

const workers: Worker[] = normalForms(fc.sample(withHistory, { numRuns: 400, seed: 20261130 }), (w) => parseWorker(w));
// Objects that pass no check and that the pay rules cannot read.
const WRONG = [...NOT_RECORDS, { ...workers[0], serviceStart: 5 }, { ...workers[0], postHistory: 3 }];

describe('computeSalaries validate', () => {
  it('has enough valid generated workers', () => {
    expect(workers.length).toBeGreaterThan(300);
  });

  for (const [name, profile] of [
    ['host profile', hostProfile()],
    ['huaian', salaryProfiles.get('huaian')],
  ] as const) {
    for (const explain of [false, true]) {
      it(`${name}${explain ? ', explained' : ''}: trusted ≡ checked; a wrong shape is a row-level error`, () => {
        checkValidationModes(
          (items, extra) => computeSalaries(items, { asOf: '2026-01-01', profile, explain, ...extra }),
          workers,
          WRONG,
        );
      });
    }
  }

  it('keeps the summary of a batch with trusted wrong-shaped rows equal to the checked one', () => {
    const mixed = [workers[0], WRONG[3], workers[1], WRONG[4], workers[2]];
    const options = { asOf: '2026-01-01', profile: hostProfile() } as const;
    const trusted = computeSalaries(mixed, { ...options, validate: 'trusted' });
    const checked = computeSalaries(mixed, options);
    expect(trusted.summary).toEqual(checked.summary);
    expect(trusted.counts).toEqual(checked.counts);
  });
});

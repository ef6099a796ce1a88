// reviewSlate's `validate`: trusted ≡ checked on a slate of generated seats in normal form (fixed seed), with and
// without explanations, with and without a registry; a seat of the wrong shape in trusted mode is an error row with
// the core code while the other seats are reviewed; a bad value is refused naming the option.
import { describe, expect, it } from 'vitest';
import { indexRegistry, reviewSlate } from '../../src/associations/index.js';
import { slateSeatRecord } from '../../src/associations/records.js';
import { checkValidationModes, generatedRecords, NOT_RECORDS } from '../support/trusted.js';

const seats = generatedRecords(slateSeatRecord, 300, 20261130);
const association = { id: 'A1', termYears: 5 };
const registry = indexRegistry([
  { personId: 'p1', associationId: 'B7', role: 'secretary_general' },
  { personId: 'p2', associationId: 'B8', role: 'president' },
]);

describe('reviewSlate: validate', () => {
  for (const explain of [false, true]) {
    for (const withRegistry of [false, true]) {
      it(`${explain ? 'explained, ' : ''}${withRegistry ? 'a registry, ' : ''}trusted ≡ checked; a wrong seat is a row-level error`, () => {
        checkValidationModes(
          (items, extra) =>
            reviewSlate(items, {
              association,
              electionDate: '2026-05-20',
              explain,
              ...(withRegistry ? { registry } : {}),
              ...extra,
            }),
          seats,
          [...NOT_RECORDS, { role: 'president', candidate: null }],
        );
      });
    }
  }

  it('reviews most generated seats (outcomes other than error)', () => {
    const c = reviewSlate(seats, { association, electionDate: '2026-05-20', validate: 'trusted' }).counts;
    expect(c.total - c.error).toBeGreaterThan(100);
  });
});

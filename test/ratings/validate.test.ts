// The ratings batches of organizations take `validate`: trusted ≡ checked on generated organization records in normal
// form (fixed seed), with and without explanations; a record of the wrong shape in trusted mode is an error row with
// the core code while the other rows are computed; a bad value is refused naming the option.
import { describe, expect, it } from 'vitest';
import { ratingEligibilityBatch, ratingStatusBatch } from '../../src/ratings/index.js';
import { ratingOrganizationRecord } from '../../src/ratings/records.js';
import { checkValidationModes, generatedRecords, NOT_RECORDS } from '../support/trusted.js';

const organizations = generatedRecords(ratingOrganizationRecord, 300, 20261130);

describe('ratings batches: validate', () => {
  for (const explain of [false, true]) {
    it(`ratingStatusBatch${explain ? ' (explained)' : ''}: trusted ≡ checked; a wrong shape is a row-level error`, () => {
      checkValidationModes(
        (items, extra) => ratingStatusBatch(items, { asOf: '2026-03-01', explain, ...extra }),
        organizations,
        NOT_RECORDS,
      );
    });
    it(`ratingEligibilityBatch${explain ? ' (explained)' : ''}: the same`, () => {
      checkValidationModes(
        (items, extra) =>
          ratingEligibilityBatch(items, {
            asOf: '2026-05-01',
            target: '3A',
            registeredBefore: '2024-04-30',
            explain,
            ...extra,
          }),
        organizations,
        NOT_RECORDS,
      );
    });
  }

  it('reaches outcomes other than error on the generated records', () => {
    const s = ratingStatusBatch(organizations, { asOf: '2026-03-01', validate: 'trusted' }).counts;
    const e = ratingEligibilityBatch(organizations, { asOf: '2026-05-01', target: '3A', validate: 'trusted' }).counts;
    expect(s.total - s.error).toBeGreaterThan(100);
    expect(e.total - e.error).toBeGreaterThan(100);
  });
});

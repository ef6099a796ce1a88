// checkCommitteesBatch's `validate`: trusted ≡ checked on generated committee records in normal form (fixed seed),
// with and without explanations; a record of the wrong shape in trusted mode is an error row with the core code while
// the other rows are computed; a bad value is refused naming the option.
import { describe, expect, it } from 'vitest';
import { checkCommitteesBatch } from '../../src/committees/index.js';
import { committeeStandardRecord } from '../../src/committees/records.js';
import { checkValidationModes, generatedRecords, NOT_RECORDS } from '../support/trusted.js';

const committees = generatedRecords(committeeStandardRecord, 300, 20261130);

describe('checkCommitteesBatch: validate', () => {
  for (const explain of [false, true]) {
    it(`${explain ? 'explained: ' : ''}trusted ≡ checked; a wrong shape is a row-level error`, () => {
      checkValidationModes(
        (items, extra) => checkCommitteesBatch(items, { asOf: '2025-12-31', explain, ...extra }),
        committees,
        NOT_RECORDS,
      );
    });
  }

  it('reaches outcomes other than error on the generated records', () => {
    const c = checkCommitteesBatch(committees, { asOf: '2025-12-31', validate: 'trusted' }).counts;
    expect(c.total - c.error).toBeGreaterThan(100);
  });
});

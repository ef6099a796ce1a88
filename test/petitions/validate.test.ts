// The petitions batches' `validate` option: trusted ≡ checked on generated records in normal form (fixed seed), with
// and without explanations; a record of the wrong shape in trusted mode is an error row with the core code while the
// other rows are computed; a bad value is refused naming the option.
import { describe, expect, it } from 'vitest';
import {
  checkPetitionBatch,
  classifyPetitionBatch,
  petitionDeadlinesBatch,
  petitionStatusBatch,
  reviewSuggestionBatch,
} from '../../src/petitions/index.js';
import {
  petitionCaseRecord,
  petitionCheckRecord,
  petitionFactsRecord,
  suggestionRecord,
} from '../../src/petitions/records.js';
import { checkValidationModes, generatedRecords, normalForms, NOT_RECORDS } from '../support/trusted.js';
import { petitionItems } from './support.js';

const asOf = '2026-06-30';
const N = 300;
// 台账 items as the kernel's differential test generates them (every stage, in order), and from the field table.
const next = petitionItems(20261130);
const items = normalForms(Array.from({ length: N }, next), (r) => petitionCaseRecord.parse(r));
const cases = [
  ['petitionDeadlinesBatch', petitionDeadlinesBatch, items],
  ['petitionDeadlinesBatch, field-table records', petitionDeadlinesBatch, generatedRecords(petitionCaseRecord, N, 1)],
  ['petitionStatusBatch', petitionStatusBatch, items],
  ['petitionStatusBatch, field-table records', petitionStatusBatch, generatedRecords(petitionCaseRecord, N, 2)],
  ['reviewSuggestionBatch', reviewSuggestionBatch, generatedRecords(suggestionRecord, N, 3)],
  ['classifyPetitionBatch', classifyPetitionBatch, generatedRecords(petitionFactsRecord, N, 4)],
  ['checkPetitionBatch', checkPetitionBatch, generatedRecords(petitionCheckRecord, N, 5)],
] as const;

describe('petitions batches: validate', () => {
  for (const [name, batch, records] of cases) {
    for (const explain of [false, true]) {
      it(`${name}${explain ? ' (explained)' : ''}: trusted ≡ checked; a wrong shape is a row-level error`, () => {
        expect(records.length).toBeGreaterThan(N * 0.9);
        checkValidationModes(
          (items, extra) => (batch as typeof petitionStatusBatch)(items, { asOf, explain, ...extra }),
          records,
          NOT_RECORDS,
        );
      });
    }
  }
});

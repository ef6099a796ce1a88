// The PolicyError a call refuses with: one helper for every domain's tests.
import { isPolicyError, type PolicyError } from '../../src/core/index.js';

/** The PolicyError `f` throws (fails the test when it returns or throws something else). */
export function refusal(f: () => unknown): PolicyError {
  try {
    f();
  } catch (e) {
    if (isPolicyError(e)) return e;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

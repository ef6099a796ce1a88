import { expect } from 'vitest';
import { isPolicyError, type PolicyError } from '../../src/core/errors.js';

/** Runs `fn`, expects a PolicyError and returns it. */
export function policyError(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (error) {
    expect(isPolicyError(error)).toBe(true);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

/** Asserts code, path and that both messages are present and in the right language. */
export function expectIssue(error: PolicyError, code: string, path: ReadonlyArray<string | number> = []): void {
  expect(error.code).toBe(code);
  expect(error.path).toEqual(path);
  expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error.en).toMatch(/^[\x20-\x7e–]+$/);
  expect(error.en.length).toBeGreaterThan(10);
}

/**
 * Argument checks of the kit's public functions: cheap tests (a type, a shape) that turn a wrong argument into a
 * PolicyError naming it, instead of a TypeError deep inside. The kit checks for every domain here, so a domain's
 * public function gets the same refusal for the same mistake.
 * @module
 */
import { coreMessages } from './core-messages.js';
import { typeName } from './errors.js';

/** Refuses what is not a non-null, non-array object. @internal */
export function objectArg(value: unknown, name: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    coreMessages.fail('invalid_type', [name], { expected: 'object', received: typeName(value) });
}

/** Refuses what is not a function. @internal */
export function functionArg(value: unknown, name: string): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function')
    coreMessages.fail('invalid_type', [name], { expected: 'function', received: typeName(value) });
}

/** Refuses what is not an array. @internal */
export function arrayArg(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value))
    coreMessages.fail('invalid_type', [name], { expected: 'array', received: typeName(value) });
}

/** Refuses what is not a string (non-empty unless `empty`). @internal */
export function stringArg(value: unknown, name: string, empty = false): asserts value is string {
  if (typeof value !== 'string')
    coreMessages.fail('invalid_type', [name], { expected: 'string', received: typeName(value) });
  if (!empty && value === '')
    coreMessages.fail('invalid_type', [name], { expected: 'string', received: 'empty string' });
}

/** Refuses what is not a whole number ≥ `min` (a count, an index). @internal */
export function countArg(value: unknown, name: string, min = 0): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    coreMessages.fail('invalid_type', [name], { expected: 'integer', received: typeName(value) });
  if (value < min) coreMessages.fail('out_of_range', [name], { min });
}

/** Refuses what is not `{ zh, en }` text. @internal */
export function bilingualArg(
  value: unknown,
  name: string,
): asserts value is { readonly zh: string; readonly en: string } {
  const v = value as { zh?: unknown; en?: unknown } | null;
  if (typeof v !== 'object' || v === null || typeof v.zh !== 'string' || typeof v.en !== 'string')
    coreMessages.fail('invalid_type', [name], { expected: 'object', received: typeName(value) });
}

/** Refuses what is not one of `allowed`. @internal */
export function choiceArg<T extends string>(value: unknown, name: string, allowed: readonly T[]): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    coreMessages.fail('unknown_enum_value', [name], {
      allowed,
      received: typeof value === 'string' ? value.slice(0, 40) : typeName(value),
    });
  }
}

/**
 * A guard run where JSON-like input enters the library, before a schema walks it: zod's recursive schemas (profile
 * values, host-rule conditions, case inputs) recurse once per level, so a deep or cyclic value would overflow the
 * stack with a RangeError instead of a PolicyError.
 * @module
 */
import { fail, type IssuePath } from './errors.js';

/** Deepest nesting of arrays and objects accepted in input (real profiles, rules and cases nest under 15 levels). @internal */
export const MAX_NESTING = 64;

/** Error code: the input nests arrays or objects deeper than {@link MAX_NESTING} levels. @internal */
export const TOO_DEEP = 'too_deep';
/** Error code: the input contains itself (a cycle), which no JSON value can. @internal */
export const CYCLIC = 'cyclic';

function isContainer(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Refuses input nested deeper than `maxDepth` levels (`too_deep`) or containing a cycle (`cyclic`), with the path
 * where it happens. Iterative, so the check itself cannot overflow; a value shared by two parents is not a cycle.
 * @internal
 */
export function checkNesting(value: unknown, path: IssuePath = [], maxDepth: number = MAX_NESTING): void {
  if (!isContainer(value)) return;
  // Depth-first with explicit frames: each frame is an object, its keys, the next key index and its key in the parent.
  const objects: object[] = [value];
  const keys: (string[] | number)[] = [Array.isArray(value) ? value.length : Object.keys(value)];
  const next: number[] = [0];
  const at: (string | number)[] = [];
  const open = new Set<object>([value]);
  while (objects.length > 0) {
    const top = objects.length - 1;
    const o = objects[top]!;
    const k = keys[top]!;
    const i = next[top]!;
    const n = typeof k === 'number' ? k : k.length;
    if (i >= n) {
      open.delete(o);
      objects.pop();
      keys.pop();
      next.pop();
      at.pop();
      continue;
    }
    next[top] = i + 1;
    const key = typeof k === 'number' ? i : k[i]!;
    const child = (o as Record<string | number, unknown>)[key];
    if (!isContainer(child)) continue;
    const where = (): IssuePath => [...path, ...at, key];
    if (open.has(child))
      fail(
        CYCLIC,
        where(),
        '输入包含循环引用（对象引用了自身）',
        'The input contains a cycle (an object that contains itself)',
      );
    if (objects.length >= maxDepth) {
      fail(TOO_DEEP, where(), `输入嵌套超过 ${maxDepth} 层`, `The input is nested more than ${maxDepth} levels deep`, {
        maxDepth,
      });
    }
    open.add(child);
    objects.push(child);
    keys.push(Array.isArray(child) ? child.length : Object.keys(child));
    next.push(0);
    at.push(key);
  }
}

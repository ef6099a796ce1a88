/**
 * Hostile inputs for the fuzz harness: special values (built fresh per use, so a function that mutates its input
 * cannot change later runs), near-valid mutations of a valid value at a chosen path, and a printer that shows huge,
 * deep or cyclic values as the expression that builds them (for reproducers).
 */

/** A named special value. `heavy` ones (1e6 items or characters, 1e5 levels) are drawn less often. */
export interface Special {
  readonly name: string;
  readonly make: () => unknown;
  readonly heavy?: boolean;
}

// Names of special objects, so a reproducer prints `<cyclic object>` rather than walking it.
const NAMES = new WeakMap<object, string>();
function named<T extends object>(name: string, value: T): T {
  NAMES.set(value, name);
  return value;
}

function deepObject(levels: number): unknown {
  let v: Record<string, unknown> = { leaf: 1 };
  for (let i = 0; i < levels; i++) v = { a: v };
  return named(`<object nested ${levels} deep>`, v);
}

function deepArray(levels: number): unknown {
  let v: unknown[] = [1];
  for (let i = 0; i < levels; i++) v = [v];
  return named(`<array nested ${levels} deep>`, v);
}

function cyclicObject(): unknown {
  const o: Record<string, unknown> = { id: 'c1', name: 'cycle' };
  o.self = o;
  o.list = [o];
  return named('<cyclic object>', o);
}

function cyclicArray(): unknown {
  const a: unknown[] = [1];
  a.push(a);
  return named('<cyclic array>', a);
}

/** A valid 18-character resident ID (check character X) and an old 15-digit one; the harness watches for both. */
export const RESIDENT_ID_18 = '11010519491231002X';
export const RESIDENT_ID_15 = '110105491231002';

export const SPECIALS: readonly Special[] = [
  { name: 'undefined', make: () => undefined },
  { name: 'null', make: () => null },
  { name: 'NaN', make: () => Number.NaN },
  { name: 'Infinity', make: () => Number.POSITIVE_INFINITY },
  { name: '-Infinity', make: () => Number.NEGATIVE_INFINITY },
  { name: '-0', make: () => -0 },
  { name: '0', make: () => 0 },
  { name: '-1', make: () => -1 },
  { name: '1.5', make: () => 1.5 },
  { name: '2**53+2', make: () => 2 ** 53 + 2 },
  { name: 'Number.MAX_VALUE', make: () => Number.MAX_VALUE },
  { name: '5e-324', make: () => 5e-324 },
  { name: '1e21', make: () => 1e21 },
  { name: '10n', make: () => 10n },
  { name: "Symbol('s')", make: () => Symbol('s') },
  { name: 'true', make: () => true },
  { name: 'false', make: () => false },
  { name: "''", make: () => '' },
  { name: "' '", make: () => ' ' },
  { name: "'0'", make: () => '0' },
  { name: "'-1000'", make: () => '-1000' },
  { name: "'1e3'", make: () => '1e3' },
  { name: "'1e+22'", make: () => '1e+22' },
  { name: "'NaN'", make: () => 'NaN' },
  { name: "'Infinity'", make: () => 'Infinity' },
  { name: "'0.005'", make: () => '0.005' },
  { name: "'1' + '0'.repeat(20)", make: () => `1${'0'.repeat(20)}` },
  { name: "'9'.repeat(60)", make: () => '9'.repeat(60) },
  { name: 'full-width digits', make: () => '１２３４５' },
  { name: 'full-width date', make: () => '２０２６-０１-０１' },
  { name: 'lone surrogate', make: () => '\uD800' },
  { name: 'NUL', make: () => '\u0000' },
  { name: "'__proto__'", make: () => '__proto__' },
  { name: "'constructor'", make: () => 'constructor' },
  { name: "'toString'", make: () => 'toString' },
  { name: "'0000-01-01'", make: () => '0000-01-01' },
  { name: "'0001-01-01'", make: () => '0001-01-01' },
  { name: "'0999-12-31'", make: () => '0999-12-31' },
  { name: "'9999-12-31'", make: () => '9999-12-31' },
  { name: "'2023-02-29'", make: () => '2023-02-29' },
  { name: "'2024-02-29'", make: () => '2024-02-29' },
  { name: "'2026-13-01'", make: () => '2026-13-01' },
  { name: "'2026-1-1'", make: () => '2026-1-1' },
  { name: "'garbage'", make: () => 'garbage' },
  { name: 'resident ID 18', make: () => RESIDENT_ID_18 },
  { name: 'resident ID 15', make: () => RESIDENT_ID_15 },
  { name: 'text with a resident ID', make: () => `张三 ${RESIDENT_ID_18}` },
  { name: "'../../etc/passwd'", make: () => '../../etc/passwd' },
  { name: '{}', make: () => ({}) },
  { name: '[]', make: () => [] },
  { name: '[[]]', make: () => [[]] },
  { name: 'null-prototype object', make: () => named('<Object.create(null)>', Object.create(null) as object) },
  { name: '__proto__ payload', make: () => JSON.parse('{"__proto__":{"polluted":1},"a":1}') as unknown },
  { name: 'constructor payload', make: () => ({ constructor: { prototype: { polluted: 1 }, set: '1' } }) },
  { name: 'Date', make: () => new Date(0) },
  { name: 'Map', make: () => new Map([['a', 1]]) },
  { name: 'function', make: () => named('<function>', () => 1) },
  { name: 'cyclic object', make: cyclicObject },
  { name: 'cyclic array', make: cyclicArray },
  { name: "'x'.repeat(1e6)", make: () => 'x'.repeat(1e6), heavy: true },
  { name: "'1'.repeat(1e6)", make: () => '1'.repeat(1e6), heavy: true },
  { name: 'object nested 1e5 deep', make: () => deepObject(1e5), heavy: true },
  { name: 'array nested 1e5 deep', make: () => deepArray(1e5), heavy: true },
  { name: 'Array(1e6).fill(0)', make: () => named('<Array(1e6).fill(0)>', new Array(1e6).fill(0)), heavy: true },
];

/** Dates near the edges, used when a mutation nudges a date. */
const DATE_NUDGES = [
  '0000-01-01',
  '0001-01-01',
  '0999-12-31',
  '1000-01-01',
  '9999-12-31',
  '2023-02-29',
  '2024-02-29',
  '2026-02-30',
  '2026-00-10',
  '2026-12-32',
  '99999-01-01',
];

type Path = readonly (string | number)[];

/** Every path into `value` (objects and arrays), outermost first; at most `limit` paths, at most `depth` deep. */
export function pathsOf(value: unknown, limit = 300, depth = 8): Path[] {
  const out: Path[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, path: Path): void => {
    if (out.length >= limit || path.length >= depth || typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      // Long arrays: the first few elements stand for the rest.
      for (let i = 0; i < Math.min(v.length, 8); i++) {
        out.push([...path, i]);
        visit(v[i], [...path, i]);
      }
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      for (const k of Object.keys(v)) {
        out.push([...path, k]);
        visit((v as Record<string, unknown>)[k], [...path, k]);
      }
    }
  };
  visit(value, []);
  return out;
}

/** The value at `path`. */
export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/** A copy of `root` with the value at `path` replaced (copies only along the path; `drop` removes it). */
export function setAt(root: unknown, path: Path, next: unknown, drop = false): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    if (rest.length === 0 && drop) copy.splice(head as number, 1);
    else copy[head as number] = setAt(root[head as number], rest, next, drop);
    return copy;
  }
  const copy = copyObject(root as object);
  if (rest.length === 0 && drop) delete copy[head as string];
  else define(copy, head as string, setAt((root as Record<string, unknown>)[head as string], rest, next, drop));
  return copy;
}

// defineProperty, not assignment: an own `__proto__` key must stay a key, not become the prototype.
function define(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function copyObject(o: object): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.getPrototypeOf(o) === null ? Object.create(null) : {};
  for (const k of Object.keys(o)) define(copy, k, (o as Record<string, unknown>)[k]);
  return copy;
}

/** String(v), or a stand-in for a value that has no string form (a null-prototype object). */
function textOf(v: unknown): string {
  try {
    return String(v);
  } catch {
    return '[object]';
  }
}

/** Number of mutation operators {@link mutate} knows. */
export const MUTATIONS = 14;

/**
 * One near-valid change of `v` (the value found at some path): operator `op` picks what to do, `n` and `other`
 * parameterize it. Returns `{ drop: true }` to remove the value from its parent.
 */
export function mutate(v: unknown, op: number, n: number, other: unknown): { value: unknown; drop?: boolean } {
  switch (op % MUTATIONS) {
    case 0:
      return { value: undefined, drop: true };
    case 1:
      return { value: other };
    case 2: // change the type
      if (typeof v === 'number') return { value: String(v) };
      if (typeof v === 'string') return { value: /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v.length };
      if (typeof v === 'boolean') return { value: v ? 'true' : 0 };
      if (Array.isArray(v)) return { value: { ...v } };
      if (typeof v === 'object' && v !== null) return { value: [v] };
      return { value: v === null ? 'null' : null };
    case 3: // nudge a number (or a decimal string)
      if (typeof v === 'number')
        return { value: [v + 1, v - 1, -v, v * 1e16, v + 0.5, 2 ** 53 + 2, -0][Math.abs(n) % 7] };
      if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))
        return { value: [`-${v}`, `${v}0000000000000000000000`, `${v}.005`, `${v}e3`, `0${v}`][Math.abs(n) % 5] };
      return { value: n };
    case 4: // nudge a date
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
        const pick = Math.abs(n) % (DATE_NUDGES.length + 3);
        if (pick < DATE_NUDGES.length) return { value: DATE_NUDGES[pick] };
        if (pick === DATE_NUDGES.length)
          return { value: `${v.slice(0, 8)}${String(Number(v.slice(8)) + 1).padStart(2, '0')}` };
        if (pick === DATE_NUDGES.length + 1) return { value: `${v.slice(0, 5)}02-29` };
        return { value: `${String(Number(v.slice(0, 4)) - 1000).padStart(4, '0')}${v.slice(4)}` };
      }
      return { value: DATE_NUDGES[Math.abs(n) % DATE_NUDGES.length] };
    case 5: // change a string slightly
      if (typeof v === 'string') {
        const k = Math.abs(n) % 6;
        if (k === 0) return { value: `${v} ` };
        if (k === 1) return { value: v.toUpperCase() === v ? v.toLowerCase() : v.toUpperCase() };
        if (k === 2) return { value: v.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) };
        if (k === 3) return { value: v.slice(0, -1) };
        if (k === 4) return { value: v.repeat(1000) };
        return { value: `${v}${v}` };
      }
      return { value: textOf(v) };
    case 6: // duplicate an array element (or a key's value under a near-identical key)
      if (Array.isArray(v) && v.length > 0) {
        const copy = v.slice();
        copy.splice(Math.abs(n) % v.length, 0, v[Math.abs(n) % v.length]);
        return { value: copy };
      }
      return { value: [v, v] };
    case 7: // empty it
      if (Array.isArray(v)) return { value: [] };
      if (typeof v === 'object' && v !== null) return { value: {} };
      return { value: '' };
    case 8: // many copies (under the 10,000-item limit of the time check)
      if (Array.isArray(v) && v.length > 0) return { value: new Array(2000).fill(v[0]) };
      return { value: new Array(2000).fill(v) };
    case 9: // an extra key
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
        const extra = [
          JSON.parse('{"__proto__":{"polluted":1}}'),
          { constructor: { set: '1' } },
          { unknownField: other },
          { toString: 'x' },
        ][Math.abs(n) % 4] as object;
        const copy = copyObject(v);
        for (const k of Object.keys(extra)) define(copy, k, (extra as Record<string, unknown>)[k]);
        return { value: copy };
      }
      return { value: { value: v } };
    case 10:
      return { value: null };
    case 11:
      return { value: undefined };
    case 12: // a resident ID in place of a string
      return {
        value:
          typeof v === 'string' && Math.abs(n) % 2 === 0
            ? `${v}${RESIDENT_ID_18}`
            : [RESIDENT_ID_18, RESIDENT_ID_15][Math.abs(n) % 2],
      };
    default: // a number out of range
      return { value: [0, -1, 1e9, 2 ** 31, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 0.1][Math.abs(n) % 7] };
  }
}

/** Counts the items of an input (object and array entries, nesting levels), stopping at `cap`. */
export function sizeOf(value: unknown, cap = 10_001): number {
  let count = 0;
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && count < cap) {
    const v = stack.pop();
    count++;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      if (v.length >= cap) return cap;
      for (const x of v) stack.push(x);
    } else if (v instanceof Map || v instanceof Set) count += v.size;
    else for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return count;
}

/** Source-like text of a value, short enough to print: huge strings and arrays as the expression that builds them. */
export function show(value: unknown, depth = 0, seen: Set<unknown> = new Set()): string {
  if (typeof value === 'string') {
    if (value.length <= 120) return JSON.stringify(value);
    const uniform = value.split(value[0]!).length === value.length + 1;
    return uniform
      ? `${JSON.stringify(value[0])}.repeat(${value.length})`
      : `${JSON.stringify(value.slice(0, 60))} + …(${value.length} chars)`;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return NAMES.get(value) ?? '<function>';
  if (value === undefined || value === null || typeof value === 'boolean') return String(value);
  const name = NAMES.get(value as object);
  if (name !== undefined) return name;
  if (seen.has(value)) return '<cycle>';
  if (depth > 6) return '<…>';
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      if (value.length > 20) {
        const same = value.every((x) => x === value[0]);
        return same
          ? `Array(${value.length}).fill(${show(value[0], depth + 1, seen)})`
          : `[${value
              .slice(0, 3)
              .map((x) => show(x, depth + 1, seen))
              .join(', ')}, …${value.length - 3} more]`;
      }
      return `[${value.map((x) => show(x, depth + 1, seen)).join(', ')}]`;
    }
    if (value instanceof Date) return `new Date(${value.getTime()})`;
    if (value instanceof Map) return `new Map(${show([...value.entries()], depth + 1, seen)})`;
    if (value instanceof Set) return `new Set(${show([...value.values()], depth + 1, seen)})`;
    if (value instanceof URL) return `new URL(${JSON.stringify(value.href)})`;
    const proto = Object.getPrototypeOf(value);
    const keys = Object.keys(value);
    const body = keys
      .slice(0, 30)
      .map(
        (k) =>
          `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${show((value as Record<string, unknown>)[k], depth + 1, seen)}`,
      );
    if (keys.length > 30) body.push(`…${keys.length - 30} more`);
    const text = `{ ${body.join(', ')} }`;
    return proto === null
      ? `Object.assign(Object.create(null), ${text})`
      : proto === Object.prototype
        ? text
        : `<${proto?.constructor?.name ?? 'object'}> ${text}`;
  } finally {
    seen.delete(value);
  }
}

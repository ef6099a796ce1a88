/**
 * The options of the coverage functions: the common ones (`asOf`, `profile`, `divisions`, `validate`, `gapLimit`)
 * and readers for the division tree and a period. Each reader refuses a bad value with a PolicyError naming the option.
 * @module
 */
import { parseCalendarDate } from '../core/calendar-date.js';
import { pathArg, typeName } from '../core/errors.js';
import { asOfOption, countOption, type OptionReader } from '../core/options.js';
import { huaianDivisions, parseDivisionTree, type DivisionTree } from '../divisions/index.js';
import { coverageMessages } from './messages.js';
import { coverageProfiles } from './profile.js';
import { validateOption } from '../core/validation.js';

/** A tree built by this library: the shape of `DivisionTree` (its methods included). */
function isTree(value: object): value is DivisionTree {
  const t = value as Partial<DivisionTree>;
  return (
    Array.isArray(t.units) &&
    typeof t.get === 'function' &&
    typeof t.ancestors === 'function' &&
    typeof t.root === 'object'
  );
}

/**
 * The `divisions` option: a division tree built by this library, division tree JSON (validated), or absent (the
 * embedded 淮安 tree).
 * @category Coverage
 * @example
 * ```ts
 * divisionsOption(undefined, ['divisions']).root.name; // '淮安市'
 * divisionsOption(42, ['divisions']);                  // throws PolicyError 'invalid_divisions'
 * ```
 */
export const divisionsOption: OptionReader<DivisionTree> = (value, path) => {
  pathArg(path);
  if (value === undefined) return huaianDivisions();
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return coverageMessages.fail('invalid_divisions', path, { received: typeName(value) });
  return isTree(value) ? value : parseDivisionTree(value, path);
};

/**
 * A period, first and last day inclusive.
 * @category Coverage
 */
export interface Period {
  /** First day. */
  readonly from: string;
  /** Last day. */
  readonly to: string;
}

/**
 * The `period` option: `{ from, to }` (both required when given; `to` not before `from`), or `undefined` when absent
 * (each function says its default).
 * @category Coverage
 * @example
 * ```ts
 * periodOption({ from: '2025-01-01', to: '2025-12-31' }, ['period']); // { from: '2025-01-01', to: '2025-12-31' }
 * periodOption({ from: '2025-12-31', to: '2025-01-01' }, ['period']); // throws PolicyError 'period_order'
 * ```
 */
export const periodOption: OptionReader<Period | undefined> = (value, path) => {
  pathArg(path);
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return coverageMessages.fail('invalid_period', path, { received: typeName(value) });
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v))
    if (k !== 'from' && k !== 'to') coverageMessages.fail('invalid_period', [...path, k], { received: 'object' });
  const from = parseCalendarDate(v.from, [...path, 'from']);
  const to = parseCalendarDate(v.to, [...path, 'to']);
  if (to < from) coverageMessages.fail('period_order', [...path, 'to']);
  return { from, to };
};

/** The period counted when none is given: 1 January of `asOf`'s year to `asOf`. @internal */
export function yearToDate(asOf: string): Period {
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

/** The options every coverage function takes. @internal */
export const COMMON_OPTIONS = {
  asOf: asOfOption,
  profile: coverageProfiles.option,
  divisions: divisionsOption,
  validate: validateOption,
  gapLimit: countOption(Number.POSITIVE_INFINITY, true),
};

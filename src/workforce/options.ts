/**
 * The options every public function of the workforce domain reads, the same way: `asOf` (required), `profile` (a
 * workforce profile), `divisions` (the tree counts roll up over; default the embedded 淮安 tree), `salaryProfile` (the
 * `/salary` profile pay is computed with; default its `huaian` profile, whose amounts were never found), and for
 * batches `explain`.
 * @module
 */
import { asOfOption, explainOption, type CalendarDate, type OptionReader, type Profile } from '../core/index.js';
import { typeName } from '../core/errors.js';
import { huaianDivisions, parseDivisionTree, type DivisionTree } from '../divisions/index.js';
import { salaryProfiles } from '../salary/index.js';
import { workforceMessages as M } from './messages.js';
import { workforceProfiles } from './registry.js';

/**
 * Options of the workforce functions.
 * @category Workforce
 */
export interface WorkforceOptions {
  /** The date checked, and the date parameters are read on: `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** A shipped workforce profile id (`'huaian'`, the default), a `Profile`, or profile JSON. */
  readonly profile?: string | Profile | object;
  /** The division tree counts roll up over: a `DivisionTree` or division tree JSON; default the embedded 淮安 tree. */
  readonly divisions?: DivisionTree | object;
}

/**
 * Options of the functions that compute pay (`averagePayCheck`, `workforceReport`).
 * @category Workforce
 */
export interface WorkforcePayOptions extends WorkforceOptions {
  /**
   * The `/salary` profile pay is computed with: a shipped id, a `Profile` or profile JSON; default `huaian`, whose pay
   * amounts were never found (pay is then undetermined until the host supplies them).
   */
  readonly salaryProfile?: string | Profile | object;
}

/**
 * Options of `workforceReport`: every part's options and `explain` (each worker's own explanation; default `false`).
 * @category Workforce
 */
export interface WorkforceReportOptions extends WorkforcePayOptions {
  /** Build each worker row's explanation (slower, more memory). Default `false`. */
  readonly explain?: boolean;
}

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
 * @internal
 */
export const divisionsOption: OptionReader<DivisionTree> = (value, path) => {
  if (value === undefined) return huaianDivisions();
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return M.fail('invalid_divisions', path, { received: typeName(value) });
  return isTree(value) ? value : parseDivisionTree(value, path);
};

/** The `salaryProfile` option: resolved by `/salary`'s registry (a bad one is refused there, with this option's path). @internal */
export const salaryProfileOption: OptionReader<Profile> = (value, path) => salaryProfiles.resolve(value, path);

/** The option readers of a worker check. @internal */
export const ITEM_OPTIONS = { asOf: asOfOption, profile: workforceProfiles.option };
/** The option readers of a roster check that rolls up over the tree. @internal */
export const ROSTER_OPTIONS = { ...ITEM_OPTIONS, divisions: divisionsOption };
/** The option readers of the pay check. @internal */
export const PAY_OPTIONS = { ...ROSTER_OPTIONS, salaryProfile: salaryProfileOption };
/** The option readers of the report. @internal */
export const REPORT_OPTIONS = { ...PAY_OPTIONS, explain: explainOption };

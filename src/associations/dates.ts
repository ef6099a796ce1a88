/**
 * Two calendar computations on dates already validated as `YYYY-MM-DD`, done on the fixed-width string without
 * re-parsing. They agree with core `addYears` / `fullYearsBetween` (29 February → 1 March in common years); a
 * property test holds them to it. Why: the age rule runs 100,000 times in a batch and the general versions
 * re-validate every argument.
 * @module
 */
import { isLeapYear } from '../core/index.js';

/** The anniversary `years` years after a valid date (1 March for 29 February in a common year). @internal */
export function anniversary(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let md = date.slice(4);
  if (md === '-02-29' && !isLeapYear(y)) md = '-03-01';
  return `${String(y).padStart(4, '0')}${md}`;
}

/** Full years from `from` to `to` (both valid, `from <= to`), anniversary semantics. @internal */
export function fullYears(from: string, to: string): number {
  const ty = Number(to.slice(0, 4));
  let years = ty - Number(from.slice(0, 4));
  let md = from.slice(4);
  if (md === '-02-29' && !isLeapYear(ty)) md = '-03-01';
  if (to.slice(4) < md) years--;
  return years;
}

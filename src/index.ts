/**
 * huaian-social-work: rules as code for the Huai'an Party Committee Social Work Department.
 * This entry re-exports the core and every domain; import a subpath (`huaian-social-work/salary`, …) to bundle only
 * one domain. Policy test cases (`huaian-social-work/testing`) are a separate entry: they bundle a YAML parser.
 * @module huaian-social-work
 */
// The core's public API by name: its modules also export helpers documented @internal (the private Decimal
// constructor, unchecked date arithmetic) that the domains share but that must not become package API
// (test/core/exports.test.ts keeps this list equal to the core's non-internal exports).
export {
  ErrorCode,
  PolicyError,
  formatIssue,
  formatPath,
  isPolicyError,
  issue,
  fail,
  toSafe,
  type IssuePath,
  type PolicyIssue,
  type SafeParseResult,
} from './core/errors.js';
export {
  isLeapYear,
  daysInMonth,
  isCalendarDate,
  parseCalendarDate,
  safeParseCalendarDate,
  compareDates,
  addDays,
  daysBetween,
  addYears,
  fullYearsBetween,
  ageOn,
  firstJanuaryOnOrAfter,
  yearOf,
  type CalendarDate,
  type LeapDayRule,
} from './core/calendar-date.js';
export { ROUNDING_MODES, isDecimalString, roundYuan, sumYuan, isYuan, parseYuan, type Yuan, type RoundingMode } from './core/money.js';
export { valueOn, changeDates, type Source, type Bilingual, type ParameterValue, type ParameterType, type DatedValue, type Parameter, type ParameterRead } from './core/parameters.js';
export { parseProfile, safeParseProfile, getParameter, readParameter, withOverrides, type Profile, type ParameterPatch, type ProfilePatch } from './core/profile.js';
export { PROVISIONAL_WARNING, Tracer, formatExplanation, type RuleApplication, type Warning, type Explanation } from './core/explanation.js';
export * from './validators/index.js';
export * from './divisions/index.js';
export * from './entities/index.js';
export * from './salary/index.js';
export * from './coverage/index.js';
export * from './associations/index.js';

/**
 * The engine kit every domain is built on: calendar dates and legal periods, money, errors and messages as data,
 * options, dated parameters and profiles (registries, `profileAt`), records as field tables, one result envelope,
 * explanations and one renderer (`explain`). This index is the kit's public API: modules that also hold helpers the
 * domains share but hosts must not rely on (documented `@internal`: the private Decimal constructor, unchecked date
 * arithmetic, message quoting) are re-exported by name (test/core/exports.test.ts keeps the lists complete).
 * @module core
 */
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
} from './errors.js';
export * from './messages.js';
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
} from './calendar-date.js';
export * from './work-calendar.js';
export * from './periods.js';
export { isDecimalString } from './decimal-string.js';
export * from './rate.js';
export {
  lookup,
  gapText,
  valueOn,
  changeDates,
  type Confidence,
  type Source,
  type ParameterValue,
  type ParameterType,
  type DatedValue,
  type Parameter,
  type ParameterRead,
  type ParameterGap,
  type Bilingual,
} from './parameters.js';
export * from './sources.js';
export {
  parseProfile,
  safeParseProfile,
  getParameter,
  readParameter,
  profileToJson,
  withOverrides,
  type Profile,
  type ParameterPatch,
  type ProfilePatch,
} from './profile.js';
export * from './registry.js';
export * from './options.js';
export { VALIDATION_MODES, validateOption, trustedFailure, type ValidationMode } from './validation.js';
export {
  Field,
  fields,
  defineRecord,
  type FieldKind,
  type CustomCheck,
  type FieldDef,
  type Shape,
  type RequiredKeys,
  type OptionalKeys,
  type Output,
  type RecordOutput,
  type RefineContext,
  type RecordSettings,
  type RecordDef,
} from './record.js';
export * from './record-zod.js';
export {
  OUTCOMES,
  engineRef,
  emptyCounts,
  combineOutcomes,
  errorRow,
  runBatch,
  type Outcome,
  type RowOutcome,
  type ProfileRef,
  type EngineRef,
  type ResultEnvelope,
  type ErrorRow,
  type OutcomeCounts,
} from './result.js';
export {
  NO_TRACE,
  recorder,
  sharedList,
  type RuleApplication,
  type Intermediate,
  type MissingItem,
  type Explanation,
  type Trace,
  type Recorder,
  type Warning,
} from './explanation.js';
export * from './evaluation.js';
export { explain, outcomeLabel, citation } from './render.js';

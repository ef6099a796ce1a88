/**
 * Policy test cases as data: official worked examples written in YAML or JSON (in Chinese if you like), checked by
 * {@link runPolicyCases}, by a host's vitest suite ({@link describePolicyCases}) or by `huaian-sw test`.
 * @module testing
 */
export {
  CASE_KEYS,
  CASE_KEY_ALIASES,
  caseRecord,
  caseFileRecord,
  type CaseData,
  type CaseKey,
  type Lang,
  type PolicyCase,
  type CaseFile,
  type CaseOrigin,
} from './case.js';
export type { PolicyComputation, ComputationContext, ComputationRegistry } from './computation.js';
export { builtinComputations } from './computations.js';
export { parseCaseFile, safeParseCaseFile, parseCaseData, CaseErrorCode, type CaseFileOptions } from './load.js';
export { matchExpected, type Mismatch, type MismatchKind, type MatchOptions } from './match.js';
export {
  runPolicyCase,
  runPolicyCases,
  type RunCasesOptions,
  type CaseResult,
  type CaseMismatch,
  type CaseError,
} from './run.js';
export { formatCaseReport, formatCaseFileError, type CaseReportOptions } from './report.js';
export { loadCaseFile, expandCasePaths } from './files.js';
export {
  describePolicyCases,
  type TestFunctions,
  type EqualityAssertion,
  type DescribeCasesOptions,
} from './describe.js';
export { runCaseFilesCli, CASE_FILES_CLI_HELP, type CliStreams, type TextSink, type TextWriter } from './cli.js';

/**
 * Case files: text (YAML or JSON) to validated {@link PolicyCase}s. Every problem in a file is reported at once,
 * each with the file, the case's name, the line and column where it was written and the path of the bad field.
 * Pure: the caller reads the file (see `loadCaseFile` for Node).
 * @module
 */
import {
  PolicyError,
  type ErrorCode,
  type IssuePath,
  type PolicyIssue,
  type ProfilePatch,
  type SafeParseResult,
} from '../core/index.js';
import { safeOf } from '../core/errors.js';
import { formatPath, maskIds, typeName } from '../core/errors.js';
import { MAX_NESTING, checkNesting } from '../core/nesting.js';
import { argumentParsers, checkOptions, nullIssues } from './arguments.js';
import {
  CASE_KEYS,
  CASE_KEY_ALIASES,
  FILE_KEY_ALIASES,
  caseRecord,
  type CaseFile,
  type CaseKey,
  type CaseOrigin,
  type PolicyCase,
} from './case.js';
import { resolveComputationName, type ComputationRegistry } from './computation.js';
import { builtinComputations } from './computations.js';
import { testingMessages } from './messages.js';
import { readSource, type Position } from './yaml-source.js';
import type { RecordDef } from '../core/record.js';

/**
 * Options for reading a case file.
 * @category Testing
 */
export interface CaseFileOptions {
  /** The file's name, quoted in errors and kept in each case's origin. */
  readonly file?: string;
  /** The computations a case may name (default: {@link builtinComputations}); unknown names are an error. */
  readonly computations?: ComputationRegistry;
}

/** Issue codes specific to case files (besides the library's {@link ErrorCode}s). @category Testing */
export const CaseErrorCode = {
  /** The text is not valid YAML or JSON. */
  YamlSyntax: 'yaml_syntax',
  /** A case names a computation that is not in the registry. */
  UnknownComputation: 'unknown_computation',
  /** A case names a profile that is neither shipped, registered, nor a readable file. */
  UnknownProfile: 'unknown_profile',
  /** The file holds no case. */
  NoCases: 'no_cases',
  /** A case file or a profile file it names cannot be read. */
  UnreadableFile: 'unreadable_file',
} as const;

type Locate = (path: IssuePath) => Position | undefined;
type Subtree = (path: IssuePath) => ReadonlyArray<{ readonly path: IssuePath; readonly position: Position }>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds the file, line, column and case name to an issue's params. */
function placed(
  i: PolicyIssue,
  file: string | undefined,
  where: Position | undefined,
  caseName: string | undefined,
): PolicyIssue {
  const params: Record<string, unknown> = { ...i.params };
  if (file !== undefined) params.file = maskIds(file);
  if (where !== undefined && params.line === undefined) {
    params.line = where.line;
    params.column = where.column;
  }
  if (caseName !== undefined) params.case = caseName;
  return { ...i, params };
}

/** Renames aliased keys to canonical ones; reports unknown and doubled keys. */
function canonicalize(
  obj: Record<string, unknown>,
  base: IssuePath,
  report: (i: PolicyIssue) => void,
): { values: Partial<Record<CaseKey, unknown>>; written: Partial<Record<CaseKey, IssuePath>> } {
  const values: Partial<Record<CaseKey, unknown>> = {};
  const written: Partial<Record<CaseKey, IssuePath>> = {};
  for (const [key, value] of Object.entries(obj)) {
    const canonical = (CASE_KEYS as readonly string[]).includes(key) ? (key as CaseKey) : CASE_KEY_ALIASES[key];
    if (canonical === undefined) {
      report(testingMessages.issue('unknown_field', [...base, key], { keys: [key], known: CASE_KEYS }));
      continue;
    }
    if (written[canonical] !== undefined) {
      report(
        testingMessages.issue('duplicate_field', [...base, key], { key, first: String(written[canonical]!.at(-1)) }),
      );
      continue;
    }
    values[canonical] = value;
    written[canonical] = [...base, key];
  }
  return { values, written };
}

/** Lines of a case's fields, keyed by canonical relative path (see {@link CaseOrigin.lines}). */
function fieldLines(
  subtree: Subtree | undefined,
  written: Partial<Record<CaseKey, IssuePath>>,
): Record<string, number> {
  const lines: Record<string, number> = {};
  if (subtree === undefined) return lines;
  for (const [key, path] of Object.entries(written) as Array<[CaseKey, IssuePath]>) {
    for (const w of subtree(path)) lines[formatPath([key, ...w.path.slice(path.length)])] = w.position.line;
  }
  return lines;
}

function buildCaseFile(
  data: unknown,
  locate: Locate | undefined,
  subtree: Subtree | undefined,
  options: CaseFileOptions,
): CaseFile {
  const file = options.file;
  checkNesting(data);
  const registry = options.computations ?? builtinComputations;
  const issues: PolicyIssue[] = [];
  let currentCase: string | undefined;
  const report = (i: PolicyIssue): void => {
    issues.push(placed(i, file, locate?.(i.path), currentCase));
  };

  let list: unknown;
  let listPath: IssuePath = [];
  let defaults: { values: Partial<Record<CaseKey, unknown>>; written: Partial<Record<CaseKey, IssuePath>> } = {
    values: {},
    written: {},
  };
  let description: string | undefined;
  if (Array.isArray(data)) {
    list = data;
  } else if (isRecord(data)) {
    for (const [key, value] of Object.entries(data)) {
      const which = FILE_KEY_ALIASES[key];
      if (which === 'cases') {
        list = value;
        listPath = [key];
      } else if (which === 'defaults') {
        if (!isRecord(value)) {
          report(testingMessages.issue('defaults_not_object', [key], { expected: 'object' }));
        } else {
          defaults = canonicalize(value, [key], report);
          if (defaults.values.name !== undefined)
            report(testingMessages.issue('defaults_with_name', defaults.written.name!));
        }
      } else if (which === 'description') {
        if (typeof value === 'string') description = value;
        else report(testingMessages.issue('file_description_not_text', [key], { expected: 'string' }));
      } else {
        report(
          testingMessages.issue('unknown_top_level_field', [key], {
            keys: [key],
            known: ['cases', 'defaults', 'description'],
          }),
        );
      }
    }
    if (list === undefined) report(testingMessages.issue('no_cases_list', [], { key: 'cases' }));
  } else {
    report(testingMessages.issue('not_a_case_file', [], { key: 'cases' }));
  }

  const cases: PolicyCase[] = [];
  if (list !== undefined && !Array.isArray(list)) {
    report(testingMessages.issue('cases_not_list', listPath, { key: 'cases', expected: 'array' }));
  } else if (Array.isArray(list) && list.length === 0) {
    report(testingMessages.issue('empty_file', listPath));
  }
  const seen = new Map<string, number>();
  (Array.isArray(list) ? list : []).forEach((raw, index) => {
    const base = [...listPath, index];
    const nameKey = isRecord(raw)
      ? Object.keys(raw).find((k) => k === 'name' || CASE_KEY_ALIASES[k] === 'name')
      : undefined;
    const rawName = nameKey === undefined ? undefined : (raw as Record<string, unknown>)[nameKey];
    currentCase = typeof rawName === 'string' ? rawName : `#${index + 1}`;
    if (!isRecord(raw)) {
      report(testingMessages.issue('case_not_object', base, { expected: 'object' }));
      return;
    }
    const own = canonicalize(raw, base, report);
    const merged: Record<string, unknown> = { ...defaults.values, ...own.values };
    const written: Partial<Record<CaseKey, IssuePath>> = { ...defaults.written, ...own.written };
    const pathOf = (rel: IssuePath): IssuePath => {
      const top = rel[0] as CaseKey | undefined;
      const at = top === undefined ? undefined : written[top];
      return at === undefined ? [...base, ...rel] : [...at, ...rel.slice(1)];
    };
    let ok = true;
    // Checks that do not need a valid case run first, so one pass reports every problem of the case.
    let computation: string | undefined;
    if (typeof merged.computation === 'string' && merged.computation !== '') {
      computation = resolveComputationName(registry, merged.computation);
      if (computation === undefined) {
        ok = false;
        const known = Object.entries(registry).map(([k, v]) =>
          v.aliases?.length ? `${k} (${v.aliases.join('/')})` : k,
        );
        report(
          testingMessages.issue('unknown_computation', pathOf(['computation']), {
            computation: merged.computation,
            known,
            allowed: Object.keys(registry),
          }),
        );
      }
    }
    if (merged.expect === undefined && merged.expectError === undefined) {
      ok = false;
      report(testingMessages.issue('expect_required', base, { keys: ['expect', 'expectError'] }));
    } else if (merged.expect !== undefined && merged.expectError !== undefined) {
      ok = false;
      report(testingMessages.issue('expect_both', pathOf(['expectError'])));
    }
    if (typeof merged.name === 'string') {
      const previous = seen.get(merged.name);
      if (previous !== undefined) {
        ok = false;
        report(
          testingMessages.issue('duplicate_case_name', pathOf(['name']), { name: merged.name, previous: previous + 1 }),
        );
      } else {
        seen.set(merged.name, index);
      }
    }
    // The case record checks every field (an inline profile is parsed by it); a null is refused, not "not given".
    const found: PolicyIssue[] = [];
    nullIssues(caseRecord as RecordDef<unknown>, merged, [], found);
    const c = caseRecord.check(merged, [], found);
    for (const i of found) report({ ...i, path: pathOf(i.path) });
    if (c === undefined || found.length > 0) return;
    for (const [id, patch] of Object.entries(c.overrides ?? {})) {
      // withOverrides reads a bare list as a whole history ({ values }); a list value must be written { set: [...] }.
      if (Array.isArray(patch)) {
        ok = false;
        report(
          testingMessages.issue('override_list', pathOf(['overrides', id]), {
            id,
            form: '{ set: [...] }',
            expected: 'value or { set | merge | values }',
          }),
        );
      }
    }
    if (!ok) return;
    const where = locate?.(base);
    const origin: CaseOrigin = {
      ...(file !== undefined ? { file } : {}),
      ...(where !== undefined ? { line: where.line, column: where.column } : {}),
      lines: fieldLines(subtree, written),
    };
    cases.push({
      name: c.name,
      computation: computation!,
      ...(c.description !== undefined ? { description: c.description } : {}),
      ...(c.source !== undefined ? { source: c.source } : {}),
      ...(c.profile !== undefined ? { profile: c.profile } : {}),
      ...(c.overrides !== undefined ? { overrides: c.overrides as ProfilePatch } : {}),
      ...(c.asOf !== undefined ? { asOf: c.asOf } : {}),
      ...(c.input !== undefined ? { input: c.input } : {}),
      ...(c.options !== undefined ? { options: c.options } : {}),
      ...(c.expect !== undefined ? { expect: c.expect } : {}),
      ...(c.expectError !== undefined ? { expectError: c.expectError } : {}),
      ...(c.tolerance !== undefined ? { tolerance: c.tolerance } : {}),
      origin,
    });
  });
  if (issues.length > 0) {
    // In file order, as an editor shows them (a stable sort keeps same-line issues in the order found).
    const lineOf = (i: PolicyIssue): number => (typeof i.params?.line === 'number' ? i.params.line : 0);
    throw new PolicyError([...issues].sort((a, b) => lineOf(a) - lineOf(b)));
  }
  return { ...(file !== undefined ? { file } : {}), ...(description !== undefined ? { description } : {}), cases };
}

/**
 * Reads a case file's text (YAML or JSON). Throws a {@link PolicyError} listing every problem in the file; each issue's
 * `params` carry `file`, `line`, `column` and `case` (the case's name), and its `path` is the bad field's path in the file.
 * @category Testing
 * @example
 * ```ts
 * const file = parseCaseFile(`
 * cases:
 *   - 名称: 七名正式党员应设支部委员会
 *     计算: party_organization
 *     输入: { formalMembers: 7 }
 *     期望: { leadership: { kind: committee, min: 3, max: 5 } }
 * `, { file: 'party.yaml' });
 * file.cases[0].computation; // 'party_organization'
 * ```
 */
export function parseCaseFile(text: string, options: CaseFileOptions = {}): CaseFile {
  if (typeof text !== 'string') testingMessages.fail('text_not_string', ['text'], { received: typeName(text) });
  checkOptions(argumentParsers().fileOptions, options);
  let source: ReturnType<typeof readSource>;
  try {
    source = readSource(text);
  } catch (error) {
    // The YAML reader recurses once per nesting level: text nested thousands deep overflows it.
    if (!(error instanceof RangeError)) throw error;
    return testingMessages.fail('file_too_deep', [], { maxDepth: MAX_NESTING, file: options.file });
  }
  if (source.errors.length > 0) {
    throw new PolicyError(source.errors.map((i) => placed(i, options.file, undefined, undefined)));
  }
  return buildCaseFile(source.data, source.locate, source.subtree, options);
}

/** Non-throwing {@link parseCaseFile}. @category Testing */
export const safeParseCaseFile: (text: string, options?: CaseFileOptions) => SafeParseResult<CaseFile> =
  /* @__PURE__ */ safeOf(parseCaseFile);

/**
 * Validates cases given as plain data (already parsed JSON, or built in code): the same rules as
 * {@link parseCaseFile}, without line numbers.
 * @category Testing
 * @example
 * ```ts
 * const { cases } = parseCaseData([{ name: 'three members', computation: 'party_organization', asOf: '2026-01-01',
 *   input: { formalPartyMembers: 3, probationaryPartyMembers: 0, unitType: 'two_new' }, expect: { formation: 'standalone' } }]);
 * ```
 */
export function parseCaseData(data: unknown, options: CaseFileOptions = {}): CaseFile {
  checkOptions(argumentParsers().fileOptions, options);
  return buildCaseFile(data, undefined, undefined, options);
}

/**
 * The policy case: one official worked example written as data (a computation, its input, the date, the profile and
 * the part of the result that must hold), so an analyst can keep it true across releases without writing TypeScript.
 * @module
 */
import type { Profile, ProfilePatch } from '../core/index.js';

/** Language of messages and reports. @category Testing */
export type Lang = 'zh' | 'en';

/**
 * Where a case was read from, so a failure can point at the line to fix.
 * @category Testing
 */
export interface CaseOrigin {
  /** The case file, as given to the loader. */
  readonly file?: string;
  /** 1-based line of the case in the file. */
  readonly line?: number;
  /** 1-based column of the case in the file. */
  readonly column?: number;
  /**
   * Line of each field of the case, keyed by its path relative to the case with canonical top-level keys
   * (`"expect.monthly.total"`, `"expect.findings[0].rule"`, `"asOf"`).
   */
  readonly lines?: Readonly<Record<string, number>>;
}

/**
 * One policy test case (after aliases are resolved and file defaults applied).
 * @category Testing
 */
export interface PolicyCase {
  /** Unique name within its file; becomes the test's name. */
  readonly name: string;
  /** What the case shows. */
  readonly description?: string;
  /** The document(s) the example comes from (e.g. source keys of docs/sources.md: `"S1"`, `"S4 第十八条"`). */
  readonly source?: string | readonly string[];
  /** A shipped profile id, a host profile id registered in the run options, or a loaded profile. */
  readonly profile?: string | Profile;
  /** Parameter patches applied with `withOverrides` before computing ("what if grade 9 were 1.48"). */
  readonly overrides?: ProfilePatch;
  /** The date the computation is made for (`YYYY-MM-DD`). */
  readonly asOf?: string;
  /** Name of the computation (see {@link builtinComputations}). */
  readonly computation: string;
  /** The computation's input (a worker, a registry, a candidate, ...). */
  readonly input?: unknown;
  /** Extra options passed to the computation next to `asOf` and `profile`. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The part of the result that must match (dotted paths allowed; arrays match by containment). */
  readonly expect?: Readonly<Record<string, unknown>>;
  /** Instead of `expect`: the computation must refuse with an error matching this (e.g. `{ code: invalid_date }`). */
  readonly expectError?: Readonly<Record<string, unknown>>;
  /** Largest allowed difference for numbers and decimal strings (a decimal string); default exact. */
  readonly tolerance?: string;
  /** Where the case was read from. */
  readonly origin?: CaseOrigin;
}

/**
 * A loaded case file.
 * @category Testing
 */
export interface CaseFile {
  /** The file name, as given to the loader. */
  readonly file?: string;
  /** The file's own description, if any. */
  readonly description?: string;
  /** Its cases, in file order. */
  readonly cases: readonly PolicyCase[];
}

/** The keys of a case (canonical names), in the order a report lists them. @category Testing */
export const CASE_KEYS = [
  'name',
  'description',
  'source',
  'profile',
  'overrides',
  'asOf',
  'computation',
  'input',
  'options',
  'expect',
  'expectError',
  'tolerance',
] as const;

/** A canonical case key (see {@link PolicyCase}). @category Testing */
export type CaseKey = (typeof CASE_KEYS)[number];

/**
 * Chinese (and other) aliases of the case keys, so an analyst can write the whole file in Chinese.
 * @category Testing
 */
export const CASE_KEY_ALIASES: Readonly<Record<string, CaseKey>> = {
  名称: 'name',
  名字: 'name',
  说明: 'description',
  描述: 'description',
  来源: 'source',
  依据: 'source',
  配置: 'profile',
  参数覆盖: 'overrides',
  覆盖参数: 'overrides',
  日期: 'asOf',
  计算日期: 'asOf',
  as_of: 'asOf',
  计算: 'computation',
  输入: 'input',
  选项: 'options',
  期望: 'expect',
  预期: 'expect',
  期望错误: 'expectError',
  预期错误: 'expectError',
  expect_error: 'expectError',
  容差: 'tolerance',
};

/** Keys of the file itself (around the list of cases), with their aliases. @internal */
export const FILE_KEY_ALIASES: Readonly<Record<string, 'cases' | 'defaults' | 'description'>> = {
  cases: 'cases',
  用例: 'cases',
  defaults: 'defaults',
  默认: 'defaults',
  默认值: 'defaults',
  description: 'description',
  说明: 'description',
};

/**
 * The policy case: one official worked example written as data (a computation, its input, the date, the profile and
 * the part of the result that must hold), so an analyst can keep it true across releases without writing TypeScript.
 * @module
 */
import { isPolicyError, type PolicyIssue } from '../core/errors.js';
import { isDecimalString } from '../core/decimal-string.js';
import { parseProfile, type Profile, type ProfilePatch } from '../core/profile.js';
import { defineRecord, fieldChecker, fields, type RecordDef } from '../core/record.js';
import { recordMessages } from '../core/record-messages.js';
import type { Bilingual } from '../core/messages.js';
import { testingMessages } from './messages.js';

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

// ---------------------------------------------------------------------------------------------------------------
// The records of a case file: what a case (after aliases and defaults) and the file itself are, as field tables of
// the record kit. The loader checks every case with {@link caseRecord}; the kinds below say what the table cannot
// (one of two forms, a value taken as given).

/** Any value, taken as given (a case's input, an expected value, an option). @internal */
export const anyValue = /* @__PURE__ */ fields.custom<unknown>('any', {}, (v) => v);

/** An object of named values of any kind (`expect`, `options`, `overrides`), taken as given. @internal */
export const namedValues = (): ReturnType<typeof fields.map<unknown>> => fields.map(anyValue.optional().nullable());

/** Pushes the refusal of a value that has none of a field's forms (raised as `invalid`, as a union's was). */
function wrongForm(issues: PolicyIssue[], path: PolicyIssue['path'], label: Bilingual, forms: Bilingual): undefined {
  issues.push(testingMessages.issue('wrong_form', path, { label, forms }));
  return undefined;
}

/** Runs a kit field check, returning its value, or undefined when it pushed an issue. */
function viaField<T>(
  check: ReturnType<typeof fieldChecker>,
  v: unknown,
  path: PolicyIssue['path'],
  issues: PolicyIssue[],
): T | undefined {
  const before = issues.length;
  const r = check(v, path, issues, true);
  return issues.length > before ? undefined : (r as T);
}

const SOURCE_FORMS: Bilingual = { zh: '字符串或字符串列表', en: 'a text or a list of texts' };
let sourceList: ReturnType<typeof fieldChecker> | undefined;

/** A case's source: a text, or a list of texts. @internal */
export const sourceField = /* @__PURE__ */ fields.custom<string | string[]>(
  'source',
  { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  (v, path, issues, label) => {
    if (typeof v === 'string') return v;
    if (!Array.isArray(v)) return wrongForm(issues, path, label, SOURCE_FORMS);
    sourceList ??= fieldChecker(fields.array(fields.text({ minLength: 0 }).label('来源', 'source')).def);
    return viaField<string[]>(sourceList, v, path, issues);
  },
);

let profileId: ReturnType<typeof fieldChecker> | undefined;

/**
 * A case file's profile: a profile id (or the path of a JSON profile file, read by `loadCaseFile`), or a profile
 * written inline, which is parsed here (its refusals point into it).
 */
const profileField = /* @__PURE__ */ fields.custom<string | Profile>(
  'profile',
  { anyOf: [{ type: 'string', minLength: 1 }, { type: 'object' }] },
  (v, path, issues, label) => {
    if (typeof v === 'string') {
      profileId ??= fieldChecker(fields.text().label('配置', 'profile').def);
      return viaField<string>(profileId, v, path, issues);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return wrongForm(issues, path, label, {
        zh: '配置编号、配置文件路径或配置对象',
        en: 'a profile id, the path of a profile file or a profile object',
      });
    try {
      return parseProfile(v, path);
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      issues.push(...e.issues);
      return undefined;
    }
  },
);

/**
 * A tolerance: a non-negative decimal string; a YAML number is accepted when it reads back as a plain decimal (0.01,
 * not 1e-7). Normalised to the string.
 */
const toleranceField = /* @__PURE__ */ fields.custom<string>(
  'tolerance',
  {
    anyOf: [
      { type: 'string', pattern: '^\\d+(\\.\\d+)?$' },
      { type: 'number', minimum: 0 },
    ],
  },
  (v, path, issues, label) => {
    if (typeof v === 'string') {
      if (isDecimalString(v) && !v.startsWith('-')) return v;
      issues.push(testingMessages.issue('tolerance_not_decimal', path));
      return undefined;
    }
    if (typeof v === 'number') {
      if (v < 0) {
        issues.push(recordMessages.issue('out_of_range', path, { label, min: 0 }));
        return undefined;
      }
      if (isDecimalString(String(v))) return String(v);
      issues.push(testingMessages.issue('tolerance_as_number', path));
      return undefined;
    }
    return wrongForm(issues, path, label, {
      zh: '非负的十进制字符串（如 "0.01"）',
      en: 'a non-negative decimal string (such as "0.01")',
    });
  },
);

/**
 * A case as the case record reads it: canonical keys, the file's defaults applied, an inline profile parsed.
 * @category Testing
 */
export interface CaseData {
  name: string;
  description?: string;
  source?: string | string[];
  profile?: string | Profile;
  overrides?: Record<string, unknown>;
  asOf?: string;
  computation: string;
  input?: unknown;
  options?: Record<string, unknown>;
  expect?: Record<string, unknown>;
  expectError?: Record<string, unknown>;
  tolerance?: string;
}

/**
 * The record of one case, with canonical keys (see {@link CASE_KEYS}; a file may use their aliases) and the file's
 * defaults applied: what every case of a file is checked with. Exactly one of `expect` and `expectError`, a
 * computation the registry knows and a name unique in its file are the loader's checks (they need the registry and
 * the other cases).
 * @category Testing
 */
export const caseRecord: RecordDef<CaseData> = /* @__PURE__ */ defineRecord(
  'policy-case',
  { zh: '用例', en: 'policy case' },
  {
    name: fields.text().label('名称', 'name'),
    description: fields.text({ minLength: 0 }).optional().label('说明', 'description'),
    source: sourceField.optional().label('来源', 'source'),
    profile: profileField.optional().label('配置', 'profile'),
    overrides: namedValues().optional().label('参数覆盖', 'overrides'),
    asOf: fields.date().optional().label('计算日期', 'asOf'),
    computation: fields.text().label('计算', 'computation'),
    input: anyValue.optional().nullable().label('输入', 'input'),
    options: namedValues().optional().label('选项', 'options'),
    expect: namedValues().optional().label('期望', 'expect'),
    expectError: namedValues().optional().label('期望错误', 'expectError'),
    tolerance: toleranceField.optional().label('容差', 'tolerance'),
  },
  {
    unknownKeys: 'strict',
    description: {
      zh: '一个用例（已应用文件的默认值）：计算、输入、日期、配置，以及结果中必须成立的部分（期望）或应有的拒绝（期望错误），二者必有其一',
      en: 'One policy case (with the file defaults applied): a computation, its input, the date, the profile, and the part of the result that must hold (expect) or the refusal it must raise (expectError), exactly one of the two',
    },
  },
);

const NOT_NAME = CASE_KEYS.filter((k): k is Exclude<CaseKey, 'name'> => k !== 'name');

/**
 * The record of a file: its cases (each with a name; any other field may come from the defaults), the defaults
 * (any field but the name) and a description. Written with canonical keys; a file may use the aliases of
 * {@link CASE_KEY_ALIASES} and `用例` / `默认` / `说明`, or be a bare list of cases.
 * @category Testing
 */
export const caseFileRecord: RecordDef<{
  description?: string;
  defaults?: Partial<Omit<CaseData, 'name'>>;
  cases: Array<Partial<CaseData> & { name: string }>;
}> = /* @__PURE__ */ defineRecord(
  'policy-case-file',
  { zh: '用例文件', en: 'policy case file' },
  {
    description: fields.text({ minLength: 0 }).optional().label('说明', 'description'),
    defaults: fields
      .object(caseRecord.partial('policy-case-defaults', NOT_NAME).pick('policy-case-defaults', NOT_NAME))
      .optional()
      .label('默认', 'defaults'),
    cases: fields
      .array(fields.object(caseRecord.partial('policy-case-entry', NOT_NAME)), { min: 1 })
      .label('用例', 'cases'),
  },
  {
    unknownKeys: 'strict',
    description: {
      zh: '用例文件：用例列表，可有默认值（除名称外的任何字段）和说明；每个用例应用默认值后须符合“用例”记录',
      en: 'A policy case file: the list of cases, with optional defaults (any field but the name) and a description; each case with the defaults applied must be a valid policy case',
    },
  },
);

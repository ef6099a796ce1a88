/**
 * The /testing catalogue: every refusal of a case file, a case or an argument, the texts of a report and those of
 * `huaian-sw test`, each by key in Chinese (entirely Chinese: field names, option names, paths and values are passed in
 * as params) and English. Many refusals are raised with one of the library's shared codes (`invalid_type`,
 * `unrecognized_keys`, …) rather than with their key: each such entry says so (`raisedAs`), so the codes hosts switch
 * on stay what they were.
 * @module
 * @internal
 */
import { typeZh } from '../core/core-messages.js';
import { ErrorCode, quote } from '../core/errors.js';
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/messages.js';

/** Where a report line points: the line in the case file, if known. */
interface At {
  readonly line?: number;
}
const atZh = (p: At): string => (p.line === undefined ? '' : `（第 ${p.line} 行）`);
const atEn = (p: At): string => (p.line === undefined ? '' : ` (line ${p.line})`);

/** A mismatch line: the path as written in the case, where, and the values as shown. */
interface MismatchLine extends At {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/** A YAML parser's error: its first line (English, as the parser words it), how many more were left out, where. */
interface YamlSyntax {
  readonly detail: string;
  readonly more: number;
  readonly line?: number;
  readonly column?: number;
  readonly yamlCode: string;
}

/** Where in which case file an issue is (params only: the report shows them before the text). */
interface Placed {
  readonly file?: string;
  readonly case?: string;
  readonly line?: number;
}

// Input quoted in a text: shortened, a resident ID masked. String() first, so docs/messages.md renders the placeholder.
const q = (value: string, max: number): string => quote(String(value), max);

// Chinese names of the file's keys, in the order of the `known` param of unknown_top_level_field.
const FILE_KEYS_ZH = ['用例', '默认', '说明'];

const CATALOGUE = {
  // Arguments of the /testing functions (arguments.ts).
  not_a_function: { raisedAs: ErrorCode.InvalidType, zh: () => '应为函数', en: () => 'Must be a function' },
  not_an_object: { raisedAs: ErrorCode.InvalidType, zh: () => '应为对象', en: () => 'Must be an object' },
  bad_lang: {
    raisedAs: ErrorCode.UnknownEnumValue,
    zh: (p: { allowed: readonly string[]; received: string }) =>
      `语言应为 ${p.allowed.map((a) => `'${a}'`).join(' 或 ')}`,
    en: (p: { allowed: readonly string[]; received: string }) =>
      `The language must be ${p.allowed.map((a) => `'${a}'`).join(' or ')}`,
  },
  options_not_object: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { received: string }) => `选项应为对象，实际为${typeZh(p.received)}`,
    en: (p: { received: string }) => `options must be an object, got ${p.received}`,
  },
  wrong_form: {
    raisedAs: ErrorCode.Invalid,
    zh: (p: { label: Bilingual; forms: Bilingual }) => `「${p.label.zh}」应为${p.forms.zh}`,
    en: (p: { label: Bilingual; forms: Bilingual }) => `"${p.label.en}" must be ${p.forms.en}`,
  },
  no_value: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { label: Bilingual }) => `「${p.label.zh}」不能为空值（没有取值时请省去此字段）`,
    en: (p: { label: Bilingual }) => `"${p.label.en}" cannot be null (leave the field out when it has no value)`,
  },
  malformed_error: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { expected: string }) => `应为用例文件的 ${p.expected}`,
    en: (p: { expected: string }) => `Expected the ${p.expected} of a case file`,
  },

  // Case files (load.ts, yaml-source.ts).
  text_not_string: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { received: string }) => `用例文件内容应为字符串，实际为${typeZh(p.received)}`,
    en: (p: { received: string }) => `The case file text must be a string, got ${p.received}`,
  },
  file_too_deep: {
    raisedAs: 'too_deep',
    zh: (p: { maxDepth: number; file?: string }) => `用例文件嵌套过深（超过 ${p.maxDepth} 层）`,
    en: (p: { maxDepth: number; file?: string }) => `The case file is nested too deep (more than ${p.maxDepth} levels)`,
  },
  yaml_too_deep: {
    raisedAs: 'too_deep',
    zh: (p: { maxDepth: number }) => `YAML/JSON 嵌套过深（超过 ${p.maxDepth} 层）`,
    en: (p: { maxDepth: number }) => `The YAML/JSON is nested too deep (more than ${p.maxDepth} levels)`,
  },
  yaml_syntax: {
    zh: (p: YamlSyntax) => `YAML/JSON 语法错误：${p.detail}${p.more > 0 ? `（另有 ${p.more} 处错误未列出）` : ''}`,
    en: (p: YamlSyntax) => `YAML/JSON syntax error: ${p.detail}${p.more > 0 ? ` (and ${p.more} more not listed)` : ''}`,
  },
  yaml_unconvertible: {
    raisedAs: 'yaml_syntax',
    zh: (p: { detail: string }) => `YAML 无法转换：${p.detail}`,
    en: (p: { detail: string }) => `YAML cannot be converted: ${p.detail}`,
  },
  unknown_top_level_field: {
    raisedAs: ErrorCode.UnrecognizedKeys,
    zh: (p: { keys: readonly string[]; known: readonly string[] }) =>
      `未知的顶层字段“${q(p.keys[0] ?? '', 60)}”；可用：${p.known.map((k, i) => `${k}（${FILE_KEYS_ZH[i]}）`).join('、')}`,
    en: (p: { keys: readonly string[]; known: readonly string[] }) =>
      `Unknown top-level field "${q(p.keys[0] ?? '', 60)}"; expected ${p.known.join(', ')}`,
  },
  no_cases_list: {
    raisedAs: ErrorCode.Required,
    zh: (p: { key: string }) => `文件缺少 ${p.key}（用例）列表`,
    en: (p: { key: string }) => `The file has no "${p.key}" list`,
  },
  not_a_case_file: {
    raisedAs: 'no_cases',
    zh: (p: { key: string }) => `文件应为用例列表，或含 ${p.key}（用例）列表的对象`,
    en: (p: { key: string }) => `A case file is a list of cases or an object with a "${p.key}" list`,
  },
  cases_not_list: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { key: string; expected: string }) => `${p.key}（用例）应为列表`,
    en: (p: { key: string; expected: string }) => `"${p.key}" must be a list`,
  },
  empty_file: { raisedAs: 'no_cases', zh: () => '文件中没有用例', en: () => 'The file holds no case' },
  defaults_not_object: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { expected: string }) => '“默认”应为对象',
    en: (p: { expected: string }) => '"defaults" must be an object',
  },
  defaults_with_name: {
    raisedAs: ErrorCode.Invalid,
    zh: () => '默认值不能包含名称',
    en: () => 'Defaults cannot hold a name',
  },
  file_description_not_text: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { expected: string }) => '文件说明应为字符串',
    en: (p: { expected: string }) => 'The file description must be a string',
  },
  case_not_object: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { expected: string }) => '用例应为对象',
    en: (p: { expected: string }) => 'A case must be an object',
  },
  unknown_field: {
    raisedAs: ErrorCode.UnrecognizedKeys,
    zh: (p: { keys: readonly string[]; known: readonly string[] }) =>
      `未知字段“${q(p.keys[0] ?? '', 60)}”；可用字段：${p.known.join(', ')}（或中文：名称、说明、来源、配置、参数覆盖、计算日期、计算、输入、选项、期望、期望错误、容差）`,
    en: (p: { keys: readonly string[]; known: readonly string[] }) =>
      `Unknown field "${q(p.keys[0] ?? '', 60)}"; fields are: ${p.known.join(', ')} (or their Chinese names)`,
  },
  duplicate_field: {
    raisedAs: ErrorCode.Duplicate,
    zh: (p: { key: string; first: string }) => `字段“${q(p.key, 60)}”与“${q(p.first, 60)}”重复`,
    en: (p: { key: string; first: string }) => `Field "${q(p.key, 60)}" repeats "${q(p.first, 60)}"`,
  },
  duplicate_case_name: {
    raisedAs: ErrorCode.Duplicate,
    zh: (p: { name: string; previous: number }) => `用例名称“${q(p.name, 80)}”与第 ${p.previous} 个用例重复`,
    en: (p: { name: string; previous: number }) => `Case name "${q(p.name, 80)}" repeats case #${p.previous}`,
  },
  expect_required: {
    raisedAs: ErrorCode.Required,
    zh: (p: { keys: readonly string[] }) => `用例需要“期望”(${p.keys[0]}) 或“期望错误”(${p.keys[1]})`,
    en: (p: { keys: readonly string[] }) => `A case needs "${p.keys[0]}" or "${p.keys[1]}"`,
  },
  expect_both: {
    raisedAs: ErrorCode.Invalid,
    zh: () => '“期望”与“期望错误”只能有一个',
    en: () => 'A case has either "expect" or "expectError", not both',
  },
  tolerance_not_decimal: {
    raisedAs: ErrorCode.InvalidAmount,
    zh: () => '容差应为非负的十进制字符串，如 "0.01"',
    en: () => 'A tolerance is a non-negative decimal string such as "0.01"',
  },
  tolerance_as_number: {
    raisedAs: ErrorCode.InvalidAmount,
    zh: () => '容差请写成十进制字符串，如 "0.0000001"',
    en: () => 'Write the tolerance as a decimal string, e.g. "0.0000001"',
  },
  override_list: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { id: string; form: string; expected: string }) => `参数 ${q(p.id, 60)} 的列表取值请写成 ${p.form}`,
    en: (p: { id: string; form: string; expected: string }) => `Write a list value of ${q(p.id, 60)} as ${p.form}`,
  },
  unknown_computation: {
    zh: (p: { computation: string; known: readonly string[]; allowed?: readonly string[] }) =>
      `未知的计算“${q(p.computation, 60)}”；可用：${p.known.join(', ')}`,
    en: (p: { computation: string; known: readonly string[]; allowed?: readonly string[] }) =>
      `Unknown computation "${q(p.computation, 60)}"; known: ${p.known.join(', ')}`,
  },

  // Files in Node (files.ts).
  unreadable_file: {
    zh: (p: { file: string; reason: string }) => `无法读取文件 ${p.file}（${p.reason}）`,
    en: (p: { file: string; reason: string }) => `Cannot read file ${p.file} (${p.reason})`,
  },
  file_arg_type: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { received: string; scheme: string }) =>
      `用例文件应为路径字符串或 ${p.scheme} 地址，实际为${typeZh(p.received)}`,
    en: (p: { received: string; scheme: string }) =>
      `The case file must be a path or a ${p.scheme} URL, got ${p.received}`,
  },
  options_with_file: {
    raisedAs: ErrorCode.UnrecognizedKeys,
    zh: (p: { key: string }) => `选项中不能有 ${p.key}（文件名由第一个参数给出）`,
    en: (p: { key: string }) => `options cannot hold ${p.key} (the first argument names it)`,
  },
  profile_outside_folder: {
    raisedAs: 'unknown_profile',
    zh: (p: { profile: string } & Placed) =>
      `配置文件 ${p.profile} 不在用例文件所在的文件夹内；配置文件须与用例文件放在同一文件夹（或其子文件夹）中`,
    en: (p: { profile: string } & Placed) =>
      `Profile file ${p.profile} is outside the case file's folder; put profile files in the case file's folder (or below it)`,
  },
  profile_not_json: {
    raisedAs: ErrorCode.InvalidFormat,
    zh: (p: { profile: string } & Placed) => `配置文件 ${p.profile} 不是有效的 JSON`,
    en: (p: { profile: string } & Placed) => `Profile file ${p.profile} is not valid JSON`,
  },
  profile_file_issue: {
    zh: (p: { profile: string; reason: { zh: string; en: string } }) => `配置文件 ${p.profile}：${p.reason.zh}`,
    en: (p: { profile: string; reason: { zh: string; en: string } }) => `Profile file ${p.profile}: ${p.reason.en}`,
  },

  // Running cases (run.ts, computations.ts, describe.ts).
  internal_error: {
    zh: (p: { detail: string }) => `内部错误（请报告此缺陷）：${p.detail}`,
    en: (p: { detail: string }) => `Internal error (please report this bug): ${p.detail}`,
  },
  unknown_profile: {
    zh: (p: { profile: string; allowed: readonly string[] }) =>
      `未知的配置“${q(p.profile, 60)}”；可用：${p.allowed.join(', ') || '（无）'}；也可写 JSON 配置文件的路径`,
    en: (p: { profile: string; allowed: readonly string[] }) =>
      `Unknown profile "${q(p.profile, 60)}"; known: ${p.allowed.join(', ') || '(none)'}; a path to a JSON profile file also works`,
  },
  overrides_need_profile: {
    raisedAs: ErrorCode.Required,
    zh: () => '此计算没有默认配置，使用参数覆盖时须指定配置',
    en: () => 'This computation has no default profile; name one to apply overrides',
  },
  input_not_object: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { received: string; expected: string }) => `输入应为对象，实际为${typeZh(p.received)}`,
    en: (p: { received: string; expected: string }) => `The input must be an object, got ${p.received}`,
  },
  as_of_required: {
    raisedAs: ErrorCode.Required,
    zh: (p: { key: string }) => `此计算需要计算日期（${p.key} / 计算日期）`,
    en: (p: { key: string }) => `This computation needs a date (${p.key})`,
  },
  describe_file_type: {
    raisedAs: ErrorCode.InvalidType,
    zh: (p: { received: string }) => `应为用例文件路径、文件地址或已加载的用例文件，实际为${typeZh(p.received)}`,
    en: (p: { received: string }) => `Expected a case file path, URL or loaded case file, got ${p.received}`,
  },
  file_name_not_text: {
    raisedAs: ErrorCode.InvalidType,
    zh: () => '文件名应为字符串',
    en: () => 'The file name must be a string',
  },
  case_file_valid: { zh: () => '用例文件有效', en: () => 'case file is valid' },

  // Reports (report.ts).
  report_absent: { zh: () => '（无）', en: () => '(absent)' },
  mismatch_missing: {
    zh: (p: Omit<MismatchLine, 'actual'>) => `${p.path}${atZh(p)}：期望 ${p.expected}，实际结果中没有此项`,
    en: (p: Omit<MismatchLine, 'actual'>) =>
      `${p.path}${atEn(p)}: expected ${p.expected}, but the result has nothing there`,
  },
  mismatch_no_match: {
    zh: (p: MismatchLine & { empty: boolean }) =>
      `${p.path}${atZh(p)}：列表中没有与之匹配的元素：期望 ${p.expected}${p.empty ? '（列表为空）' : `，最接近的是 ${p.actual}`}`,
    en: (p: MismatchLine & { empty: boolean }) =>
      `${p.path}${atEn(p)}: no element of the list matches: expected ${p.expected}${p.empty ? ' (the list is empty)' : `, closest is ${p.actual}`}`,
  },
  mismatch_type: {
    zh: (p: MismatchLine) => `${p.path}${atZh(p)}：类型不同：期望 ${p.expected}，实际 ${p.actual}`,
    en: (p: MismatchLine) => `${p.path}${atEn(p)}: different kind of value: expected ${p.expected}, actual ${p.actual}`,
  },
  mismatch_different: {
    zh: (p: MismatchLine) => `${p.path}${atZh(p)}：期望 ${p.expected}，实际 ${p.actual}`,
    en: (p: MismatchLine) => `${p.path}${atEn(p)}: expected ${p.expected}, actual ${p.actual}`,
  },
  error_in_setup: {
    zh: (p: At) => `准备用例时出错${atZh(p)}：`,
    en: (p: At) => `Error while setting up the case${atEn(p)}:`,
  },
  error_in_overrides: {
    zh: (p: At) => `应用参数覆盖时出错${atZh(p)}：`,
    en: (p: At) => `Error while applying overrides${atEn(p)}:`,
  },
  error_in_compute: {
    zh: (p: At) => `计算时出错${atZh(p)}：`,
    en: (p: At) => `Error while computing${atEn(p)}:`,
  },
  report_description: {
    zh: (p: { text: string }) => `说明: ${p.text}`,
    en: (p: { text: string }) => `About: ${p.text}`,
  },
  report_source: {
    zh: (p: { text: string }) => `来源: ${p.text}`,
    en: (p: { text: string }) => `Source: ${p.text}`,
  },
  report_explanation: { zh: () => '实际结果的计算说明：', en: () => 'How the actual result was reached:' },
  report_case: {
    zh: (p: { name: string }) => `用例「${p.name}」`,
    en: (p: { name: string }) => `case "${p.name}"`,
  },

  // huaian-sw test (cli.ts).
  cli_bad_value: {
    zh: (p: { option: string; allowed: readonly string[]; received: string }) =>
      `${p.option} 只能是 ${p.allowed.join(' 或 ')}，而不是「${p.received}」`,
    en: (p: { option: string; allowed: readonly string[]; received: string }) =>
      `${p.option} must be ${p.allowed.join(' or ')}, not "${p.received}"`,
  },
  cli_needs_value: {
    zh: (p: { option: string }) => `选项 ${p.option} 缺少取值`,
    en: (p: { option: string }) => `option ${p.option} needs a value`,
  },
  cli_takes_no_value: {
    zh: (p: { option: string }) => `选项 ${p.option} 不带取值`,
    en: (p: { option: string }) => `option ${p.option} takes no value`,
  },
  cli_no_paths: {
    zh: () => '缺少用例文件或目录',
    en: () => 'case files or directories are required',
  },
  cli_see_help: {
    zh: (p: { command: string; option: string }) => `用 ${p.command} ${p.option} 查看用法`,
    en: (p: { command: string; option: string }) => `see ${p.command} ${p.option}`,
  },
  no_case_files: {
    zh: (p: { paths: readonly string[]; extensions: readonly string[] }) =>
      `在 ${p.paths.join(', ')} 中没有找到用例文件（${p.extensions.join('、')}）`,
    en: (p: { paths: readonly string[]; extensions: readonly string[] }) =>
      `No case files (${p.extensions.join(', ')}) found in ${p.paths.join(', ')}`,
  },
  unreadable_case_files: {
    zh: (p: { count: number }) => `${p.count} 个用例文件有误，未能运行`,
    en: (p: { count: number }) => `${p.count} case file(s) could not be read`,
  },
} satisfies Catalogue;

/** The keys of the testing catalogue. @internal */
export type TestingKey = keyof typeof CATALOGUE & string;

/** The testing catalogue. @internal */
export const testingMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('testing', CATALOGUE);

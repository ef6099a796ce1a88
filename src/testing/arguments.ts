/**
 * Checks of the arguments of the /testing functions (options, registries, cases, results, test functions, streams),
 * so a wrong argument from a host is a PolicyError naming it, never a TypeError from deep inside a run. Each is a
 * record of the kit; objects may carry other fields, and only what the functions read is checked. The functions go
 * on using the host's own objects, so `null` is refused where a field is optional (the kit reads it as "not given",
 * which the code that reads the object would not). Records are built on first use.
 * @module
 * @internal
 */
import { PolicyError, pathArg, typeName, type IssuePath, type PolicyIssue } from '../core/errors.js';
import { checkNesting } from '../core/nesting.js';
import { checkProfile } from '../core/profile.js';
import { defineRecord, fieldChecker, fields, type FieldDef, type RecordDef } from '../core/record.js';
import { recordMessages } from '../core/record-messages.js';
import type { Bilingual } from '../core/messages.js';
import { anyValue, caseRecord, sourceField } from './case.js';
import { testingMessages } from './messages.js';

/** A check of one argument: throws a PolicyError listing every problem. @internal */
export interface ArgumentCheck {
  parse(value: unknown, path?: IssuePath): void;
}

/** Pushes a `no_value` issue for each `null` in an optional field of `rec` in `value` (nested records included). */
export function nullIssues(rec: RecordDef<unknown>, value: unknown, path: IssuePath, issues: PolicyIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [key, def] of Object.entries(rec.fields)) {
    if (!Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    // A required field's null is the kit's `required`; a nullable field keeps it.
    if (v === null) {
      if (!def.required && def.nullable !== true)
        issues.push(testingMessages.issue('no_value', [...path, key], { label: def.label }));
    } else nullsInside(def, v, [...path, key], issues);
  }
}

function nullsInside(def: FieldDef, v: unknown, path: IssuePath, issues: PolicyIssue[]): void {
  if (typeof v !== 'object' || v === null) return;
  const t = def.type;
  if (t.kind === 'object') nullIssues(t.record, v, path, issues);
  else if (t.kind === 'array' && Array.isArray(v)) v.forEach((x, i) => nullsInside(t.of, x, [...path, i], issues));
  else if (t.kind === 'map' && !Array.isArray(v))
    for (const k of Object.keys(v)) nullsInside(t.of, (v as Record<string, unknown>)[k], [...path, k], issues);
}

/** An argument check: the nesting first (a cyclic or deep value is refused before the walk), then `check`. */
function argument(check: (value: unknown, path: IssuePath, issues: PolicyIssue[]) => void): ArgumentCheck {
  return {
    parse(value, path = []) {
      checkNesting(value, pathArg(path));
      const issues: PolicyIssue[] = [];
      check(value, path, issues);
      if (issues.length > 0) throw new PolicyError(issues);
    },
  };
}

const ofRecord = (rec: RecordDef<unknown>): ArgumentCheck =>
  argument((value, path, issues) => {
    nullIssues(rec, value, path, issues);
    rec.check(value, path, issues);
  });

/** A list argument (`null` is a wrong type, as for a record, not a missing list). */
function ofList(list: FieldDef): ArgumentCheck {
  const check = fieldChecker(list);
  return argument((value, path, issues) => {
    if (value === null)
      issues.push(
        recordMessages.issue('invalid_type', path, { label: list.label, expected: 'array', received: typeName(value) }),
      );
    else {
      check(value, path, issues, true);
      if (Array.isArray(value)) nullsInside(list, value, path, issues);
    }
  });
}

const text = () => fields.text({ minLength: 0 });
const objectKind = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** A function. */
const fn = fields.custom<(...args: never[]) => unknown>('function', {}, (v, path, issues) => {
  if (typeof v === 'function') return v as (...args: never[]) => unknown;
  issues.push(testingMessages.issue('not_a_function', path));
  return undefined;
});

/** An object of any kind (a profile, checked on its own). */
const anObject = fields.custom<object>('object', { type: 'object' }, (v, path, issues) => {
  if (objectKind(v)) return v;
  issues.push(testingMessages.issue('not_an_object', path));
  return undefined;
});

/** The record's fields read from `v` as properties (a class's methods are on its prototype), for `rec` to check. */
function propertiesOf(rec: RecordDef<unknown>, v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rec.fields)) if (key in v) out[key] = (v as Record<string, unknown>)[key];
  return out;
}

/** An object whose fields may be inherited (a method of a class): checked by `rec` on its properties. */
const withMethods = (name: string, rec: RecordDef<unknown>) =>
  fields.custom<object>(name, rec.jsonSchema(), (v, path, issues) => {
    const view = propertiesOf(rec, v);
    nullIssues(rec, view, path, issues);
    return rec.check(view, path, issues) === undefined ? undefined : (v as object);
  });

const SINK_FORMS: Bilingual = { zh: '函数或带 write 函数的对象', en: 'a function or an object with a write function' };

/** Where the CLI writes: a function, or an object with a `write` function (a Node stream's is inherited). */
const sink = fields.custom<object>('sink', {}, (v, path, issues, label) => {
  if (typeof v === 'function') return v;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    if (typeof (v as { write?: unknown }).write === 'function') return v;
    issues.push(testingMessages.issue('not_a_function', [...path, 'write']));
    return undefined;
  }
  issues.push(testingMessages.issue('wrong_form', path, { label, forms: SINK_FORMS }));
  return undefined;
});

function build() {
  const bilingual = defineRecord(
    'bilingual-text',
    { zh: '中英文本', en: 'bilingual text' },
    { zh: text().label('中文', 'Chinese'), en: text().label('英文', 'English') },
  );
  const computation = defineRecord(
    'policy-computation',
    { zh: '计算', en: 'computation' },
    {
      label: fields.object(bilingual).label('名称', 'label'),
      aliases: fields.array(text().label('别名', 'alias')).optional().label('别名', 'aliases'),
      run: fn.label('计算函数', 'run'),
      profile: fn.optional().label('取配置函数', 'profile'),
      profileIds: fn.optional().label('配置编号函数', 'profileIds'),
      defaultProfile: fn.optional().label('默认配置函数', 'defaultProfile'),
      explain: fn.optional().label('说明函数', 'explain'),
    },
  );
  const registry = fields
    .map(withMethods('computation', computation as RecordDef<unknown>).label('计算', 'computation'))
    .label('计算', 'computations');
  const profiles = fields.map(anObject.label('配置', 'profile')).label('配置', 'profiles');
  const lang = fields
    .enum(['zh', 'en'], { zh: { zh: 'zh', en: 'zh' }, en: { zh: 'en', en: 'en' } })
    .optional()
    .label('语言', 'lang');
  const origin = defineRecord(
    'case-origin',
    { zh: '用例位置', en: 'case origin' },
    {
      file: text().optional().label('文件', 'file'),
      line: fields.integer().optional().label('行', 'line'),
      column: fields.integer().optional().label('列', 'column'),
      lines: fields.map(fields.integer().label('行', 'line')).optional().label('各字段所在行', 'lines'),
    },
  );
  // A case built in code: the case record, with any text as its date and tolerance (the computation and the matcher
  // refuse a bad one when the case runs), a profile object as given (checked as a profile by the runner) and its origin.
  const policyCase = caseRecord.extend(
    'policy-case-argument',
    { zh: '用例', en: 'policy case' },
    {
      profile: fields
        .custom<unknown>('profile', { anyOf: [{ type: 'string' }, { type: 'object' }] }, (v, path, issues, label) => {
          if (typeof v === 'string' || objectKind(v)) return v;
          issues.push(
            testingMessages.issue('wrong_form', path, {
              label,
              forms: { zh: '配置编号或配置对象', en: 'a profile id or a profile' },
            }),
          );
          return undefined;
        })
        .optional()
        .label('配置', 'profile'),
      asOf: text().optional().label('计算日期', 'asOf'),
      tolerance: text().optional().label('容差', 'tolerance'),
      origin: fields.object(origin).optional().label('位置', 'origin'),
    },
    { unknownKeys: 'strip' },
  );
  const caseIssue = defineRecord(
    'case-issue',
    { zh: '问题', en: 'issue' },
    {
      code: text().label('代码', 'code'),
      path: text().label('路径', 'path'),
      zh: text().label('中文', 'zh'),
      en: text().label('英文', 'en'),
    },
  );
  // Values that are codes are their own labels (so no label is read as one of them).
  const codes = <V extends string>(values: readonly V[]): Record<V, Bilingual> =>
    Object.fromEntries(values.map((v) => [v, { zh: v, en: v }])) as unknown as Record<V, Bilingual>;
  const result = defineRecord(
    'case-result',
    { zh: '用例结果', en: 'case result' },
    {
      name: text().label('名称', 'name'),
      status: fields
        .enum(['pass', 'fail', 'error'] as const, codes(['pass', 'fail', 'error'] as const))
        .label('状态', 'status'),
      case: fields
        .object(
          defineRecord(
            'case-result-case',
            { zh: '用例', en: 'case' },
            {
              origin: fields.object(origin).optional().label('位置', 'origin'),
              description: text().optional().label('说明', 'description'),
              source: sourceField.optional().label('来源', 'source'),
            },
          ),
        )
        .label('用例', 'case'),
      mismatches: fields
        .array(
          fields.object(
            defineRecord(
              'case-mismatch',
              { zh: '不符之处', en: 'mismatch' },
              {
                path: text().label('路径', 'path'),
                expected: anyValue.optional().nullable().label('期望值', 'expected'),
                actual: anyValue.optional().nullable().label('实际值', 'actual'),
                kind: text().label('类别', 'kind'),
                line: fields.integer().optional().label('行', 'line'),
              },
            ),
          ),
        )
        .label('不符之处', 'mismatches'),
      error: fields
        .object(
          defineRecord(
            'case-error',
            { zh: '错误', en: 'error' },
            {
              stage: fields
                .enum(['setup', 'overrides', 'compute'] as const, codes(['setup', 'overrides', 'compute'] as const))
                .label('阶段', 'stage'),
              line: fields.integer().optional().label('行', 'line'),
              issues: fields.array(fields.object(caseIssue).label('问题', 'issue')).label('问题', 'issues'),
            },
          ),
        )
        .optional()
        .label('错误', 'error'),
      explanation: fields.object(bilingual).optional().label('计算说明', 'explanation'),
    },
  );
  const options = (name: string, shape: Parameters<typeof defineRecord>[2]) =>
    ofRecord(defineRecord(name, { zh: '选项', en: 'options' }, shape) as RecordDef<unknown>);
  return {
    fileOptions: options('case-file-options', {
      file: text().optional().label('文件名', 'file'),
      computations: registry.optional(),
    }),
    runOptions: options('run-options', { computations: registry.optional(), profiles: profiles.optional() }),
    describeOptions: options('describe-options', {
      computations: registry.optional(),
      profiles: profiles.optional(),
      lang,
      name: text().optional().label('名称', 'name'),
    }),
    reportOptions: options('report-options', {
      lang,
      passed: fields.boolean().optional().label('列出通过的用例', 'passed'),
      explanations: fields.boolean().optional().label('附计算说明', 'explanations'),
      summary: fields.boolean().optional().label('附汇总行', 'summary'),
    }),
    policyCase: ofRecord(policyCase as RecordDef<unknown>),
    cases: ofList(fields.array(fields.object(policyCase).label('用例', 'case')).label('用例', 'cases').def),
    results: ofList(fields.array(fields.object(result).label('用例结果', 'result')).label('用例结果', 'results').def),
    testFunctions: ofRecord(
      defineRecord(
        'test-functions',
        { zh: '测试函数', en: 'test functions' },
        {
          describe: fn.label('describe 函数', 'describe'),
          it: fn.label('it 函数', 'it'),
          expect: fn.optional().label('expect 函数', 'expect'),
        },
      ) as RecordDef<unknown>,
    ),
    streams: ofRecord(
      defineRecord(
        'cli-streams',
        { zh: '输出流', en: 'streams' },
        { stdout: sink.label('标准输出', 'stdout'), stderr: sink.label('错误输出', 'stderr') },
      ) as RecordDef<unknown>,
    ),
    argv: ofList(fields.array(text().label('参数', 'argument')).label('参数', 'arguments').def),
  };
}

let checks: ReturnType<typeof build> | undefined;

/** The argument checks (built on first use). @internal */
export function argumentParsers(): ReturnType<typeof build> {
  return (checks ??= build());
}

/** Checks options with `check`; also each host profile in `profiles` (shape only). @internal */
export function checkOptions(check: ArgumentCheck, options: unknown, path: IssuePath = ['options']): void {
  if (options === undefined) return;
  check.parse(options, path);
  const profiles = (options as { profiles?: Record<string, unknown> }).profiles;
  if (profiles !== undefined)
    for (const [id, p] of Object.entries(profiles)) checkProfile(p, [...path, 'profiles', id]);
}

/** The language argument: `zh` or `en`. @internal */
export function langArg(lang: unknown, path: IssuePath = ['lang']): 'zh' | 'en' {
  if (lang !== 'zh' && lang !== 'en')
    testingMessages.fail('bad_lang', path, { allowed: ['zh', 'en'], received: typeName(lang) });
  return lang;
}

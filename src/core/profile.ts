/**
 * Profiles: a named, versioned set of dated parameters for one jurisdiction and domain. Profiles are plain JSON (the
 * shipped ones are JSON files in each domain's `profiles/` folder), validated on load, so a city can ship its official
 * table without touching code; what-if analysis patches a copy. The format has a JSON Schema
 * (`docs/schemas/profile.schema.json`).
 * @module
 */
import { isCalendarDate } from './calendar-date.js';
import {
  ErrorCode,
  PolicyError,
  fail,
  maskIds,
  pathArg,
  quote,
  safeOf,
  typeName,
  type IssuePath,
  type PolicyIssue,
  type SafeParseResult,
} from './errors.js';
import type { Bilingual } from './messages.js';
import { DECIMAL_RANGE, inDecimalRange, isDecimalString } from './decimal-string.js';
import {
  valueOn,
  type DatedValue,
  type Parameter,
  type ParameterRead,
  type ParameterValue,
  type Source,
} from './parameters.js';
import type { SourceLookup } from './sources.js';
import { checkNesting } from './nesting.js';
import { bilingualRecord } from './bilingual-record.js';
import { confidenceField } from './confidence-field.js';
import { defineRecord, fields, type RecordDef, type RecordOutput } from './record.js';
import { recordMessages } from './record-messages.js';

/**
 * A jurisdiction's rules for one domain, as data.
 * @category Parameters
 */
export interface Profile {
  /** Stable id, e.g. `"huaian"`. */
  readonly id: string;
  /** The domain the profile is for (`'salary'`, `'coverage'`, …); absent in a host profile that does not say. */
  readonly domain?: string;
  /** Version of this profile's data (bump on every change of a value; see CHANGELOG.md). */
  readonly version: string;
  /** Name of the profile. */
  readonly label: Bilingual;
  /** The jurisdiction it describes: name and, where there is one, its GB/T 2260 code. */
  readonly jurisdiction: { readonly code?: string; readonly name: Bilingual };
  /** What the profile is for and how far to trust it. */
  readonly description?: Bilingual;
  /** Parameters by id. */
  readonly parameters: Readonly<Record<string, Parameter>>;
}

// The profile JSON format as records of the kit: one definition per record, from which the check parseProfile runs,
// the JSON Schema in docs/schemas and the messages' field names all come.

// Text a source may leave empty (an issuer not known is written "" or null).
const anyText = () => fields.text({ minLength: 0 });
const sourceRecord = defineRecord(
  'profile-source',
  { zh: '来源', en: 'source' },
  {
    key: anyText().optional().label('来源键', 'source key'),
    title: fields.text().label('标题', 'title'),
    issuer: anyText().optional().label('发文机关', 'issuer'),
    number: anyText().optional().label('文号', 'document number'),
    date: fields.date().optional().label('发文日期', 'date of the document'),
    inForce: fields.date().optional().label('施行日期', 'date in force'),
    article: anyText().optional().label('条款', 'article'),
    url: anyText().optional().label('网址', 'address'),
    confidence: confidenceField.optional().label('可信度', 'confidence'),
    kind: anyText().optional().label('类别', 'kind'),
    note: fields.object(bilingualRecord).optional().label('备注', 'note'),
  },
  { unknownKeys: 'strict' },
);
type SourceJson = RecordOutput<typeof sourceRecord>;

/** A value's source: a key of a sources table, or the source written out. */
const sourceRef = fields.custom<string | SourceJson>(
  'profile-source-ref',
  { anyOf: [{ type: 'string', minLength: 1 }, sourceRecord.jsonSchema()] },
  (v, path, issues, label) => {
    if (typeof v === 'string') {
      if (v !== '') return v;
      issues.push(recordMessages.issue('text_length', path, { label, min: 1 }));
      return undefined;
    }
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return sourceRecord.check(v, path, issues);
    issues.push(
      recordMessages.issue('invalid_type', path, { label, expected: 'string or object', received: typeName(v) }),
    );
    return undefined;
  },
);
const datedValueRecord = defineRecord(
  'profile-value',
  { zh: '参数取值', en: 'parameter value' },
  {
    effectiveFrom: fields.date().nullable().label('生效日期', 'date of effect'),
    value: fields.json().nullable().label('取值', 'value'),
    source: sourceRef.label('来源', 'source'),
    article: anyText().optional().label('条款', 'article'),
    confidence: confidenceField.optional().label('可信度', 'confidence'),
    provisional: fields.boolean().optional().label('暂定', 'provisional'),
    notFound: fields.boolean().optional().label('未找到', 'not found'),
    override: fields.boolean().optional().label('覆盖值', 'override'),
    lastReviewed: fields.date().optional().label('最近核对日期', 'last reviewed'),
    note: fields.object(bilingualRecord).optional().label('备注', 'note'),
  },
  { unknownKeys: 'strict' },
);
const parameterRecord = defineRecord(
  'profile-parameter',
  { zh: '参数', en: 'parameter' },
  {
    id: fields.text().optional().label('参数编号', 'parameter id'),
    label: fields.object(bilingualRecord).label('名称', 'name'),
    unit: anyText().label('单位', 'unit'),
    type: fields
      .enum(['decimal', 'integer', 'boolean', 'date', 'text', 'table'], {
        decimal: { zh: '十进制数', en: 'decimal' },
        integer: { zh: '整数', en: 'integer' },
        boolean: { zh: '布尔值', en: 'boolean' },
        date: { zh: '日期', en: 'date' },
        text: { zh: '文本', en: 'text' },
        table: { zh: '表', en: 'table' },
      })
      .label('类型', 'type'),
    description: fields.object(bilingualRecord).optional().label('说明', 'description'),
    values: fields.array(fields.object(datedValueRecord), { min: 1 }).label('取值历史', 'values'),
  },
  { unknownKeys: 'strict' },
);
const profileRecord = defineRecord(
  'profile',
  { zh: '配置', en: 'profile' },
  {
    $schema: anyText().optional().label('模式地址', 'schema address'),
    format: fields.integer({ min: 2, max: 2 }).optional().label('格式版本', 'format version'),
    id: fields
      .text({
        pattern: /^[a-z0-9][a-z0-9._-]*$/,
        format: {
          zh: '小写字母、数字、点、下划线或连字符，以字母或数字开头',
          en: 'lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit',
        },
      })
      .label('配置编号', 'profile id'),
    domain: fields
      .text({
        pattern: /^[a-z][a-z0-9-]*$/,
        format: {
          zh: '小写字母、数字或连字符，以字母开头',
          en: 'lowercase letters, digits or hyphens, starting with a letter',
        },
      })
      .optional()
      .label('领域', 'domain'),
    version: fields.text().label('版本', 'version'),
    label: fields.object(bilingualRecord).label('名称', 'name'),
    jurisdiction: fields
      .object(
        defineRecord(
          'profile-jurisdiction',
          { zh: '辖区', en: 'jurisdiction' },
          {
            code: anyText().optional().label('区划代码', 'division code'),
            name: fields.object(bilingualRecord).label('名称', 'name'),
          },
          { unknownKeys: 'strict' },
        ),
      )
      .label('辖区', 'jurisdiction'),
    description: fields.object(bilingualRecord).optional().label('说明', 'description'),
    sources: fields.map(fields.object(sourceRecord)).optional().label('来源表', 'sources'),
    parameters: fields.map(fields.object(parameterRecord)).label('参数', 'parameters'),
  },
  {
    unknownKeys: 'strict',
    description: {
      zh: '配置（格式 2）：带来源的分日期参数，由 parseProfile 读取。此模式之外另行检查：同一参数的生效日期升序且不重复，取值符合参数声明的类型，来源键能在配置自身的来源表或随包来源表中找到。',
      en: "A profile (format 2): dated parameters with their sources, read by parseProfile. Checked beyond this schema: each parameter's dates in increasing order without repeats, values of their parameter's declared type, source keys resolving to the profile's own sources or the shipped table.",
    },
  },
);

/** The record of profile JSON, for the JSON Schema export. @internal */
export const profileJsonRecord = profileRecord as RecordDef<unknown>;

function typeMatches(type: Parameter['type'], value: ParameterValue): boolean {
  if (value === null) return true;
  switch (type) {
    case 'decimal':
      return isDecimalString(value);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return isCalendarDate(value);
    case 'text':
      return typeof value === 'string';
    case 'table':
      return typeof value === 'object';
  }
}

function issueAt(code: string, path: IssuePath, zh: string, en: string): PolicyIssue {
  // A profile's text is the host's (a source key, a parameter name): a resident ID in it is masked, as in every issue.
  return { code, path, zh: maskIds(zh), en: maskIds(en) };
}

/** A source from JSON: drops JSON nulls (absent fields), keeps the rest. */
function sourceFrom(json: SourceJson, key: string | undefined, article: string | undefined): Source {
  const out: Record<string, unknown> = {};
  if (key !== undefined) out.key = key;
  for (const [k, v] of Object.entries(json))
    if (v !== null && v !== undefined && k !== 'kind' && k !== 'note' && k !== 'inForce') out[k] = v;
  if (article !== undefined) out.article = article;
  return out as unknown as Source;
}

/** Resolves a value's source: a key of the profile's own table, else of the domain's shipped table, else an inline object. */
function resolveSource(
  raw: string | SourceJson,
  article: string | undefined,
  own: Readonly<Record<string, SourceJson>> | undefined,
  shippedSources: SourceLookup | undefined,
  path: IssuePath,
  issues: PolicyIssue[],
): Source {
  if (typeof raw !== 'string') return sourceFrom(raw, raw.key, article);
  const mine = own !== undefined && Object.prototype.hasOwnProperty.call(own, raw) ? own[raw] : undefined;
  if (mine !== undefined) return sourceFrom(mine, raw, article);
  const shipped = shippedSources?.(raw);
  if (shipped !== undefined) return article === undefined ? shipped : { ...shipped, article };
  issues.push(
    issueAt(
      ErrorCode.UnknownCode,
      path,
      `来源「${raw.slice(0, 40)}」不在来源表中（请在配置的 sources 中给出）`,
      `Source "${raw.slice(0, 40)}" is not in the sources table (add it to the profile's sources)`,
    ),
  );
  return { title: raw };
}

type ParameterJson = RecordOutput<typeof parameterRecord>;

/** Checks what a schema cannot and builds the in-memory parameter. */
function buildParameter(
  key: string,
  p: ParameterJson,
  own: Readonly<Record<string, SourceJson>> | undefined,
  shipped: SourceLookup | undefined,
  base: IssuePath,
  issues: PolicyIssue[],
): Parameter {
  // Keys are echoed masked and cut short: a key may be anything a host wrote, even a resident ID.
  const name = quote(key, 60);
  if (p.id !== undefined && p.id !== key) {
    issues.push(
      issueAt(
        ErrorCode.Inconsistent,
        [...base, 'id'],
        `参数编号「${quote(p.id, 60)}」与键「${name}」不一致`,
        `Parameter id "${quote(p.id, 60)}" does not match its key "${name}"`,
      ),
    );
  }
  const values: DatedValue[] = [];
  p.values.forEach((v, i) => {
    const at: IssuePath = [...base, 'values', i];
    const prev = p.values[i - 1];
    if (v.effectiveFrom === null && i > 0) {
      issues.push(
        issueAt(
          ErrorCode.Unsorted,
          [...at, 'effectiveFrom'],
          `参数 ${name}：只有第一个取值可以不注明生效日期`,
          `Parameter ${name}: only the first value may have an unknown date of effect`,
        ),
      );
    } else if (prev !== undefined && prev.effectiveFrom !== null && v.effectiveFrom !== null) {
      if (v.effectiveFrom === prev.effectiveFrom) {
        issues.push(
          issueAt(
            ErrorCode.Duplicate,
            [...at, 'effectiveFrom'],
            `参数 ${name} 在 ${v.effectiveFrom} 有两个取值`,
            `Parameter ${name} has two values on ${v.effectiveFrom}`,
          ),
        );
      } else if (v.effectiveFrom < prev.effectiveFrom) {
        issues.push(
          issueAt(
            ErrorCode.Unsorted,
            [...at, 'effectiveFrom'],
            `参数 ${name} 的取值未按生效日期升序排列`,
            `Values of parameter ${name} are not in increasing date order`,
          ),
        );
      }
    }
    if (!typeMatches(p.type, v.value)) {
      issues.push({
        code: p.type === 'decimal' ? ErrorCode.InvalidAmount : ErrorCode.InvalidType,
        path: [...at, 'value'],
        zh: `参数 ${name} 的取值不是声明的类型`,
        en: `A value of parameter ${name} is not of its declared type ${p.type}`,
        params: { expected: p.type },
      });
    }
    if (p.type === 'decimal' && isDecimalString(v.value) && !inDecimalRange(v.value)) {
      issues.push({
        code: ErrorCode.OutOfRange,
        path: [...at, 'value'],
        zh: `参数 ${name} 的取值超出支持范围（整数部分至多 ${DECIMAL_RANGE.integerDigits} 位，小数至多 ${DECIMAL_RANGE.fractionDigits} 位）`,
        en: `A value of parameter ${name} is outside the supported range (at most ${DECIMAL_RANGE.integerDigits} digits before the decimal point and ${DECIMAL_RANGE.fractionDigits} after)`,
        params: { ...DECIMAL_RANGE },
      });
    }
    if (v.notFound === true && v.value !== null) {
      issues.push(
        issueAt(
          ErrorCode.Inconsistent,
          [...at, 'value'],
          `参数 ${name}：标为“未找到”的取值应为 null`,
          `Parameter ${name}: a value marked notFound must be null`,
        ),
      );
    }
    if (v.notFound === true && v.provisional === true) {
      issues.push(
        issueAt(
          ErrorCode.Inconsistent,
          [...at, 'provisional'],
          `参数 ${name}：“未找到”与“暂定”不能同时标注`,
          `Parameter ${name}: a value cannot be both notFound and provisional`,
        ),
      );
    }
    const source = resolveSource(v.source, v.article, own, shipped, [...at, 'source'], issues);
    const dated: Record<string, unknown> = { effectiveFrom: v.effectiveFrom, value: v.value, source };
    if (v.confidence !== undefined) dated.confidence = v.confidence;
    if (v.provisional === true) dated.provisional = true;
    if (v.notFound === true) dated.notFound = true;
    if (v.override === true) dated.override = true;
    if (v.lastReviewed !== undefined) dated.lastReviewed = v.lastReviewed;
    if (v.note !== undefined) dated.note = v.note;
    values.push(dated as unknown as DatedValue);
  });
  const out: Record<string, unknown> = { id: key, label: p.label, unit: p.unit, type: p.type, values };
  if (p.description !== undefined) out.description = p.description;
  return out as unknown as Parameter;
}

const parsed = new WeakSet<object>();

/**
 * Refuses a value that is not shaped like a loaded {@link Profile} (id, label, parameters), so a wrong argument gets
 * a PolicyError rather than a TypeError deep inside. It does not re-validate every parameter: use parseProfile.
 * @internal
 */
export function checkProfile(profile: unknown, path: IssuePath = ['profile']): asserts profile is Profile {
  const p = profile as Partial<Profile> | null;
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.id !== 'string' ||
    typeof p.label !== 'object' ||
    p.label === null ||
    typeof p.label.zh !== 'string' ||
    typeof p.label.en !== 'string' ||
    typeof p.parameters !== 'object' ||
    p.parameters === null
  ) {
    fail(
      ErrorCode.InvalidType,
      path,
      '配置无效（请用 parseProfile 加载）',
      'Not a profile (load one with parseProfile)',
      { received: typeName(profile) },
    );
  }
}

/**
 * True for a profile that {@link parseProfile} built (shipped profiles and the results of {@link withOverrides}
 * included), so engines validate each profile object once.
 * @internal
 */
export function isParsedProfile(value: unknown): value is Profile {
  return typeof value === 'object' && value !== null && parsed.has(value);
}

const loaded = new WeakMap<object, Profile>();

/**
 * The profile a kit function was given: a profile {@link parseProfile} built is used as it is; anything else (a
 * profile built by hand, a spread copy of one, JSON) is validated in full once per object, at `path`, so a hand-built
 * profile with a bad parameter is a PolicyError naming it, not a TypeError deep inside.
 * @internal
 */
export function loadedProfile(profile: unknown, path: IssuePath = ['profile']): Profile {
  if (isParsedProfile(profile)) return profile;
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    return fail(
      ErrorCode.InvalidType,
      path,
      '配置无效（请用 parseProfile 加载）',
      'Not a profile (load one with parseProfile)',
      { received: typeName(profile) },
    );
  }
  let p = loaded.get(profile);
  if (p === undefined) loaded.set(profile, (p = parseProfile(profile, path)));
  return p;
}

/**
 * Validates a profile given as plain JSON (e.g. read from a host's file) and builds it. Sources may be written inline,
 * as keys of the profile's own `sources` table, or (for a domain's registry) as keys of the domain's shipped sources
 * (`options.sources`). Throws a
 * {@link PolicyError} listing every problem: schema errors, unsorted or duplicate dates, values of the wrong type,
 * ids that do not match their keys, unknown source keys. Profiles written for 0.1.0 load unchanged.
 * @category Parameters
 * @example
 * ```ts
 * const profile = parseProfile(JSON.parse(readFileSync('my-city.json', 'utf8')));
 * ```
 */
export function parseProfile(
  json: unknown,
  path: IssuePath = [],
  options: { readonly sources?: SourceLookup } = {},
): Profile {
  if (isParsedProfile(json)) return json;
  // null options were read as an object (a TypeError, in the safe twin too).
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    fail(ErrorCode.InvalidType, ['options'], 'options 应为对象', 'options must be an object', {
      received: typeName(options),
    });
  // Deep or cyclic JSON is refused before any schema walks it (a stack overflow is not a refusal).
  checkNesting(json, pathArg(path));
  const issues: PolicyIssue[] = [];
  const data = profileRecord.check(json, path, issues);
  if (data === undefined) throw new PolicyError(issues);
  const parameters: Record<string, Parameter> = {};
  for (const [key, p] of Object.entries(data.parameters))
    parameters[key] = buildParameter(key, p, data.sources, options.sources, [...path, 'parameters', key], issues);
  if (issues.length > 0) throw new PolicyError(issues);
  const profile: Record<string, unknown> = {
    id: data.id,
    version: data.version,
    label: data.label,
    jurisdiction: data.jurisdiction,
    parameters,
  };
  if (data.domain !== undefined) profile.domain = data.domain;
  if (data.description !== undefined) profile.description = data.description;
  parsed.add(profile);
  return profile as unknown as Profile;
}

/** Non-throwing {@link parseProfile}. @category Parameters */
export const safeParseProfile: (
  json: unknown,
  path?: IssuePath,
  options?: { readonly sources?: SourceLookup },
) => SafeParseResult<Profile> = safeOf(parseProfile);

/**
 * The parameter with this id, or a `unknown_parameter` error naming the profile.
 * @category Parameters
 * @example
 * ```ts
 * getParameter(salaryProfiles.get('huaian'), 'salary.grade.windows').values.length; // 1
 * ```
 */
export function getParameter(profile: Profile, id: string): Parameter {
  checkProfile(profile);
  if (typeof id !== 'string')
    fail(
      ErrorCode.InvalidType,
      ['id'],
      `参数编号应为字符串，实际为${typeName(id)}`,
      `A parameter id must be a string, got ${typeName(id)}`,
    );
  const p = Object.prototype.hasOwnProperty.call(profile.parameters, id) ? profile.parameters[id] : undefined;
  if (p === undefined) {
    return fail(
      ErrorCode.UnknownParameter,
      ['parameters', id],
      `配置「${profile.label.zh}」中没有参数 ${id}`,
      `Profile "${profile.label.en}" (${profile.id}) has no parameter ${id}`,
      {
        profile: profile.id,
        parameter: id,
      },
    );
  }
  return p;
}

/**
 * The value of parameter `id` in force on `date` in a profile (see {@link valueOn}); throws when there is none.
 * Engines read through `profileAt`, which makes a missing value `undetermined` instead.
 * @category Parameters
 * @example
 * ```ts
 * readParameter(salaryProfiles.get('huaian'), 'salary.grade.serviceYearsPerStep', '2026-01-01').value; // 3
 * ```
 */
export function readParameter(profile: Profile, id: string, date: string): ParameterRead {
  return valueOn(getParameter(loadedProfile(profile), id), date, ['parameters', id]);
}

/**
 * The profile as self-contained JSON: every source written out in the profile's own `sources` table, so the file
 * loads anywhere (it is what a host copies to make its own profile).
 * @category Parameters
 * @example
 * ```ts
 * writeFileSync('my-city.json', JSON.stringify(profileToJson(salaryProfiles.get('huaian')), null, 2));
 * ```
 */
export function profileToJson(profile: Profile): Record<string, unknown> {
  profile = loadedProfile(profile);
  const sources: Record<string, Record<string, unknown>> = {};
  const parameters: Record<string, unknown> = {};
  for (const [id, p] of Object.entries(profile.parameters)) {
    const values = p.values.map((v) => {
      const { article, key, ...rest } = v.source;
      let source: unknown = v.source;
      if (key !== undefined) {
        sources[key] ??= { ...rest };
        source = key;
      }
      const out: Record<string, unknown> = { effectiveFrom: v.effectiveFrom, value: v.value, source };
      if (key !== undefined && article !== undefined) out.article = article;
      for (const k of ['confidence', 'provisional', 'notFound', 'override', 'lastReviewed', 'note'] as const)
        if (v[k] !== undefined) out[k] = v[k];
      return out;
    });
    parameters[id] = {
      label: p.label,
      unit: p.unit,
      type: p.type,
      ...(p.description === undefined ? {} : { description: p.description }),
      values,
    };
  }
  return {
    format: 2,
    id: profile.id,
    ...(profile.domain === undefined ? {} : { domain: profile.domain }),
    version: profile.version,
    label: profile.label,
    jurisdiction: profile.jurisdiction,
    ...(profile.description === undefined ? {} : { description: profile.description }),
    sources,
    parameters,
  };
}

/**
 * One change in a {@link ProfilePatch}.
 * - a bare JSON value (string, number, boolean or list): the parameter takes that value at every date;
 * - `{ set, from?, source? }`: the value applies from `from` (default: at every date), earlier values are kept;
 * - `{ merge, from? }`: for table parameters, merge these keys into the table in force (from `from`, default every date);
 * - `{ values }`: replace the whole history.
 * @category Parameters
 */
export type ParameterPatch =
  | string
  | number
  | boolean
  | readonly ParameterValue[]
  | { readonly set: ParameterValue; readonly from?: string; readonly source?: Source; readonly provisional?: boolean }
  | { readonly merge: { readonly [key: string]: ParameterValue }; readonly from?: string; readonly source?: Source }
  | { readonly values: readonly DatedValue[] };

/** Parameter id → change. @category Parameters */
export type ProfilePatch = Readonly<Record<string, ParameterPatch>>;

const OVERRIDE_SOURCE: Source = { title: '使用方提供的覆盖值' };

// Array.isArray does not narrow readonly arrays out of a union; this guard does.
function isList(value: object): value is readonly ParameterValue[] {
  return Array.isArray(value);
}

/** A value the patch writes: marked as an override, and never "not found" any more. */
function patched(v: Omit<DatedValue, 'override'>): DatedValue {
  const { notFound: _gone, ...rest } = v;
  return { ...rest, override: true };
}

function applyPatch(p: Parameter, patch: ParameterPatch): Parameter {
  // A bare list is a value, not a patch object (arrays have a `values` method, so test this first).
  if (typeof patch !== 'object' || patch === null || isList(patch)) {
    return { ...p, values: [patched({ effectiveFrom: null, value: patch, source: OVERRIDE_SOURCE })] };
  }
  if ('values' in patch) return { ...p, values: patch.values.map((v) => patched(v)) };
  const from = patch.from ?? null;
  const source = patch.source ?? OVERRIDE_SOURCE;
  if ('set' in patch) {
    const kept = from === null ? [] : p.values.filter((v) => v.effectiveFrom === null || v.effectiveFrom < from);
    // Keep later dated values only when the patch has a start date: a dated change is an amendment, not a rewrite.
    const later = from === null ? [] : p.values.filter((v) => v.effectiveFrom !== null && v.effectiveFrom > from);
    const added = patched({
      effectiveFrom: from,
      value: patch.set,
      source,
      ...(patch.provisional === true ? { provisional: true } : {}),
    });
    return { ...p, values: [...kept, added, ...later] };
  }
  // An object with none of set / merge / values would otherwise merge nothing: a table value must be written { set: … }.
  if (!('merge' in patch)) {
    return fail(
      ErrorCode.InvalidType,
      ['parameters', p.id],
      `参数 ${p.id} 的覆盖值是对象：表的新值请写作 { set: … }，合并写作 { merge: … }`,
      `The override of ${p.id} is an object: write a new table value as { set: … } and a merge as { merge: … }`,
    );
  }
  // merge: every value in force on or after `from` gets the keys; the value in force at `from` is split there.
  const mergeInto = (v: DatedValue, effectiveFrom: string | null): DatedValue => {
    if (v.value === null || typeof v.value !== 'object' || Array.isArray(v.value)) {
      return fail(
        ErrorCode.InvalidType,
        ['parameters', p.id],
        `参数 ${p.id} 不是表，无法合并`,
        `Parameter ${p.id} is not a table; cannot merge into it`,
      );
    }
    return patched({
      ...v,
      effectiveFrom,
      value: { ...(v.value as Record<string, ParameterValue>), ...patch.merge },
      source,
    });
  };
  if (from === null) return { ...p, values: p.values.map((v) => mergeInto(v, v.effectiveFrom)) };
  const values: DatedValue[] = p.values.filter((v) => v.effectiveFrom === null || v.effectiveFrom < from);
  const inForceAtFrom = values.at(-1);
  if (inForceAtFrom !== undefined) values.push(mergeInto(inForceAtFrom, from));
  for (const v of p.values)
    if (v.effectiveFrom !== null && v.effectiveFrom > from) values.push(mergeInto(v, v.effectiveFrom));
  return { ...p, values };
}

const PATCH_KEYS: readonly (readonly string[])[] = [
  ['set', 'from', 'source', 'provisional'],
  ['merge', 'from', 'source'],
  ['values'],
];

/**
 * Checks a patch's shape before any of it is applied (it comes from files, CLI flags and case files): a plain object
 * of changes, each a JSON value or one of the three change objects; deep or cyclic patches are refused. The values
 * themselves are validated with the patched profile.
 */
function bad(path: IssuePath, zh: string, en: string): never {
  return fail(ErrorCode.InvalidType, path, zh, en);
}

function checkPatch(patch: unknown): asserts patch is ProfilePatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    bad(['overrides'], '覆盖值应为“参数编号 → 新值”的对象', 'Overrides must be an object of parameter id → change');
  checkNesting(patch, ['overrides']);
  for (const id of Object.keys(patch)) {
    const change: unknown = (patch as Record<string, unknown>)[id];
    const at: IssuePath = ['overrides', id];
    if (typeof change === 'string' || typeof change === 'boolean' || Array.isArray(change)) continue;
    if (typeof change === 'number') {
      if (!Number.isFinite(change)) bad(at, '覆盖值应为有限数字', 'An override number must be finite');
      continue;
    }
    if (typeof change !== 'object' || change === null)
      bad(at, `覆盖值的类型无效：${typeName(change)}`, `Invalid override: ${typeName(change)}`);
    const keys = Object.keys(change as object);
    const shape = PATCH_KEYS.find((k) => k[0] !== undefined && keys.includes(k[0]));
    if (shape === undefined || keys.some((k) => !shape.includes(k))) {
      bad(
        at,
        '覆盖值应为取值，或 { set, from?, source? }、{ merge, from?, source? }、{ values } 之一',
        'An override is a value, or one of { set, from?, source? }, { merge, from?, source? }, { values }',
      );
    }
    const c = change as { from?: unknown; source?: unknown; merge?: unknown; values?: unknown };
    if (c.from !== undefined && (typeof c.from !== 'string' || !isCalendarDate(c.from)))
      bad([...at, 'from'], '起始日期应为有效的 YYYY-MM-DD 日期', 'from must be a real YYYY-MM-DD date');
    if (
      c.source !== undefined &&
      (typeof c.source !== 'object' || c.source === null || typeof (c.source as { title?: unknown }).title !== 'string')
    ) {
      bad([...at, 'source'], '来源应为带标题的对象', 'source must be an object with a title');
    }
    if ('merge' in c && (typeof c.merge !== 'object' || c.merge === null || Array.isArray(c.merge)))
      bad([...at, 'merge'], '合并的取值应为对象', 'merge must be an object');
    if (
      'values' in c &&
      (!Array.isArray(c.values) || c.values.some((v) => typeof v !== 'object' || v === null || Array.isArray(v)))
    ) {
      bad([...at, 'values'], '取值历史应为对象列表', 'values must be a list of dated values');
    }
  }
}

/** A parameter as profile JSON (the in-memory form already has its sources resolved). */
function parameterJson(p: Parameter): unknown {
  return {
    label: p.label,
    unit: p.unit,
    type: p.type,
    ...(p.description === undefined ? {} : { description: p.description }),
    values: p.values,
  };
}

/**
 * A new profile with some parameters changed; the original is untouched. Every changed value is marked
 * `override: true`, so explanations show that it did not come from the shipped profile. The result is validated
 * like a loaded profile. Unknown parameter ids are an error (a typo must not silently do nothing).
 * @category Parameters
 * @example
 * ```ts
 * const whatIf = withOverrides(salaryProfiles.get('huaian'), { 'salary.grade.educationSteps': { merge: { master: 3 } } });
 * ```
 */
export function withOverrides(profile: Profile, patch: ProfilePatch, meta: { version?: string } = {}): Profile {
  // A base profile built by hand is validated in full first: its values feed the patched copy.
  profile = loadedProfile(profile);
  checkPatch(patch);
  if (
    typeof meta !== 'object' ||
    meta === null ||
    (meta.version !== undefined && (typeof meta.version !== 'string' || meta.version === ''))
  ) {
    fail(
      ErrorCode.InvalidType,
      ['meta'],
      'meta 应为对象，其 version 为非空字符串',
      'meta must be an object whose version is a non-empty string',
    );
  }
  const parameters: Record<string, unknown> = {};
  for (const [id, p] of Object.entries(profile.parameters)) parameters[id] = parameterJson(p);
  for (const [id, change] of Object.entries(patch))
    parameters[id] = parameterJson(applyPatch(getParameter(profile, id), change));
  return parseProfile({
    id: profile.id,
    ...(profile.domain === undefined ? {} : { domain: profile.domain }),
    version: meta.version ?? `${profile.version}+overrides`,
    label: profile.label,
    jurisdiction: profile.jurisdiction,
    ...(profile.description === undefined ? {} : { description: profile.description }),
    parameters,
  });
}

/**
 * Messages as data: each domain keeps one catalogue, `code → { zh(params), en(params) }`, and raise sites pass a code
 * and params. The wording of a code lives in one place, so it cannot drift between the places that raise it, and the
 * guide lists every code with both texts (generated from the catalogues).
 * @module
 */
import {
  PolicyError,
  fail,
  maskIds,
  maskParams,
  pathArg,
  typeName,
  type IssuePath,
  type PolicyIssue,
} from './errors.js';

/** An output language: Chinese (`zh`, the default everywhere) or English (`en`). @category Messages */
export type Lang = 'zh' | 'en';

/** The output languages. @category Messages */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Text in Chinese and English. @category Messages */
export interface Bilingual {
  /** 中文. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * The text of `value` in `lang`.
 * @category Messages
 * @example
 * ```ts
 * pick({ zh: '正职', en: 'principal' }, 'en'); // 'principal'
 * ```
 */
export function pick(value: Bilingual, lang: Lang): string {
  const text = lang === 'en' ? value?.en : lang === 'zh' ? value?.zh : undefined;
  if (typeof text !== 'string') {
    if (lang !== 'zh' && lang !== 'en')
      fail('unknown_enum_value', ['lang'], "lang 应为 'zh' 或 'en'", "lang must be 'zh' or 'en'", { allowed: LANGS });
    fail('invalid_type', ['value'], '应为含 zh 和 en 文本的对象', 'Expected an object with zh and en text', {
      received: typeName(value),
    });
  }
  return text;
}

// A host's catalogue may return something else than text: passed on as it is (refused where an issue is built).
const maskText = (t: unknown): string => (typeof t === 'string' ? maskIds(t) : (t as string));

/**
 * One message: a Chinese and an English text built from the same params. The Chinese text is entirely Chinese
 * (names of fields and values are passed in as Chinese labels, never as identifiers).
 * @category Messages
 */
export interface MessageDef<P = void> {
  /** 中文. */
  readonly zh: (params: P) => string;
  /** English. */
  readonly en: (params: P) => string;
  /**
   * The code its issues and warnings carry when that is one of the shared codes hosts switch on (`invalid_date`,
   * `inconsistent`, …) rather than the message's own key, which then only names the wording (a sheet's refused date
   * is an `invalid_date` issue, worded with the row and column). The key by default.
   */
  readonly raisedAs?: string;
}

/** A domain's messages by code. @category Messages */
export type Catalogue = { readonly [code: string]: MessageDef<never> };

/** The params a message of a catalogue takes. @category Messages */
export type ParamsOf<C extends Catalogue, K extends keyof C> = C[K] extends MessageDef<infer P> ? P : never;

/** Something that may be raised or warned with. @category Messages */
export interface Warning {
  /** Stable code. */
  readonly code: string;
  /** 中文. */
  readonly zh: string;
  /** English. */
  readonly en: string;
  /** Where in the input, if it concerns one field. */
  readonly path?: IssuePath;
}

/**
 * A catalogue bound to its domain, with the three ways a code is used: as an issue (a refusal of some input), as a
 * thrown {@link PolicyError}, and as a warning on a result.
 * @category Messages
 */
export interface Messages<C extends Catalogue> {
  /** Domain name (e.g. `'salary'`), for the generated code list. */
  readonly domain: string;
  /** The catalogue itself. */
  readonly catalogue: C;
  /** Both texts of a code. */
  text<K extends keyof C & string>(code: K, ...params: ParamArgs<C, K>): Bilingual;
  /** An issue (a refusal) with this code at `path`. */
  issue<K extends keyof C & string>(code: K, path: IssuePath, ...params: ParamArgs<C, K>): PolicyIssue;
  /** Throws a {@link PolicyError} with one such issue. */
  fail<K extends keyof C & string>(code: K, path: IssuePath, ...params: ParamArgs<C, K>): never;
  /** A warning with this code. */
  warning<K extends keyof C & string>(code: K, ...params: ParamArgs<C, K>): Warning;
}

/**
 * `[]` for a message without params (written `() => '…'`, whose params infer as `void` or `unknown`), `[params]`
 * otherwise. @category Messages
 */
export type ParamArgs<C extends Catalogue, K extends keyof C> = [ParamsOf<C, K>] extends [void]
  ? []
  : unknown extends ParamsOf<C, K>
    ? []
    : [params: ParamsOf<C, K>];

/**
 * Binds a catalogue to its domain. Messages without params are written `{ zh: () => '…', en: () => '…' }`.
 * @category Messages
 * @example
 * ```ts
 * const m = defineMessages('demo', {
 *   too_old: { zh: (p: { age: number }) => `年满 ${p.age} 周岁`, en: (p: { age: number }) => `aged ${p.age}` },
 * });
 * m.text('too_old', { age: 71 }).zh; // '年满 71 周岁'
 * m.fail('too_old', ['birthDate'], { age: 71 }); // throws PolicyError, code 'too_old'
 * // A message that words a shared code says so; its issues carry that code.
 * const d = defineMessages('demo', { bad_date: { raisedAs: 'invalid_date', zh: () => '日期有误', en: () => 'Bad date' } });
 * d.issue('bad_date', ['date']).code; // 'invalid_date'
 * ```
 */
export function defineMessages<C extends Catalogue>(domain: string, catalogue: C): Messages<C> {
  if (typeof domain !== 'string' || domain === '')
    fail('invalid_type', ['domain'], '领域名称应为非空字符串', 'domain must be a non-empty string');
  if (typeof catalogue !== 'object' || catalogue === null || Array.isArray(catalogue))
    fail(
      'invalid_type',
      ['catalogue'],
      '消息目录应为“代码 → { zh, en }”的对象',
      'catalogue must be an object of code → { zh, en }',
    );
  for (const code of Object.keys(catalogue)) {
    const def = catalogue[code] as Partial<MessageDef<unknown>> | null;
    if (typeof def?.zh !== 'function' || typeof def.en !== 'function')
      fail(
        'invalid_type',
        ['catalogue', code],
        '每条消息应有 zh 和 en 两个函数',
        'Each message needs a zh and an en function',
      );
    if (def.raisedAs !== undefined && (typeof def.raisedAs !== 'string' || def.raisedAs === ''))
      fail(
        'invalid_type',
        ['catalogue', code, 'raisedAs'],
        'raisedAs 应为非空字符串（该消息所用的代码）',
        'raisedAs must be a non-empty string (the code the message is raised with)',
      );
  }
  // The code a message's issues and warnings carry: its key unless it names a shared one.
  const codeOf = (code: string): string => (catalogue[code] as MessageDef<unknown> | undefined)?.raisedAs ?? code;
  const text = (code: string, params: unknown): Bilingual => {
    const def = catalogue[code] as MessageDef<unknown> | undefined;
    // A code missing from its own catalogue is a bug in this package, not bad input: say so plainly.
    if (def === undefined)
      return {
        zh: `内部错误：未登记的消息代码`,
        en: `Internal error: message code ${code} is not in the ${domain} catalogue`,
      };
    // Text quotes input (a value refused, a key, a candidate's name, a host's label) and goes into errors and results
    // alike: a resident ID in it is masked here, whatever the raise site or rule passed.
    return { zh: maskText(def.zh(params)), en: maskText(def.en(params)) };
  };
  // An issue's params are masked as its texts are (text() masks those).
  const issue = (code: string, path: IssuePath, params: unknown): PolicyIssue => {
    const { zh, en } = text(code, params);
    pathArg(path);
    const raised = codeOf(code);
    return params === undefined || params === null || typeof params !== 'object'
      ? { code: raised, path, zh, en }
      : { code: raised, path, zh, en, params: maskParams(params) as Record<string, unknown> };
  };
  return {
    domain,
    catalogue,
    text: (code, ...p) => text(code, p[0]),
    issue: (code, path, ...p) => issue(code, path, p[0]),
    fail: (code, path, ...p) => {
      throw new PolicyError([issue(code, path, p[0])]);
    },
    warning: (code, ...p) => {
      const t = text(code, p[0]);
      return { code: codeOf(code), zh: t.zh, en: t.en };
    },
  } as Messages<C>;
}

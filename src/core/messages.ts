/**
 * Messages as data: each domain keeps one catalogue, `code → { zh(params), en(params) }`, and raise sites pass a code
 * and params. The wording of a code lives in one place, so it cannot drift between the places that raise it, and the
 * guide lists every code with both texts (generated from the catalogues).
 * @module
 */
import { PolicyError, type IssuePath, type PolicyIssue } from './errors.js';

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
  return lang === 'en' ? value.en : value.zh;
}

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
export type ParamArgs<C extends Catalogue, K extends keyof C> = [ParamsOf<C, K>] extends [void] ? [] : unknown extends ParamsOf<C, K> ? [] : [params: ParamsOf<C, K>];

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
 * ```
 */
export function defineMessages<C extends Catalogue>(domain: string, catalogue: C): Messages<C> {
  const text = (code: string, params: unknown): Bilingual => {
    const def = catalogue[code] as MessageDef<unknown> | undefined;
    // A code missing from its own catalogue is a bug in this package, not bad input: say so plainly.
    if (def === undefined) return { zh: `内部错误：未登记的消息代码`, en: `Internal error: message code ${code} is not in the ${domain} catalogue` };
    return { zh: def.zh(params), en: def.en(params) };
  };
  const issue = (code: string, path: IssuePath, params: unknown): PolicyIssue => {
    const t = text(code, params);
    return params === undefined || params === null || typeof params !== 'object'
      ? { code, path, zh: t.zh, en: t.en }
      : { code, path, zh: t.zh, en: t.en, params: params as Record<string, unknown> };
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
      return { code, zh: t.zh, en: t.en };
    },
  } as Messages<C>;
}

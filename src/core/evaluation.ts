/**
 * One evaluation path for every engine. `profileAt(profile, date)` is the parameters of a profile on a date (cached,
 * OpenFisca's `parameters(instant)`); a {@link Scope} reads through it into a {@link Trace}, collecting the warnings
 * every result must carry and what was missing. An explained run and a batch run are the same code: the first with
 * a recording trace, the second with {@link NO_TRACE}.
 * @module
 */
import { coreMessages } from './core-messages.js';
import { maskIds, typeName } from './errors.js';
import {
  gapItem,
  isRecorded,
  maskedExplanation,
  NO_TRACE,
  recorder,
  type Explanation,
  type Trace,
} from './explanation.js';
import { checkExplanation as checkRenderable } from './render.js';
import type { Bilingual, Warning } from './messages.js';
import {
  gapText,
  lookup,
  readOf,
  type Parameter,
  type ParameterGap,
  type ParameterRead,
  type ParameterValue,
} from './parameters.js';
import { isParsedProfile, loadedProfile, type Profile } from './profile.js';
import { parseCalendarDate } from './calendar-date.js';
import { arrayArg, choiceArg, functionArg, objectArg, stringArg } from './args.js';
import { OUTCOMES } from './result.js';
import { engineRef, type Outcome, type ResultEnvelope } from './result.js';

/**
 * A profile's parameters on one date.
 * @category Evaluation
 */
export interface ParametersAt {
  /** The profile. */
  readonly profile: Profile;
  /** The date. */
  readonly date: string;
  /** The value in force (with its warnings), or why there is none. Each id is looked up once per date. */
  get<T extends ParameterValue = ParameterValue>(id: string): ParameterRead<T> | ParameterGap;
  /** True when the profile has this parameter at all (whatever its value on the date). */
  has(id: string): boolean;
  /**
   * Parameters read together (the parameters of one rule or one pay component), looked up once per date and list of
   * ids (pass the same array each time): see {@link Scope.params}.
   */
  group(ids: readonly string[]): ParameterGroup;
}

/**
 * Parameters read together, on one date.
 * @category Evaluation
 */
export interface ParameterGroup {
  /** The value in force of each parameter, or why there is none, in the order of the ids. */
  readonly reads: readonly (ParameterRead | ParameterGap)[];
  /** The warnings of the values, each once, in order. */
  readonly warnings: readonly Warning[];
  /** True when every parameter has a value. */
  readonly complete: boolean;
}

/**
 * True for a {@link ParameterGap} (no value), false for a read.
 * @category Evaluation
 * @example
 * ```ts
 * const profile = salaryProfiles.get('huaian');
 * const r = profileAt(profile, '2026-01-01').get('salary.grade.windows');
 * if (isGap(r)) console.log(r.reason);
 * ```
 */
export function isGap(value: ParameterRead | ParameterGap): value is ParameterGap {
  return typeof value === 'object' && value !== null && 'reason' in value;
}

const masked = (b: Bilingual): Bilingual => ({ zh: maskIds(b.zh), en: maskIds(b.en) });

/** The warnings a read carries: provisional, low confidence, date unknown (overrides are the host's own choice). */
function warningsOf(profile: Profile, p: Parameter, v: Parameter['values'][number]): Warning[] {
  if (v.override === true) return [];
  const out: Warning[] = [];
  // A profile's text is the host's: a resident ID written in a label or note is masked like any other in output.
  const label = masked(p.label);
  if (v.provisional === true)
    out.push(
      coreMessages.warning('provisional_parameter', v.note === undefined ? { label } : { label, note: masked(v.note) }),
    );
  const confidence = v.confidence ?? v.source.confidence;
  if (confidence === 'L') {
    out.push(
      coreMessages.warning('low_confidence', {
        label,
        source: masked({ zh: v.source.title, en: v.source.key ?? v.source.title }),
        jurisdiction: masked(profile.jurisdiction.name),
      }),
    );
  }
  if (v.effectiveFrom === null) out.push(coreMessages.warning('date_unknown', { label }));
  return out;
}

/** Lists shorter than this are deduplicated by a scan; longer ones by a set (see Scope.need). */
const SCAN_LIMIT = 32;

const byProfile = new WeakMap<Profile, Map<string, ParametersAt>>();
// A host that evaluates many dates must not grow memory without bound: keep this many dates per profile.
const DATES_KEPT = 256;

/**
 * The parameters of `profile` on `date`, cached per profile object and date (at most 256 dates per profile).
 * @category Evaluation
 * @example
 * ```ts
 * const at = profileAt(salaryProfiles.get('huaian'), '2026-01-01');
 * at.get('salary.grade.serviceYearsPerStep'); // { value: 3, effectiveFrom: null, confidence: 'L', warnings: [...] }
 * ```
 */
export function profileAt(profile: Profile, date: string): ParametersAt {
  // A profile parseProfile built is the common case (one set lookup); anything else is validated once per object.
  if (!isParsedProfile(profile)) profile = loadedProfile(profile);
  let dates = byProfile.get(profile);
  if (dates === undefined) byProfile.set(profile, (dates = new Map()));
  let at = dates.get(date);
  if (at !== undefined) return at;
  parseCalendarDate(date, ['date']);
  if (dates.size >= DATES_KEPT) dates.clear();
  const reads = new Map<string, ParameterRead | ParameterGap>();
  const groups = new WeakMap<readonly string[], ParameterGroup>();
  const params = profile.parameters;
  at = {
    profile,
    date,
    has: (id) => Object.prototype.hasOwnProperty.call(params, id),
    group(ids) {
      let g = groups.get(ids);
      if (g === undefined) {
        const list = ids.map((id) => this.get(id));
        const warnings: Warning[] = [];
        for (const r of list)
          if (!isGap(r))
            for (const w of r.warnings)
              if (!warnings.some((x) => x === w || (x.code === w.code && x.en === w.en))) warnings.push(w);
        g = Object.freeze({
          reads: Object.freeze(list),
          warnings: Object.freeze(warnings),
          complete: list.every((r) => !isGap(r)),
        });
        groups.set(ids, g);
      }
      return g;
    },
    get<T extends ParameterValue>(id: string): ParameterRead<T> | ParameterGap {
      let r = reads.get(id);
      if (r === undefined) {
        const p = Object.prototype.hasOwnProperty.call(params, id) ? params[id] : undefined;
        if (p === undefined) r = { id, label: { zh: id, en: id }, reason: 'absent', date };
        else {
          const found = lookup(p, date);
          r = 'gap' in found ? found.gap : Object.freeze(readOf(p, found.value, warningsOf(profile, p, found.value)));
        }
        reads.set(id, r);
      }
      return r as ParameterRead<T> | ParameterGap;
    },
  };
  dates.set(date, at);
  return at;
}

/**
 * One evaluation: the parameters on its date, the trace, and what the result will carry (warnings, missing).
 * Rules read parameters and inputs through it, so a read is traced, its warnings reach the result, and a gap
 * becomes a named missing item, all in one place.
 * @category Evaluation
 */
export class Scope {
  /** Warnings for the result (each once). */
  readonly warnings: Warning[] = [];
  /** Missing inputs and parameters for the result (each once). */
  readonly missing: string[] = [];

  /**
   * @param at - the parameters on the evaluation's date
   * @param trace - where rules, reads and values go ({@link NO_TRACE} for an unexplained batch row)
   */
  constructor(
    readonly at: ParametersAt,
    readonly trace: Trace = NO_TRACE,
  ) {
    // Built once per row of a batch: two property tests, not a validation.
    if (typeof (at as Partial<ParametersAt> | null)?.get !== 'function' || typeof at.profile !== 'object') checkAt(at);
    if (typeof (trace as Partial<Trace> | null)?.rule !== 'function') checkTrace(trace);
  }

  /** The date parameters are read on. */
  get asOf(): string {
    return this.at.date;
  }

  /** Reads a parameter: the value in force, or `undefined` (recorded as missing `parameter:<id>`, with the reason). */
  param<T extends ParameterValue = ParameterValue>(id: string): ParameterRead<T> | undefined {
    const r = this.at.get<T>(id);
    if (isGap(r)) {
      this.gap(r);
      return undefined;
    }
    this.trace.read(r);
    const ws = r.warnings;
    for (let i = 0; i < ws.length; i++) this.warn(ws[i]!);
    return r;
  }

  /**
   * Reads a parameter as it stood on an earlier `date`, for a rule whose value is fixed by an earlier event (the length
   * of a term of office is the one in force when the term began). Traced, warned and recorded as missing like
   * {@link Scope.param}; the result still reports the scope's date as its `asOf`. When the value in force on the scope's
   * date was already in force on `date`, it is that read (no second lookup), so a batch pays for another date only for
   * the rows that need one.
   * @param id - the parameter
   * @param date - the earlier date (a date after the scope's is read on the scope's date)
   */
  paramOn<T extends ParameterValue = ParameterValue>(id: string, date: string): ParameterRead<T> | undefined {
    const now = this.at.get<T>(id);
    if (date >= this.at.date || (!isGap(now) && (now.effectiveFrom === null || now.effectiveFrom <= date)))
      return this.param<T>(id);
    const r = profileAt(this.at.profile, date).get<T>(id);
    if (isGap(r)) {
      this.gap(r);
      return undefined;
    }
    this.trace.read(r);
    for (const w of r.warnings) this.warn(w);
    return r;
  }

  /**
   * Reads a parameter and returns a value derived from it (its table checked and parsed, its decimals built), or
   * `undefined` when the parameter has no value (recorded as missing, as {@link Scope.param} does). The derived
   * value is computed once per read and kept with it (see {@link derived}), so a batch that reads the same
   * parameters on every row parses each of them once.
   */
  value<T, V extends ParameterValue = ParameterValue>(
    id: string,
    derive: (read: ParameterRead<V>) => T,
  ): T | undefined {
    const r = this.param<V>(id);
    return r === undefined ? undefined : derived(r, derive);
  }

  /**
   * Reads parameters together (the parameters of one rule or one pay component, the same array of ids each time): the
   * reads in order, or `undefined` when one has no value (each gap recorded as missing, as {@link Scope.param} does).
   * The group's warnings are gathered once per date, so a batch reading the same group on every row pays for them
   * once.
   */
  params(ids: readonly string[]): readonly ParameterRead[] | undefined {
    const g = this.at.group(ids);
    const ws = g.warnings;
    if (this.warnings.length === 0) for (let i = 0; i < ws.length; i++) this.warnings.push(ws[i]!);
    else for (let i = 0; i < ws.length; i++) this.warn(ws[i]!);
    const recording = this.trace.recording;
    const reads = g.reads;
    // A complete group (the common case) has no gap to look for: only a recording trace has anything to do.
    if (g.complete) {
      if (recording) for (let i = 0; i < reads.length; i++) this.trace.read(reads[i] as ParameterRead);
      return reads as readonly ParameterRead[];
    }
    for (let i = 0; i < reads.length; i++) {
      const r = reads[i]!;
      if (isGap(r)) this.gap(r);
      else if (recording) this.trace.read(r);
    }
    return undefined;
  }

  /** Records a parameter gap as missing. */
  gap(g: ParameterGap): void {
    const name = `parameter:${g.id}`;
    this.addMissing(name);
    if (this.trace.recording) this.trace.missing(gapItem(g, gapText(g)));
  }

  /** Records a missing input (`name` as a host writes the field, `label` what it is). */
  need(name: string, label: Bilingual): void {
    this.addMissing(name);
    if (this.trace.recording) this.trace.missing({ name, label });
  }

  // A row misses a few items: a scan. A scope that gathers a batch's (a slate of 10,000 seats, each missing a field)
  // keeps a set once the list is long, so adding n items stays linear rather than quadratic.
  private missingSet: Set<string> | undefined;
  private addMissing(name: string): void {
    const list = this.missing;
    if (list.length < SCAN_LIMIT) {
      if (!list.includes(name)) list.push(name);
      return;
    }
    const seen = (this.missingSet ??= new Set(list));
    if (seen.has(name)) return;
    seen.add(name);
    list.push(name);
  }

  /** Adds a warning to the result (once per code and text). */
  warn(w: Warning): void {
    const list = this.warnings;
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      if (x === w || (x.code === w.code && x.en === w.en)) return;
    }
    list.push(w);
  }
}

const derivedValues = new WeakMap<ParameterRead, Map<(read: never) => unknown, unknown>>();

/**
 * A value derived from a parameter read by `derive` (a pure function: check the table, parse it, build decimals),
 * computed once per read object and derive function and kept with the read. Reads are cached per profile and date by
 * {@link profileAt}, so this is the one cache of parsed parameter values: domains keep none of their own. A derive
 * that throws (a host profile with a bad table) is not cached: it throws again at the next use.
 * @category Evaluation
 * @example
 * ```ts
 * const profile = salaryProfiles.get('huaian');
 * const read = profileAt(profile, '2026-01-01').get('salary.pay.base');
 * if (!isGap(read)) derived(read, (r) => Number(r.value)); // parsed once, however often it is asked for
 * ```
 */
export function derived<T, V extends ParameterValue = ParameterValue>(
  read: ParameterRead<V>,
  derive: (read: ParameterRead<V>) => T,
): T {
  if (typeof derive !== 'function') functionArg(derive, 'derive');
  if (typeof read !== 'object' || read === null) objectArg(read, 'read');
  let byFn = derivedValues.get(read as ParameterRead);
  if (byFn === undefined) derivedValues.set(read as ParameterRead, (byFn = new Map()));
  const key = derive as (read: never) => unknown;
  if (byFn.has(key)) return byFn.get(key) as T;
  const value = derive(read);
  byFn.set(key, value);
  return value;
}

interface DerivedNode {
  readonly next: WeakMap<ParameterRead, DerivedNode>;
  readonly values: Map<(reads: never) => unknown, unknown>;
}
const derivedRoots = new WeakMap<ParameterRead, DerivedNode>();
// Values by the identity of a frozen list of reads (a parameter group's), a shortcut to the same values.
const derivedByList = new WeakMap<
  readonly ParameterRead[],
  Map<(reads: readonly ParameterRead[]) => unknown, unknown>
>();

/**
 * A value derived from several parameter reads together (a pay component's base, coefficient table and share; a set
 * of grade rules), computed once per combination of read objects and derive function. As with {@link derived}, the
 * value lives as long as the reads, which `profileAt` caches per profile and date.
 * @category Evaluation
 * @example
 * ```ts
 * const at = profileAt(salaryProfiles.get('huaian'), '2026-01-01');
 * const [a, b] = [at.get('salary.pay.base'), at.get('salary.pay.basicShare')];
 * if (!isGap(a) && !isGap(b)) derivedFrom([a, b], ([r, l]) => Number(r.value) * Number(l.value)); // computed once
 * ```
 */
export function derivedFrom<T>(reads: readonly ParameterRead[], derive: (reads: readonly ParameterRead[]) => T): T {
  if (typeof derive !== 'function') functionArg(derive, 'derive');
  if (!Array.isArray(reads)) arrayArg(reads, 'reads');
  for (let i = 0; i < reads.length; i++)
    if (typeof reads[i] !== 'object' || reads[i] === null) objectArg(reads[i], 'reads');
  if (reads.length === 0) return derive(reads);
  // The reads of a parameter group come as the same array every time (see Scope.params): one lookup.
  const byList = derivedByList.get(reads);
  if (byList !== undefined && byList.has(derive)) return byList.get(derive) as T;
  let node: DerivedNode | undefined = derivedRoots.get(reads[0]!);
  if (node === undefined) {
    node = { next: new WeakMap(), values: new Map() };
    derivedRoots.set(reads[0]!, node);
  }
  for (let i = 1; i < reads.length; i++) {
    let child: DerivedNode | undefined = node.next.get(reads[i]!);
    if (child === undefined) {
      child = { next: new WeakMap(), values: new Map() };
      node.next.set(reads[i]!, child);
    }
    node = child;
  }
  const key = derive as (reads: never) => unknown;
  let value: T;
  if (node.values.has(key)) value = node.values.get(key) as T;
  else {
    value = derive(reads);
    node.values.set(key, value);
  }
  if (Object.isFrozen(reads)) {
    let list = derivedByList.get(reads);
    if (list === undefined) derivedByList.set(reads, (list = new Map()));
    list.set(derive, value);
  }
  return value;
}

/** A scope that records, and the function that turns what it recorded into the explanation. @category Evaluation */
export interface ExplainedScope {
  /** The scope to evaluate with. */
  readonly scope: Scope;
  /** The explanation of what the scope recorded, with the result's one-line summary. */
  explain(summary: Bilingual): Explanation;
}

/**
 * A scope with a recording trace, and the explanation it builds.
 * @category Evaluation
 * @example
 * ```ts
 * const { scope, explain } = explainedScope(profileAt(salaryProfiles.get('huaian'), '2026-01-01'));
 * // … evaluate with scope …
 * const explanation = explain({ zh: '等级 9', en: 'grade 9' });
 * ```
 */
export function explainedScope(at: ParametersAt): ExplainedScope {
  checkAt(at);
  const trace = recorder();
  const scope = new Scope(at, trace);
  return { scope, explain: (summary) => trace.finish(summary, scope.warnings) };
}

/**
 * The envelope fields of a result evaluated in `scope`: kind, outcome, date, profile, engine, warnings, missing.
 * @category Evaluation
 * @example
 * ```ts
 * const scope = new Scope(profileAt(salaryProfiles.get('huaian'), '2026-01-01'));
 * const result = { ...envelope('salary', 'salary', 'computed', scope), monthly: '4800.00' };
 * ```
 */
export function envelope<K extends string, O extends Outcome>(
  domain: string,
  kind: K,
  outcome: O,
  scope: Scope,
  explanation?: Explanation,
): ResultEnvelope<K, O> {
  stringArg(domain, 'domain');
  stringArg(kind, 'kind');
  choiceArg(outcome, 'outcome', RESULT_OUTCOMES);
  const s = scope as Partial<Scope> | null;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.warnings) || !Array.isArray(s.missing))
    objectArg(null, 'scope');
  checkAt(scope.at);
  // A recorder's explanation was masked as it was recorded; one the host built is checked as explain() would read it
  // and its text masked, so a result shows no resident ID whoever wrote its texts (the kind too).
  if (explanation !== undefined && !isRecorded(explanation)) {
    checkExplanation(explanation);
    checkRenderable(explanation, ['explanation']);
    explanation = maskedExplanation(explanation);
  }
  const p = scope.at.profile;
  const base = {
    kind: maskIds(kind) as K,
    outcome,
    asOf: scope.at.date,
    profile: profileRef(p),
    engine: engineRef(domain),
    warnings: scope.warnings,
    missing: scope.missing,
  };
  return explanation === undefined ? base : { ...base, explanation };
}

/** The outcomes of a result (a batch row may also be `error`). */
const RESULT_OUTCOMES = OUTCOMES.filter((o) => o !== 'error');

const refs = new WeakMap<Profile, { readonly id: string; readonly version: string }>();

/**
 * The `{ id, version }` of a profile (one frozen object per profile).
 * @category Evaluation
 * @example
 * ```ts
 * profileRef(salaryProfiles.get('huaian')); // { id: 'huaian', version: '2026.2.0' }
 * ```
 */
export function profileRef(profile: Profile): { readonly id: string; readonly version: string } {
  if (!isParsedProfile(profile)) profile = loadedProfile(profile);
  let r = refs.get(profile);
  if (r === undefined) refs.set(profile, (r = Object.freeze({ id: profile.id, version: profile.version })));
  return r;
}

/** Refuses what is not a profile's parameters on a date (what {@link profileAt} returns). */
function checkAt(at: unknown): asserts at is ParametersAt {
  const a = at as Partial<ParametersAt> | null;
  if (
    typeof a !== 'object' ||
    a === null ||
    typeof a.get !== 'function' ||
    typeof a.has !== 'function' ||
    typeof a.group !== 'function' ||
    typeof a.date !== 'string' ||
    !isParsedProfile(a.profile)
  ) {
    coreMessages.fail('invalid_type', ['at'], { expected: 'object', received: typeName(at) });
  }
}

/** Refuses what is not a trace (recording or not). */
function checkTrace(trace: unknown): asserts trace is Trace {
  const t = trace as Partial<Trace> | null;
  if (
    typeof t !== 'object' ||
    t === null ||
    typeof t.read !== 'function' ||
    typeof t.rule !== 'function' ||
    typeof t.value !== 'function' ||
    typeof t.missing !== 'function'
  ) {
    coreMessages.fail('invalid_type', ['trace'], { expected: 'object', received: typeName(trace) });
  }
}

/** Refuses what is not an explanation's shape (the lists the renderer walks; each item is checked by explain()). */
function checkExplanation(e: unknown): void {
  const x = e as Partial<Explanation> | null;
  if (typeof x !== 'object' || x === null || typeof x.summary?.zh !== 'string' || typeof x.summary.en !== 'string') {
    coreMessages.fail('invalid_type', ['explanation'], { expected: 'object', received: typeName(e) });
  }
  for (const k of ['rules', 'parameters', 'intermediates', 'missing', 'warnings'] as const)
    if (!Array.isArray(x[k])) arrayArg(x[k], k);
}

/**
 * Explanations: every result can say what it did and why: a one-line summary, the rules applied, the parameters read
 * (value, date of effect, source, confidence), the named intermediate values, what was missing, and warnings.
 * They are recorded by a {@link Trace}; a batch runs the same code with {@link NO_TRACE} and pays nothing for them.
 * @module
 */
import type { Bilingual, Warning } from './messages.js';
import type { ParameterGap, ParameterRead, Source } from './parameters.js';
import type { Outcome } from './result.js';
import { arrayArg } from './args.js';
import { maskFields, maskIds } from './errors.js';

export type { Warning } from './messages.js';

/**
 * A rule that contributed to a result.
 * @category Explanations
 */
export interface RuleApplication {
  /** Stable rule id (e.g. `"salary.grade.education"`). */
  readonly rule: string;
  /** What the rule did, in both languages. */
  readonly text: Bilingual;
  /** For a check: what it decided. */
  readonly outcome?: Outcome;
  /** The date from which the rule's effect applies, when it has one (e.g. a grade step). */
  readonly effectiveFrom?: string;
  /** Inputs the rule used (personal IDs masked). */
  readonly inputs?: Readonly<Record<string, unknown>>;
  /** What the rule produced. */
  readonly result?: unknown;
  /** The rule's legal or documentary basis. */
  readonly source?: Source;
}

/** A named intermediate value. @category Explanations */
export interface Intermediate {
  /** Stable name (e.g. `grade`). */
  readonly name: string;
  /** What it is. */
  readonly label: Bilingual;
  /** Its value, as text (decimals exact). */
  readonly value: string;
}

/** An input or parameter a result needed and did not have. @category Explanations */
export interface MissingItem {
  /** The input field (`birthDate`, `association.termYears`) or `parameter:<id>`. */
  readonly name: string;
  /** What it is. */
  readonly label: Bilingual;
  /** Why it is missing (for a parameter: not found, not in force, repealed). */
  readonly reason?: Bilingual;
}

/**
 * How a result was reached.
 * @category Explanations
 */
export interface Explanation {
  /** The result in one sentence. */
  readonly summary: Bilingual;
  /** Rules applied, in order. */
  readonly rules: readonly RuleApplication[];
  /** Parameters read, each once, in the order first read. */
  readonly parameters: readonly ParameterRead[];
  /** Named intermediate values. */
  readonly intermediates: readonly Intermediate[];
  /** What was missing (for an `undetermined` result). */
  readonly missing: readonly MissingItem[];
  /** Warnings (also listed on the result itself). */
  readonly warnings: readonly Warning[];
}

/**
 * Where an evaluation reports what it does. An explained run records; a batch run uses {@link NO_TRACE}. Callers may
 * test `recording` before building texts that only the trace would keep.
 * @category Explanations
 */
export interface Trace {
  /** True when the trace keeps what it is given. */
  readonly recording: boolean;
  /** A parameter read (recorded once per id and date of effect). */
  read(read: ParameterRead): void;
  /** A rule application. */
  rule(application: RuleApplication): void;
  /** A named intermediate value. */
  value(name: string, label: Bilingual, value: string): void;
  /**
   * A named intermediate value given as a shared object (made once per distinct value, with the data it comes from):
   * when every intermediate of a result comes this way, its list is shared like the parameters read, so the rows of
   * an explained batch that repeat it hold it once.
   */
  intermediate(item: Intermediate): void;
  /** Something missing (an input, or a parameter gap). */
  missing(item: MissingItem): void;
}

/** The trace that keeps nothing: batches run the readable path through it at no cost. @category Explanations */
export const NO_TRACE: Trace = Object.freeze({
  recording: false,
  read() {},
  rule() {},
  value() {},
  intermediate() {},
  missing() {},
});

/**
 * A trace that records, and turns what it recorded into an {@link Explanation}.
 * @category Explanations
 */
export interface Recorder extends Trace {
  /** The explanation of what was recorded, with the result's summary and warnings. */
  finish(summary: Bilingual, warnings: readonly Warning[]): Explanation;
}

const NOTHING_MISSING: readonly MissingItem[] = Object.freeze([]);

/** Explanations a recorder built (checked and masked as they were recorded). */
const recorded = new WeakSet<object>();

/** True for an explanation a {@link recorder} built, whose items were checked and masked as they were recorded. @internal */
export function isRecorded(e: unknown): boolean {
  return typeof e === 'object' && e !== null && recorded.has(e);
}

/**
 * A new recording trace.
 * @category Explanations
 * @example
 * ```ts
 * const trace = recorder();
 * trace.rule({ rule: 'demo', text: { zh: '示例', en: 'example' } });
 * trace.finish({ zh: '完成', en: 'done' }, []).rules.length; // 1
 * ```
 */
export function recorder(): Recorder {
  return new Recording(true);
}

/**
 * A recorder for the rows of an explained batch: the same, except that its explanations are not registered as
 * recorded (registration is for {@link isRecorded}, which only a result's envelope asks, and a row has none; an
 * explanation that is not registered is checked and masked again if a host puts it in an envelope). @internal
 */
export function rowRecorder(): Recorder {
  return new Recording(false);
}

/**
 * A recording trace. A class rather than closures, so an explained batch that makes one per row allocates no functions.
 * Text recorded here goes into a result: a resident ID in it (a candidate's name, a host's label) is masked as it is
 * recorded, once, so every explanation a recorder builds is masked (reads are masked by profileAt, warnings where
 * they are made).
 */
class Recording implements Recorder {
  readonly recording = true;
  private readonly reads: ParameterRead[] = [];
  private readonly rules: RuleApplication[] = [];
  private readonly intermediates: Intermediate[] = [];
  private readonly missingItems: MissingItem[] = [];
  private missingNames: Set<string> | undefined = undefined;
  // Whether an intermediate was made here (then the list is this result's own, not a shared one).
  private ownValues = false;

  /** @param register - whether its explanations are registered as recorded (see {@link isRecorded}) */
  constructor(private readonly register: boolean) {}

  private put(item: Intermediate): void {
    const list = this.intermediates;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.name === item.name) {
        list[i] = item;
        return;
      }
    }
    list.push(item);
  }

  read(r: ParameterRead): void {
    // A result reads a few dozen parameters: a scan is cheaper than a set per explanation.
    if (!this.reads.includes(r)) this.reads.push(r);
  }

  rule(a: RuleApplication): void {
    this.rules.push(maskedRule(a));
  }

  value(name: string, label: Bilingual, value: string): void {
    this.ownValues = true;
    this.put({ name, label: maskFields(label), value: typeof value === 'string' ? maskIds(value) : value });
  }

  intermediate(item: Intermediate): void {
    const m = maskedIntermediate(item);
    if (m !== item) this.ownValues = true;
    this.put(m);
  }

  missing(raw: MissingItem): void {
    const item = maskedMissing(raw);
    const missing = this.missingItems;
    // A scan for the few items of a row; a set once the list is long (a batch's explanation may name thousands).
    if (missing.length < 32) {
      for (let i = 0; i < missing.length; i++) if (missing[i]!.name === item.name) return;
      missing.push(item);
      return;
    }
    const names = (this.missingNames ??= new Set(missing.map((m) => m.name)));
    if (names.has(item.name)) return;
    names.add(item.name);
    missing.push(item);
  }

  finish(summary: Bilingual, warnings: readonly Warning[]): Explanation {
    // The reads and warnings are shared objects (they come with profileAt's reads), and a batch's rows repeat the
    // same lists: each list is kept once.
    const e: Explanation = {
      summary: maskedText(summary),
      rules: this.rules,
      parameters: sharedList(this.reads),
      intermediates: this.ownValues ? this.intermediates : sharedList(this.intermediates),
      missing: this.missingItems.length === 0 ? NOTHING_MISSING : this.missingItems,
      warnings: sharedList(warnings),
    };
    if (this.register) recorded.add(e);
    return e;
  }
}

interface ListNode {
  readonly next: WeakMap<object, ListNode>;
  list?: readonly object[];
}
const lists: ListNode = { next: new WeakMap() };
// The lists most recently asked for: a result asks for a few kinds of list (parameters, intermediates, warnings) and
// the rows of a batch repeat them in turn, so each is found here before the table is walked.
const recent: (readonly object[] | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
let nextRecent = 0;

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A frozen list equal to `items` (the same objects in the same order), one per distinct list: lists of shared
 * objects that repeat (the parameters read by every row of a batch, their warnings) take memory once. Kept only as long
 * as their objects are.
 * @category Explanations
 * @example
 * ```ts
 * const a = { code: 'a' };
 * const b = { code: 'b' };
 * sharedList([a, b]) === sharedList([a, b]); // true
 * ```
 */
export function sharedList<T extends object>(items: readonly T[]): readonly T[] {
  if (!Array.isArray(items)) arrayArg(items, 'items');
  for (let i = 0; i < recent.length; i++) {
    const r = recent[i];
    if (r !== undefined && sameItems(r, items)) return r as readonly T[];
  }
  let node = lists;
  for (const item of items) {
    // Only objects can be shared by identity: a list holding anything else is copied as it is.
    if (typeof item !== 'object' || item === null) return Object.freeze([...items]);
    let child = node.next.get(item);
    if (child === undefined) node.next.set(item, (child = { next: new WeakMap() }));
    node = child;
  }
  if (node.list === undefined) node.list = Object.freeze([...items]);
  recent[nextRecent] = node.list;
  nextRecent = (nextRecent + 1) % recent.length;
  return node.list as readonly T[];
}

/**
 * The explanation's entry for a parameter that had no value (see {@link ParameterGap}).
 * @internal
 */
export function gapItem(gap: ParameterGap, reason: Bilingual): MissingItem {
  // The label is the profile's (the host's) text: a resident ID in it is masked in the result, as in a read.
  return { name: `parameter:${gap.id}`, label: maskFields(gap.label), reason: maskFields(reason) };
}

/**
 * Frozen items (with frozen texts) found to hold no resident ID: they cannot change, so a shared item that every row of
 * a batch records (a rule application, an intermediate value) is checked once.
 */
const clean = new WeakSet<object>();

/** A text with a resident ID masked (the same object when there is none; a frozen clean one is checked once). */
function maskedText(b: Bilingual): Bilingual {
  if (clean.has(b)) return b;
  const m = maskFields(b);
  if (m === b && Object.isFrozen(b)) clean.add(b);
  return m;
}

/** A rule application with a resident ID masked in its text (the same object when there is none). @internal */
export function maskedRule<T extends RuleApplication>(a: T): T {
  if (clean.has(a)) return a;
  const text = maskFields(a.text);
  // A rule id may carry a host's key (`checklist:<itemId>`).
  const rule = typeof a.rule === 'string' ? maskIds(a.rule) : a.rule;
  if (text === a.text && rule === a.rule) {
    if (Object.isFrozen(a) && Object.isFrozen(text)) clean.add(a);
    return a;
  }
  return { ...a, rule, text } as T;
}

/** An intermediate value with a resident ID masked in its label and value (the same object when there is none). @internal */
export function maskedIntermediate(i: Intermediate): Intermediate {
  if (clean.has(i)) return i;
  const label = maskFields(i.label);
  const value = typeof i.value === 'string' ? maskIds(i.value) : i.value;
  if (label === i.label && value === i.value) {
    if (Object.isFrozen(i) && Object.isFrozen(label)) clean.add(i);
    return i;
  }
  return { ...i, label, value };
}

/** A missing item with a resident ID masked in its label and reason (the same object when there is none). @internal */
export function maskedMissing(m: MissingItem): MissingItem {
  const label = maskFields(m.label);
  const reason = m.reason === undefined ? undefined : maskFields(m.reason);
  return label === m.label && reason === m.reason ? m : { ...m, label, ...(reason === undefined ? {} : { reason }) };
}

/** A parameter read with a resident ID masked in its label, unit, source and note (the same object when there is none). */
function maskedRead(r: ParameterRead): ParameterRead {
  const label = maskFields(r.label);
  const unit = typeof r.unit === 'string' ? maskIds(r.unit) : r.unit;
  const source = maskFields(r.source);
  const note = r.note === undefined ? undefined : maskFields(r.note);
  return label === r.label && unit === r.unit && source === r.source && note === r.note
    ? r
    : { ...r, label, unit, source, ...(note === undefined ? {} : { note }) };
}

/**
 * A copy of an explanation a host built (already checked to be one) with a resident ID masked in every text it
 * holds: what a recorder does as it records. @internal
 */
export function maskedExplanation(e: Explanation): Explanation {
  return {
    ...e,
    summary: maskFields(e.summary),
    rules: e.rules.map(maskedRule),
    parameters: e.parameters.map(maskedRead),
    intermediates: e.intermediates.map(maskedIntermediate),
    missing: e.missing.map(maskedMissing),
    warnings: e.warnings.map((w) => maskFields(w)),
  };
}

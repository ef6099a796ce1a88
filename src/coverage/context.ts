/**
 * The {@link IndicatorContext} of one indicator run: its scope, the checked rows of the collections it reads, its
 * measure counters, and the bookkeeping the result reports (rows left out of scope or unclassifiable, rows refused by a
 * rule across records, missing fields named with their labels).
 * @module
 */
import type { PolicyIssue } from '../core/errors.js';
import { isGap, type Scope } from '../core/evaluation.js';
import type { Bilingual, Warning } from '../core/messages.js';
import type { ParameterValue, Source } from '../core/parameters.js';
import type { AnyCollection, Collection } from './collection.js';
import {
  MeasureCounter,
  type IndicatorContext,
  type IndicatorDefinition,
  type MeasureDeclaration,
} from './indicator.js';
import { coverageMessages } from './messages.js';
import { rowError, type CheckedRows } from './registry.js';
import type { RecordCounts, RegistryRowError } from './result.js';
import type { UnitIndex } from './units.js';

/** Per collection: rows left out by a scope rule, rows not placeable, rows refused by the indicator. */
interface Tally {
  outOfScope: number;
  undetermined: number;
  refused: RegistryRowError[];
}

/** The context of one indicator run. @internal */
export class Context implements IndicatorContext {
  readonly counters: MeasureCounter[] = [];
  private readonly tallies = new Map<string, Tally>();
  private readonly needed = new Set<string>();

  constructor(
    readonly definition: IndicatorDefinition<never>,
    readonly scope: Scope,
    readonly tree: UnitIndex,
    private readonly checked: ReadonlyMap<string, CheckedRows<unknown>>,
    private readonly gapLimit: number,
  ) {
    for (const c of definition.reads) this.tallies.set(c.name, { outOfScope: 0, undetermined: 0, refused: [] });
  }

  get asOf(): string {
    return this.scope.asOf;
  }

  rows<T>(collection: Collection<T>): CheckedRows<T> {
    const r = this.checked.get(collection.name);
    // Reading a collection the indicator did not declare is a bug in the indicator, not bad input.
    if (r === undefined)
      throw new Error(`indicator ${this.definition.id} reads ${collection.name} without declaring it`);
    return r as CheckedRows<T>;
  }

  param<T extends ParameterValue>(id: string): T | undefined {
    return this.scope.param<T>(id)?.value;
  }

  list<T extends string>(id: string, allowed: readonly T[]): T[] | undefined {
    const r = this.scope.param(id);
    if (r === undefined) return undefined;
    const v = r.value;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && (allowed as readonly string[]).includes(x)))
      this.badTable(id, r.label);
    return v as T[];
  }

  count(id: string): number | undefined {
    const r = this.scope.param(id);
    if (r === undefined) return undefined;
    if (typeof r.value !== 'number' || !Number.isSafeInteger(r.value) || r.value < 0) this.badTable(id, r.label);
    return r.value as number;
  }

  flag(id: string): boolean | undefined {
    const r = this.scope.param(id);
    if (r === undefined) return undefined;
    if (typeof r.value !== 'boolean') this.badTable(id, r.label);
    return r.value as boolean;
  }

  /** Refuses a parameter value of the wrong shape (a host profile's; the shipped ones are tested). */
  badTable(id: string, label: Bilingual): never {
    return coverageMessages.fail('invalid_parameter_table', ['parameters', id], { id, label });
  }

  measure(id: string, declaration?: Omit<MeasureDeclaration, 'id'>): MeasureCounter {
    const existing = this.counters.find((c) => c.declaration.id === id);
    if (existing !== undefined) return existing;
    const declared = this.definition.measures.find((m) => m.id === id);
    const d = declared ?? (declaration === undefined ? undefined : { id, ...declaration });
    if (d === undefined) throw new Error(`indicator ${this.definition.id}: measure ${id} is not declared`);
    const counter = new MeasureCounter(d, this.tree, this.gapLimit, (names) => this.need(names));
    this.counters.push(counter);
    return counter;
  }

  outOfScope(collection: AnyCollection, count = 1): void {
    this.tally(collection).outOfScope += count;
  }

  undetermined(collection: AnyCollection, count = 1): void {
    this.tally(collection).undetermined += count;
  }

  field(collection: AnyCollection, field: string): string {
    return `${collection.name}.${field}`;
  }

  refuse<T>(rows: CheckedRows<T>, position: number, issue: PolicyIssue): void {
    this.tally(rows.collection).refused.push(
      rowError(rows.collection, rows.indexes[position]!, rows.records[position], [issue]),
    );
  }

  text(code: string, params?: unknown): Bilingual {
    const own = this.definition.texts;
    const def =
      own !== undefined && Object.prototype.hasOwnProperty.call(own, code)
        ? own[code]
        : coverageMessages.catalogue[code as keyof typeof coverageMessages.catalogue];
    // A code in neither is a bug in the indicator, not bad input.
    if (def === undefined) throw new Error(`indicator ${this.definition.id}: no text ${code}`);
    const d = def as { zh: (p: unknown) => string; en: (p: unknown) => string };
    return { zh: d.zh(params), en: d.en(params) };
  }

  warn(warning: Warning): void {
    this.scope.warn(warning);
  }

  source(id: string): Source | undefined {
    const r = this.scope.at.get(id);
    return isGap(r) ? undefined : r.source;
  }

  rule(rule: string, text: Bilingual, source?: Source): void {
    if (this.scope.trace.recording)
      this.scope.trace.rule(source === undefined ? { rule, text } : { rule, text, source });
  }

  value(name: string, label: Bilingual, value: string | number): void {
    if (this.scope.trace.recording) this.scope.trace.value(name, label, String(value));
  }

  /** What became of each collection's rows, and every refused row (reader's and indicator's), in input order. */
  records(): { counts: Record<string, RecordCounts>; errors: RegistryRowError[] } {
    const counts: Record<string, RecordCounts> = {};
    const errors: RegistryRowError[] = [];
    for (const c of this.definition.reads) {
      const rows = this.checked.get(c.name)!;
      const t = this.tally(c);
      const refused = [...rows.errors, ...t.refused].sort((a, b) => a.index - b.index);
      errors.push(...refused);
      counts[c.name] = {
        read: rows.read,
        counted: rows.read - refused.length - t.outOfScope - t.undetermined,
        outOfScope: t.outOfScope,
        undetermined: t.undetermined,
        errors: refused.length,
      };
    }
    return { counts, errors };
  }

  private tally(collection: AnyCollection): Tally {
    const t = this.tallies.get(collection.name);
    if (t === undefined)
      throw new Error(`indicator ${this.definition.id} counts ${collection.name} without declaring it`);
    return t;
  }

  /** Registers missing fields with the result, each once, named by the collection's and the field's labels. */
  need(names: readonly string[]): void {
    for (const name of names) {
      if (this.needed.has(name)) continue;
      this.needed.add(name);
      const dot = name.indexOf('.');
      const c = this.definition.reads.find((x) => x.name === (dot < 0 ? name : name.slice(0, dot)));
      if (dot < 0) {
        this.scope.need(name, c?.label ?? { zh: name, en: name });
        continue;
      }
      const [field = '', sub] = name.slice(dot + 1).split('.');
      const outer = c?.record.fields[field];
      // A field of a nested record (certificate.obtained) is named by its own label.
      const def = sub !== undefined && outer?.type.kind === 'object' ? (outer.type.record.fields[sub] ?? outer) : outer;
      const label: Bilingual =
        c === undefined || def === undefined
          ? { zh: name, en: name }
          : { zh: `${c.label.zh}的「${def.label.zh}」`, en: `${c.label.en}: ${def.label.en}` };
      this.scope.need(name, label);
    }
  }
}

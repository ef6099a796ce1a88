/**
 * Indicators as registered modules: `defineIndicator({ id, label, reads, measures, reasons, options?, compute })`.
 * An indicator declares the collections it reads (checked once by the registry reader before it runs), its measures
 * (headline first) and the reasons of its gaps, and computes through an {@link IndicatorContext}: parameters read
 * through the scope (traced; warnings and gaps reach the result), clean rows placed in the tree, and a
 * {@link MeasureCounter} per measure that classifies each member as covered, a gap, or undetermined. The engine does
 * the rest (roll-up, rates, the envelope, the explanation), so a new indicator is one file, one line in
 * `indicators/index.ts` and its parameters in the profile.
 * @module
 */
import type { PolicyIssue } from '../core/errors.js';
import type { Scope } from '../core/evaluation.js';
import type { Bilingual, Catalogue, Warning } from '../core/messages.js';
import type { OptionSpec, OptionValues } from '../core/options.js';
import type { ParameterValue, Source } from '../core/parameters.js';
import { formatRate } from '../core/rate.js';
import type { DivisionLevel } from '../divisions/index.js';
import type { AnyCollection, Collection } from './collection.js';
import { coverageMessages } from './messages.js';
import type { CheckedRows } from './registry.js';
import type { CoverageGap, CoverageRollup, MeasureResult, MustFormEntry, RollupRow, Unclassified } from './result.js';
import { LEVEL_NUMBER, checkUnitIndex, rollUp, type UnitIndex } from './units.js';
import { countArg, functionArg, objectArg } from '../core/args.js';

/**
 * A measure an indicator reports.
 * @category Coverage
 */
export interface MeasureDeclaration {
  /** Id, unique in the indicator. */
  readonly id: string;
  /** What it counts. */
  readonly label: Bilingual;
  /**
   * `units`: the members are division units (镇街 with a station); `records`: records in units (organizations,
   * associations, people), so a record attached to a county or the city itself shows as that row's `direct` figures.
   */
  readonly population: 'units' | 'records';
  /** The deepest level its roll-up lists (default `village`). */
  readonly deepest?: DivisionLevel;
}

/**
 * What an indicator may add to its result besides its measures.
 * @category Coverage
 */
export interface IndicatorExtras {
  /** The 应建未建 list. */
  readonly mustForm?: readonly MustFormEntry[];
  /** Organizations the 应建未建 list cannot place for a missing count. */
  readonly mustFormUndetermined?: number;
}

/**
 * A registered coverage indicator.
 * @category Coverage
 */
export interface IndicatorDefinition<O extends OptionSpec = OptionSpec, I extends string = string> {
  /** Id (`party_coverage`). */
  readonly id: I;
  /** Name. */
  readonly label: Bilingual;
  /** The registry collections it reads. */
  readonly reads: readonly AnyCollection[];
  /** Its measures, headline first (an indicator may add measures of its own ids at run time, e.g. one per checklist item). */
  readonly measures: readonly MeasureDeclaration[];
  /** Why a member of its measures is not covered: reason → label. */
  readonly reasons: Readonly<Record<string, Bilingual>>;
  /** Options of its own, beside the common ones (e.g. the period of `dual_review`). */
  readonly options?: O;
  /**
   * Texts of its own (rule texts, notices) by code, as in the domain's catalogue: they join the coverage catalogue
   * (`coverageCatalogue()`), so an indicator and its wording live in one file.
   */
  readonly texts?: Catalogue;
  /** The computation. */
  compute(ctx: IndicatorContext, options: OptionValues<O>): IndicatorExtras | void;
}

/**
 * Registers an indicator (a typed identity: the registry list in `indicators/index.ts` holds the definitions).
 * @param definition - the indicator
 * @category Coverage
 * @example
 * ```ts
 * export const stations = defineIndicator({
 *   id: 'social_work_stations', label: { zh: '镇街社会工作站', en: 'Township social work stations' },
 *   reads: [socialWorkStations, socialWorkRooms],
 *   measures: [{ id: 'township', label: { zh: '镇街社会工作站覆盖率', en: 'Townships with a station' }, population: 'units' }],
 *   reasons: { no_station: { zh: '没有社会工作站', en: 'No station' } },
 *   compute(ctx) { … },
 * });
 * ```
 */
export function defineIndicator<const I extends string, O extends OptionSpec = Record<never, never>>(
  definition: IndicatorDefinition<O, I>,
): IndicatorDefinition<O, I> {
  return definition;
}

/**
 * What an indicator computes with.
 * @category Coverage
 */
export interface IndicatorContext {
  /** The scope: parameters read through it are traced and their warnings and gaps reach the result. */
  readonly scope: Scope;
  /** The date counted for. */
  readonly asOf: string;
  /** The division tree, compiled for counting. */
  readonly tree: UnitIndex;
  /** The checked rows of a collection the indicator reads. */
  rows<T>(collection: Collection<T>): CheckedRows<T>;
  /** The value of a parameter in force, or `undefined` (then it is in `missing` and the result is undetermined). */
  param<T extends ParameterValue>(id: string): T | undefined;
  /** A list parameter of values from `allowed` (`invalid_parameter_table` otherwise), or `undefined` (missing). */
  list<T extends string>(id: string, allowed: readonly T[]): T[] | undefined;
  /** A whole-number parameter ≥ 0 (`invalid_parameter_table` otherwise), or `undefined` (missing). */
  count(id: string): number | undefined;
  /** A yes/no parameter, or `undefined` (missing). */
  flag(id: string): boolean | undefined;
  /** The counter of a measure (declared, or new with its declaration). */
  measure(id: string, declaration?: Omit<MeasureDeclaration, 'id'>): MeasureCounter;
  /** Notes that `count` valid rows of a collection were left out by a scope rule. */
  outOfScope(collection: AnyCollection, count?: number): void;
  /** Notes that `count` valid rows could not be placed in or out of scope for missing information. */
  undetermined(collection: AnyCollection, count?: number): void;
  /** The name of a missing field as results list it (`organizations.fixedSite`). */
  field(collection: AnyCollection, field: string): string;
  /** Records missing inputs (field names from {@link IndicatorContext.field}, or a collection's name) with the result. */
  need(names: readonly string[]): void;
  /** Refuses a row that passed its own check but breaks a rule across records (it becomes a row-level error). */
  refuse<T>(rows: CheckedRows<T>, position: number, issue: PolicyIssue): void;
  /** Adds a warning to the result. */
  warn(warning: Warning): void;
  /** The source of a parameter's value in force (for a rule's basis), without reading it again. */
  source(id: string): Source | undefined;
  /** Both texts of a code of the indicator's own `texts` or of the domain's catalogue. */
  text(code: string, params?: unknown): Bilingual;
  /** Records a rule in the explanation (text from the domain's catalogue). */
  rule(rule: string, text: Bilingual, source?: Source): void;
  /** Records a named value in the explanation. */
  value(name: string, label: Bilingual, value: string | number): void;
}

/**
 * Counts one measure: each member of its population is classified once, as covered, a gap (with a reason) or
 * undetermined (with the missing fields), at its unit.
 * @category Coverage
 * @example
 * ```ts
 * const m = ctx.measure('township');
 * m.covered(unit);                 // covered
 * m.gap(other, 'no_station');      // not covered, and why
 * m.undetermined(third, ['socialWorkRooms.establishedOn']); // cannot be classified
 * ```
 */
export class MeasureCounter {
  /** Covered, per unit (before the roll-up). */
  readonly num: Int32Array;
  /** Covered + gaps, per unit. */
  readonly den: Int32Array;
  /** Undetermined, per unit. */
  readonly und: Int32Array;
  private readonly gapList: CoverageGap[] = [];
  private readonly unclassifiedList: Unclassified[] = [];
  private gaps = 0;
  private undeterminedCount = 0;

  /**
   * @param declaration - the measure
   * @param tree - the compiled tree
   * @param limit - gaps and unclassified members kept (all are counted)
   * @param need - registers missing fields with the result
   */
  constructor(
    readonly declaration: MeasureDeclaration,
    private readonly tree: UnitIndex,
    private readonly limit: number,
    private readonly need: (names: readonly string[]) => void,
  ) {
    const d = declaration as Partial<MeasureDeclaration> | null;
    if (
      typeof d !== 'object' ||
      d === null ||
      typeof d.id !== 'string' ||
      typeof d.label?.zh !== 'string' ||
      typeof d.label.en !== 'string' ||
      (d.population !== 'units' && d.population !== 'records')
    ) {
      objectArg(null, 'declaration');
    }
    if (d?.deepest !== undefined && !Object.prototype.hasOwnProperty.call(LEVEL_NUMBER, d.deepest))
      objectArg(null, 'declaration');
    checkUnitIndex(tree);
    if (!(
      typeof limit === 'number' &&
      ((Number.isSafeInteger(limit) && limit >= 0) || limit === Number.POSITIVE_INFINITY)
    ))
      countArg(limit, 'limit');
    functionArg(need, 'need');
    const n = tree.units.length;
    this.num = new Int32Array(n);
    this.den = new Int32Array(n);
    this.und = new Int32Array(n);
  }

  /** A covered member at `unit`. */
  covered(unit: number): void {
    this.num[unit]!++;
    this.den[unit]!++;
  }

  /** A member at `unit` that is not covered, and why. */
  gap(unit: number, reason: string, record?: string, detail?: string): void {
    this.den[unit]!++;
    this.gaps++;
    if (this.gapList.length >= this.limit) return;
    const measure = this.declaration.id;
    const code = this.tree.units[unit]!.code;
    // One literal per shape, so the (possibly millions of) gaps share a few hidden classes.
    this.gapList.push(
      record === undefined
        ? detail === undefined
          ? { measure, unit: code, reason }
          : { measure, unit: code, reason, detail }
        : detail === undefined
          ? { measure, unit: code, record, reason }
          : { measure, unit: code, record, reason, detail },
    );
  }

  /** A member at `unit` that cannot be classified: `missing` names the fields (see {@link IndicatorContext.field}). */
  undetermined(unit: number, missing: readonly string[], record?: string): void {
    this.und[unit]!++;
    this.undeterminedCount++;
    this.need(missing);
    if (this.unclassifiedList.length >= this.limit) return;
    const u: { measure: string; unit: string; record?: string; missing: readonly string[] } = {
      measure: this.declaration.id,
      unit: this.tree.units[unit]!.code,
      missing,
    };
    if (record !== undefined) u.record = record;
    this.unclassifiedList.push(u);
  }

  /** The measure's figures, rolled up (the counts per unit are rolled up in place). */
  finish(): MeasureResult {
    const { tree, num, den, und } = this;
    const d = this.declaration;
    // Records attached to a unit above the village level, kept before the roll-up adds the children in.
    const direct = new Map<number, { numerator: number; denominator: number; undetermined: number }>();
    if (d.population === 'records') {
      for (let i = 0; i < num.length; i++) {
        if ((den[i] !== 0 || und[i] !== 0) && tree.level[i]! < LEVEL_NUMBER.village)
          direct.set(i, { numerator: num[i]!, denominator: den[i]!, undetermined: und[i]! });
      }
    }
    rollUp(tree, num);
    rollUp(tree, den);
    rollUp(tree, und);
    const deepest = LEVEL_NUMBER[d.deepest ?? 'village'];
    const rows = (level: number): RollupRow[] => {
      if (level > deepest) return [];
      return tree.byLevel[level]!.map((i) => {
        const u = tree.units[i]!;
        const t = formatRate(num[i]!, den[i]!);
        const own = direct.get(i);
        const row = {
          code: u.code,
          name: u.name,
          kind: u.kind,
          level: u.level,
          numerator: num[i]!,
          denominator: den[i]!,
          undetermined: und[i]!,
          rate: t.rate,
          percent: t.percent,
        };
        return own === undefined ? row : { ...row, direct: own };
      });
    };
    const rollup: CoverageRollup = { city: rows(0), county: rows(1), township: rows(2), village: rows(3) };
    const total = formatRate(num[0]!, den[0]!);
    return {
      id: d.id,
      label: d.label,
      numerator: num[0]!,
      denominator: den[0]!,
      undetermined: und[0]!,
      rate: total.rate,
      percent: total.percent,
      rollup,
      gapCount: this.gaps,
      gaps: this.gapList,
      unclassified: this.unclassifiedList,
    };
  }
}

/** A zero-denominator warning for a measure. @internal */
export function zeroDenominator(m: MeasureResult): Warning {
  return coverageMessages.warning('zero_denominator', { measure: m.label });
}

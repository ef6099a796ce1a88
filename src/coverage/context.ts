/**
 * What every indicator calculator shares while it runs: the compiled tree, the tracer, the issue and gap lists,
 * row validation, unit lookup, and turning per-unit counts into a measure with its roll-up.
 * @module
 */
import { ErrorCode, echo, type IssuePath, type PolicyIssue } from '../core/errors.js';
import type { Tracer } from '../core/explanation.js';
import type { RoundingMode } from '../core/money.js';
import type { Bilingual } from '../core/parameters.js';
import { formatRate } from './rate.js';
import { checkRecord, checkRecordWithSchema, type CollectionName } from './registry.js';
import { CoverageIssueCode, type CoverageGap, type CoverageRollup, type GapReason, type MeasureResult, type MustFormEntry, type RollupRow } from './result.js';
import { rollUp, type UnitIndex } from './units.js';

/**
 * How registry rows are checked: `'fast'` (default) hand-written checks with the schema's issue codes;
 * `'full'` the zod schemas, row by row; `'trusted'` only what the computation itself needs (units, duplicates).
 * Bad rows are left out and reported as issues in every mode that checks them.
 * @category Coverage
 */
export type ValidationMode = 'full' | 'fast' | 'trusted';

/** Output of one indicator calculator: its measures, headline first. @internal */
export interface IndicatorOutput {
  readonly measures: MeasureResult[];
  readonly mustForm?: MustFormEntry[];
}

/** Level numbers (see units.ts): 0 city, 1 county, 2 township, 3 village. @internal */
export const CITY = 0;
/** @internal */
export const COUNTY = 1;
/** @internal */
export const TOWNSHIP = 2;
/** @internal */
export const VILLAGE = 3;

/** Shared state of one indicator computation. @internal */
export class Context {
  readonly issues: PolicyIssue[] = [];
  readonly gaps: CoverageGap[] = [];
  gapCount = 0;

  constructor(
    readonly ix: UnitIndex,
    readonly tracer: Tracer,
    readonly asOf: string,
    readonly mode: ValidationMode,
    readonly rounding: RoundingMode,
    readonly gapLimit: number,
  ) {}

  /** Checks a row according to the mode; pushes issues for a bad one. */
  valid(collection: CollectionName, rec: unknown, i: number): boolean {
    if (this.mode === 'trusted') return true;
    if (this.mode === 'fast') return checkRecord(collection, rec, [collection, i], this.issues);
    return checkRecordWithSchema(collection, rec, [collection, i], this.issues);
  }

  /**
   * Index of the unit with `code` when it is in the tree at a level from `minLevel` to `maxLevel`; else -1 with an
   * `unknown_code` or `invalid_unit_level` issue.
   */
  unit(code: string, path: IssuePath, minLevel: number, maxLevel: number): number {
    const i = this.ix.index.get(code);
    if (i === undefined) {
      this.issues.push({
        code: ErrorCode.UnknownCode,
        path,
        zh: `区划代码 ${echo(code, 12)} 不在区划树“${this.ix.units[0]!.name}”中，该记录未计入`,
        en: `Division code ${echo(code, 12)} is not in the tree of ${this.ix.units[0]!.name}; the record is not counted`,
        params: { code: echo(code, 12) },
      });
      return -1;
    }
    const level = this.ix.level[i]!;
    if (level < minLevel || level > maxLevel) {
      const names = ['市', '县(区)', '镇街', '村(社区)'];
      const en = ['city', 'county', 'township', 'village'];
      this.issues.push({
        code: CoverageIssueCode.InvalidUnitLevel,
        path,
        zh: `${code} 是${names[level]}级单位，此处只能是${names.slice(minLevel, maxLevel + 1).join('、')}级单位，该记录未计入`,
        en: `${code} is a ${en[level]}-level unit; here it must be ${en.slice(minLevel, maxLevel + 1).join(' or ')} level; the record is not counted`,
        params: { code, level: en[level] },
      });
      return -1;
    }
    return i;
  }

  /** Reports a record id seen twice in a collection (the later row is not counted). */
  duplicate(collection: CollectionName, i: number, key: string, id: string): void {
    this.issues.push({
      code: ErrorCode.Duplicate,
      path: [collection, i, key],
      zh: `${collection} 中 ${key} 重复：${id}，重复的记录未计入`,
      en: `Duplicate ${key} in ${collection}: ${id}; the repeated row is not counted`,
      params: { id },
    });
  }

  /** Records a gap (kept while under the limit; always counted). */
  gap(measure: string, unitIndex: number, reason: GapReason, record?: string, detail?: string): void {
    this.gapCount++;
    if (this.gaps.length >= this.gapLimit) return;
    const unit = this.ix.units[unitIndex]!.code;
    // One literal per shape, so gap objects share hidden classes (there can be hundreds of thousands).
    this.gaps.push(
      record === undefined
        ? detail === undefined
          ? { measure, unit, reason }
          : { measure, unit, reason, detail }
        : detail === undefined
          ? { measure, unit, record, reason }
          : { measure, unit, record, reason, detail },
    );
  }

  /**
   * A measure from per-unit counts of directly attached records/units (`num[i] <= den[i]` for every unit). The
   * arrays are rolled up in place. Rows are made for levels down to `deepest`. For record-population measures
   * (`records`), counts attached directly to a non-village unit are shown as the row's `direct` figures.
   */
  measure(id: string, label: Bilingual, num: Int32Array, den: Int32Array, deepest: number, records = false): MeasureResult {
    const ix = this.ix;
    const n = num.length;
    // Direct counts of non-village units, kept before the roll-up (usually all zero, so nothing is stored).
    let directUnits: number[] | undefined;
    for (let i = 0; records && i < n; i++) {
      if (den[i] !== 0 && ix.level[i]! < VILLAGE) (directUnits ??= []).push(i, num[i]!, den[i]!);
    }
    rollUp(ix, num);
    rollUp(ix, den);
    const direct = new Map<number, { numerator: number; denominator: number }>();
    if (directUnits !== undefined) {
      for (let k = 0; k < directUnits.length; k += 3) direct.set(directUnits[k]!, { numerator: directUnits[k + 1]!, denominator: directUnits[k + 2]! });
    }
    const rows = (level: number): RollupRow[] => {
      if (level > deepest) return [];
      const list = ix.byLevel[level]!;
      const out: RollupRow[] = new Array(list.length);
      for (let k = 0; k < list.length; k++) {
        const i = list[k]!;
        const u = ix.units[i]!;
        const t = formatRate(num[i]!, den[i]!, this.rounding);
        const d = direct.get(i);
        out[k] =
          d === undefined
            ? { code: u.code, name: u.name, kind: u.kind, level: u.level, numerator: num[i]!, denominator: den[i]!, rate: t.rate, percent: t.percent }
            : { code: u.code, name: u.name, kind: u.kind, level: u.level, numerator: num[i]!, denominator: den[i]!, rate: t.rate, percent: t.percent, direct: d };
      }
      return out;
    };
    const rollup: CoverageRollup = { city: rows(CITY), county: rows(COUNTY), township: rows(TOWNSHIP), village: rows(VILLAGE) };
    const total = formatRate(num[0]!, den[0]!, this.rounding);
    if (den[0] === 0) {
      this.issues.push({
        code: CoverageIssueCode.ZeroDenominator,
        path: [],
        zh: `“${label.zh}”的分母为 0，覆盖率无法计算（结果为 null）`,
        en: `The denominator of “${label.en}” is 0; no rate can be computed (null)`,
        params: { measure: id },
      });
    }
    this.tracer.set(`${id}.numerator`, String(num[0]));
    this.tracer.set(`${id}.denominator`, String(den[0]));
    this.tracer.set(`${id}.rate`, total.rate ?? 'null');
    return { id, label, numerator: num[0]!, denominator: den[0]!, rate: total.rate, percent: total.percent, rollup };
  }
}

/** Reads a list-valued (table) parameter of strings. @internal */
export function readList(tracer: Tracer, id: string): readonly string[] {
  const v = tracer.read(id).value;
  return Array.isArray(v) ? (v.filter((x) => typeof x === 'string') as string[]) : [];
}

/** The collection as an array (missing → empty); a non-array is an issue. @internal */
export function collection<T>(ctx: Context, data: Record<string, unknown>, name: CollectionName): readonly T[] {
  const v = data[name];
  if (v === undefined) return [];
  if (Array.isArray(v)) return v as T[];
  ctx.issues.push({ code: ErrorCode.InvalidType, path: [name], zh: `${name} 应为数组`, en: `${name} must be an array`, params: { expected: 'array' } });
  return [];
}

/**
 * What a pay mechanism is: the fields of its component in the profile's `salary.components` table (a record, so a
 * bad component is refused with its path and labels), how it reads its parameters (through the Scope, so every read
 * is traced and warned about), what its line depends on (so a roster computes each distinct line once), the amount
 * and the words of the explanation (its own texts). A floor is a mechanism that checks the pay instead of adding a line. Adding a
 * mechanism is one file and one entry in `mechanisms/index.ts`.
 * @module
 * @internal
 */
import type { Scope } from '../../core/evaluation.js';
import type { Bilingual, Catalogue } from '../../core/messages.js';
import type { Dec, RoundingMode, Yuan } from '../../core/money.js';
import type { ParameterRead, Source } from '../../core/parameters.js';
import type { RecordDef } from '../../core/record.js';
import type { Benchmark } from '../benchmark.js';
import type { Post, Worker } from '../worker.js';

/** What a pay line may depend on. @internal */
export interface PayContext {
  readonly worker: Worker;
  readonly asOf: string;
  /** The post held on `asOf`. */
  readonly post: Post;
  /** The grade on `asOf`; `null` when the profile has no ladder or the grade is undetermined. */
  readonly grade: number | null;
  /** The scope of the evaluation: parameters are read and missing inputs recorded through it. */
  readonly scope: Scope;
}

/** A line's amount before rounding, and how to say how it was reached. @internal */
export interface LineAmount {
  readonly amount: Dec;
  /** `'month'` lines make up the monthly pay; `'year'` lines are paid once a year. */
  readonly period: 'month' | 'year';
  readonly text: (amount: Yuan) => Bilingual;
}

/** The host's options a floor reads. @internal */
export interface FloorOptions {
  readonly benchmark: Benchmark | undefined;
  readonly floorGroup: string | undefined;
}

/**
 * A floor check (e.g. Nanjing 2018: a 书记's annual pay at least 100% of last year's average wage). Reported, never
 * applied: the pay lines are not raised.
 * @category Salary
 */
export interface FloorCheck {
  /** Component id of the floor. */
  readonly component: string;
  /** Name of the floor. */
  readonly label: Bilingual;
  /**
   * `met` or `shortfall`; `undetermined` when the benchmark or the floor group is missing (listed in the result's
   * `missing`) or the pay could not be computed; `not_compared` when the profile has no pay lines to compare (a
   * floor-only reference profile: the floor itself is the result).
   */
  readonly status: 'met' | 'shortfall' | 'undetermined' | 'not_compared';
  /** The group of the ratio table used (e.g. a district group), when known. */
  readonly group: string | null;
  /** The ratio applied to the benchmark, when known. */
  readonly ratio: string | null;
  /** The benchmark used, when supplied. */
  readonly benchmark: Benchmark | null;
  /** The floor: ratio × benchmark, rounded half-up to 0.01 yuan a year. */
  readonly floor: { readonly annual: Yuan } | null;
  /** How far the annual pay is below the floor (`'0.00'` when met); `null` when not compared. */
  readonly shortfall: { readonly annual: Yuan } | null;
}

/** The fields every component has. @internal */
export interface ComponentBase {
  readonly id: string;
  readonly label: Bilingual;
  readonly kind: string;
  readonly rounding?: RoundingMode;
}

/** A pay mechanism. @internal */
export interface PayMechanism<C extends ComponentBase = ComponentBase, K = unknown> {
  /** The `kind` written in the component. */
  readonly kind: string;
  /** What the mechanism is, for messages. */
  readonly label: Bilingual;
  /**
   * The mechanism's own texts (the words of its lines and checks) by code: they join the salary catalogue
   * (`salaryCatalogue()`, codes unique), so a mechanism and its wording live in one file. Name the catalogue object
   * itself, not `defineMessages(…).catalogue`: a property read in the mechanism's literal keeps the mechanism (and
   * decimal.js) in a bundle that only computes grades.
   */
  readonly texts?: Catalogue;
  /** The component's fields. */
  readonly schema: RecordDef<C>;
  /**
   * Whether the component concerns this worker at all (a certificate allowance without a certificate does not); when
   * it does not, its parameters are not read, so a row neither warns about them nor misses them. Default: it does.
   */
  applies?(component: C, ctx: PayContext): boolean;
  /** The ids of the parameters the component reads, in order (optional ones only when the component names them). */
  parameters(component: C): readonly string[];
  /**
   * The component ready to compute with, from its parameter reads (in the order of `parameters`): tables checked and
   * parsed. Built once per combination of reads (`derivedFrom`), so it may not depend on anything else.
   */
  build(component: C, reads: readonly ParameterRead[]): K;
  /**
   * The facts the component's line (or check) depends on, as a short key (the grade, the post, a certificate level,
   * a number of levels); rows with equal keys get the same line.
   */
  key(compiled: K, ctx: PayContext): string | number;
  /**
   * Set when `key` is the post or the grade alone (a test holds it): the batch kernel, which groups rows by post and
   * grade before any component, then takes no step for this component.
   */
  readonly keyedBy?: 'post' | 'grade';
  /** The line: an amount; `null` when the component pays nothing here; `undefined` when undetermined (recorded). */
  line?(compiled: K, ctx: PayContext): LineAmount | null | undefined;
  /** A floor: checks the annual pay (`null` when it could not be computed; `hasLines` false for a floor-only profile). */
  check?(
    compiled: K,
    ctx: PayContext,
    pay: { readonly annual: Yuan | null; readonly hasLines: boolean },
    options: FloorOptions,
  ): FloorCheck;
  /** The source to cite for the line. */
  source(compiled: K): Source;
}

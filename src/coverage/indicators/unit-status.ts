/**
 * Unit-population measures: the denominator is the units of some kinds in the tree, the numerator those whose
 * status is "covered" (2). Status 0 and 1 name why a unit is not covered (e.g. no station / station closed).
 * @module
 */
import type { Bilingual } from '../../core/parameters.js';
import type { DivisionKind } from '../../divisions/index.js';
import type { Context } from '../context.js';
import type { GapReason, MeasureResult } from '../result.js';
import { kindMask } from '../units.js';

/** Status of a unit: nothing recorded. @internal */
export const ABSENT = 0;
/** Status of a unit: records exist but none counts on the date. @internal */
export const INACTIVE = 1;
/** Status of a unit: covered. @internal */
export const COVERED = 2;

/**
 * A measure over the units of `kinds` from a per-unit status array; gaps carry `reasons[status]`.
 * @internal
 */
export function unitStatusMeasure(
  ctx: Context,
  id: string,
  label: Bilingual,
  status: Uint8Array,
  kinds: readonly DivisionKind[],
  deepest: number,
  reasons: readonly [GapReason, GapReason],
): MeasureResult {
  const den = kindMask(ctx.ix, kinds);
  const num = new Int32Array(den.length);
  for (let u = 0; u < den.length; u++) {
    if (den[u] === 0) continue;
    const s = status[u]!;
    if (s === COVERED) num[u] = 1;
    else ctx.gap(id, u, reasons[s === ABSENT ? 0 : 1]);
  }
  return ctx.measure(id, label, num, den, deepest);
}

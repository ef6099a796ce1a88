/**
 * Unit measures from records in units (a 镇街 has a station, a 村 has a volunteer team): each record is in force on
 * the date, not in force (not yet set up, or closed), or unknown (a date it needs is missing); a unit is covered when
 * any of its records is in force, undetermined when none is but one is unknown, and otherwise a gap (with a reason for
 * "no record at all" and one for "records, none in force").
 * @module
 */
import type { DivisionKind } from '../../divisions/index.js';
import { countArg } from '../../core/args.js';
import { coreMessages } from '../../core/core-messages.js';
import { typeName } from '../../core/errors.js';

/** The most units a {@link UnitStates} holds (a tree of every village in China has under a million). */
const MAX_UNITS = 10_000_000;
import type { IndicatorContext } from '../indicator.js';

/**
 * What a record says about its unit on the date.
 * @category Coverage
 * @example
 * ```ts
 * const s: RecordState = { state: 'unknown', missing: ['socialWorkRooms.establishedOn'] };
 * ```
 */
export type RecordState =
  { readonly state: 'in_force' | 'not_in_force' } | { readonly state: 'unknown'; readonly missing: readonly string[] };

const ABSENT = 0;
const NOT_IN_FORCE = 1;
const UNKNOWN = 2;
const IN_FORCE = 3;

/**
 * The best state of the records of each unit.
 * @category Coverage
 * @example
 * ```ts
 * const states = new UnitStates(ctx.tree.units.length);
 * states.add(unit, stateOn('2023-01-01', undefined, ctx.asOf, 'socialWorkStations.establishedOn'));
 * states.classify(ctx, 'township', ['town', 'subdistrict'], { absent: 'no_station', notInForce: 'station_not_operating' });
 * ```
 */
export class UnitStates {
  private readonly state: Uint8Array;
  private readonly missing = new Map<number, readonly string[]>();

  /** @param units - number of units in the tree */
  constructor(units: number) {
    countArg(units, 'units');
    // A tree of China's every village has under a million units: beyond this is a wrong argument, not a tree.
    if (units > MAX_UNITS) coreMessages.fail('out_of_range', ['units'], { min: 0, max: MAX_UNITS });
    this.state = new Uint8Array(units);
  }

  /** Adds what one record in `unit` says. */
  add(unit: number, s: RecordState): void {
    const rank = s.state === 'in_force' ? IN_FORCE : s.state === 'unknown' ? UNKNOWN : NOT_IN_FORCE;
    if (rank <= this.state[unit]!) return;
    this.state[unit] = rank;
    if (s.state === 'unknown') this.missing.set(unit, s.missing);
  }

  /** True when a record in force was added for `unit`. */
  inForce(unit: number): boolean {
    return this.state[unit] === IN_FORCE;
  }

  /**
   * Classifies every unit of `kinds` into the measure `id`: covered, undetermined, or a gap with `reasons.absent`
   * (no record) or `reasons.notInForce` (records, none in force).
   */
  classify(
    ctx: IndicatorContext,
    id: string,
    kinds: readonly DivisionKind[],
    reasons: { readonly absent: string; readonly notInForce: string },
  ): void {
    const m = ctx.measure(id);
    const units = ctx.tree.units;
    for (let u = 0; u < units.length; u++) {
      if (!kinds.includes(units[u]!.kind)) continue;
      const s = this.state[u];
      if (s === IN_FORCE) m.covered(u);
      else if (s === UNKNOWN) m.undetermined(u, this.missing.get(u)!);
      else m.gap(u, s === ABSENT ? reasons.absent : reasons.notInForce);
    }
  }
}

/**
 * Whether a record set up on `from` (absent: unknown) and closed on `until` (absent: still open) is in force on `asOf`.
 * @param from - the date it was set up, if known
 * @param until - the date it closed (the first day it no longer counts), if any
 * @param asOf - the date
 * @param missing - the field name to report when `from` is missing
 * @category Coverage
 * @example
 * ```ts
 * stateOn('2023-01-01', '2025-12-31', '2025-12-31', 'x'); // { state: 'not_in_force' }: closed on the date
 * ```
 */
export function stateOn(
  from: string | undefined,
  until: string | undefined,
  asOf: string,
  missing: string,
): RecordState {
  // Run on every record an indicator reads: four type tests, no more.
  if (
    (from !== undefined && typeof from !== 'string') ||
    (until !== undefined && typeof until !== 'string') ||
    typeof asOf !== 'string' ||
    typeof missing !== 'string'
  ) {
    const [name, value] =
      typeof asOf !== 'string'
        ? ['asOf', asOf]
        : typeof missing !== 'string'
          ? ['missing', missing]
          : from !== undefined && typeof from !== 'string'
            ? ['from', from]
            : ['until', until];
    coreMessages.fail('invalid_type', [name], { expected: 'string', received: typeName(value) });
  }
  if (until !== undefined && until <= asOf) return { state: 'not_in_force' };
  if (from === undefined) return { state: 'unknown', missing: [missing] };
  return from <= asOf ? { state: 'in_force' } : { state: 'not_in_force' };
}

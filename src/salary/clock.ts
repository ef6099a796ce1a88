/**
 * The service clock and runs of excellent years, as integer year arithmetic shared by the readable rules and the
 * batch kernel. Every step counted here takes effect on a 1 January, so a step is named by the year of that day.
 *
 * Service clock ("one step per full N years, from the first 1 January on or after completion"): the k-th step
 * completes on the anniversary `start + N·k years`, pushed back `D` years for every delaying year counted against it,
 * and takes effect in year `startYear + N·k + J + delay`, where `J` is 0 for a 1 January start and 1 otherwise (a
 * 29 February start never completes on a 1 January, so the leap-day convention cannot move an effective date). A
 * delaying year Y counts against a step when Y is before the step's effective year (part of Y lies in the years being
 * counted); pushing a step back can bring more delaying years in, so the rule repeats until nothing changes, and each
 * delaying year delays the clock once. A year's assessment is known on 1 January of the next year, so a step counted
 * on a date depends only on years already assessed: results never change retroactively.
 * @module
 */
import { frozenYearEntries } from '../core/year-map.js';

/** The years of a worker's assessments that move the clock: those that delay it and the excellent ones. @internal */
export interface AssessmentYears {
  /** Years that push the clock back: fail years, and basic-pass years when they do not count. */
  readonly delaying: readonly number[];
  /** Excellent years. */
  readonly excellent: readonly number[];
}

// Most workers have no assessment that moves the clock (half of a roster has none at all): they share these.
const NO_YEARS: readonly number[] = Object.freeze([]);
const NO_ASSESSMENTS: AssessmentYears = Object.freeze({ delaying: NO_YEARS, excellent: NO_YEARS });

/**
 * The assessment years from `startYear` on that delay the clock or are excellent, ascending. Year keys are array
 * indexes, which objects list in ascending numeric order (ECMAScript's OrdinaryOwnPropertyKeys), so the lists need no
 * sorting.
 * @internal
 */
export function assessmentYears(
  assessments: Readonly<Record<string, string>> | undefined,
  startYear: number,
  basicPassCounts: boolean,
): AssessmentYears {
  if (assessments === undefined) return NO_ASSESSMENTS;
  let delaying: number[] | undefined;
  let excellent: number[] | undefined;
  // A frozen map's entries are read once (rows read from a sheet share one); any other map is read here.
  const e = frozenYearEntries(assessments);
  const keys = e?.keys ?? Object.keys(assessments);
  for (let i = 0; i < keys.length; i++) {
    const r = e === undefined ? assessments[keys[i]!] : e.values[i];
    if (r === 'pass' || (r === 'basic_pass' && basicPassCounts)) continue;
    const year = e === undefined ? Number(keys[i]) : e.years[i]!;
    if (year < startYear) continue;
    if (r === 'excellent') (excellent ??= []).push(year);
    else (delaying ??= []).push(year);
  }
  return delaying === undefined && excellent === undefined
    ? NO_ASSESSMENTS
    : { delaying: delaying ?? NO_YEARS, excellent: excellent ?? NO_YEARS };
}

/**
 * The fail years (ascending, from `startYear` on) of a worker's assessments.
 * @internal
 */
export function failYears(
  assessments: Readonly<Record<string, string>> | undefined,
  startYear: number,
): readonly number[] {
  return assessmentYears(assessments, startYear, true).delaying;
}

/**
 * The effective years of the service steps up to `lastYear`, with the years of delay behind each.
 * @param startYear - the year service started
 * @param j - 0 when service started on a 1 January, else 1
 * @param yearsPerStep - N, at least 1
 * @param delayPerYear - D, years each delaying year pushes the clock back
 * @param delaying - delaying years, ascending, none before `startYear`
 * @param lastYear - the last year counted (the year of the date asked about)
 * @param out - receives `[year, delay]` pairs (flattened), when given
 * @returns the number of steps
 * @internal
 */
export function serviceSteps(
  startYear: number,
  j: number,
  yearsPerStep: number,
  delayPerYear: number,
  delaying: readonly number[],
  lastYear: number,
  out?: number[],
): number {
  let steps = 0;
  let used = 0;
  let delay = 0;
  for (let k = 1; ; k++) {
    let effective = startYear + yearsPerStep * k + j + delay;
    while (used < delaying.length && delaying[used]! < effective) {
      used++;
      delay += delayPerYear;
      effective += delayPerYear;
    }
    if (effective > lastYear) return steps;
    steps++;
    if (out !== undefined) out.push(effective, delay);
  }
}

/**
 * Runs of `run` consecutive excellent years, greedy from the earliest, each year in one run only, at most `max` runs,
 * each counted from 1 January after its last year (up to `lastYear`).
 * @param excellent - excellent years, ascending, none before the start of service
 * @param out - receives `[firstYear, lastYear]` pairs (flattened), when given
 * @returns the number of runs
 * @internal
 */
export function excellentRuns(
  excellent: readonly number[],
  run: number,
  max: number,
  lastYear: number,
  out?: number[],
): number {
  let runs = 0;
  let length = 0;
  let previous = -1;
  for (let i = 0; i < excellent.length && runs < max; i++) {
    const y = excellent[i]!;
    length = length > 0 && y === previous + 1 ? length + 1 : 1;
    previous = y;
    if (length === run) {
      if (y + 1 > lastYear) return runs;
      runs++;
      if (out !== undefined) out.push(y - run + 1, y);
      length = 0;
    }
  }
  return runs;
}

/**
 * In `advance` mode an early step takes the next service step early: for each early step (its year), the first
 * service step strictly after it that no earlier early step took. Returns, per early step, the year of the service
 * step it took (or `-1` when none falls in the years counted).
 * @param early - years of the early steps, ascending
 * @param service - years of the service steps, ascending
 * @internal
 */
export function advancedSteps(early: readonly number[], service: readonly number[]): number[] {
  const taken: number[] = [];
  let next = 0;
  for (const e of early) {
    while (next < service.length && service[next]! <= e) next++;
    taken.push(next < service.length ? service[next++]! : -1);
  }
  return taken;
}

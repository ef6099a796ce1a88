/**
 * The service clock and the excellence run, as integer year arithmetic.
 *
 * Every step counted here takes effect on a 1 January, so a step is identified by the year of that 1 January.
 *
 * Service clock (the rule "+1 per full N years, from the first 1 January on or after completion"):
 * - the k-th step completes on the anniversary `serviceStart + N·k years`, pushed back `D` years for every `fail`
 *   year counted against it; it takes effect on the first 1 January on or after that completion, i.e. in year
 *   `startYear + N·k + J + D·f` where `J` is 0 for a 1 January start and 1 otherwise (a 29 February start
 *   never completes on a 1 January, so the leap-day convention cannot change an effective date);
 * - a `fail` year Y counts against a step when Y is before the step's effective year (some of Y lies inside the
 *   years being counted) and Y is not before the start year. Pushing a step back can bring more fail years in,
 *   so the rule is applied until nothing changes. Fail years are consumed in order, so each delays the clock once.
 * A year's assessment is known on 1 January of the next year; a step counted at `asOf` only depends on fail years
 * before its effective year, which are all known by then, so the result never changes retroactively.
 * @module
 */

/**
 * Counts the service steps in effect in year `lastYear` (i.e. on or before `asOf`, whose year it is).
 * @param startYear - year of serviceStart
 * @param j - 0 when serviceStart is a 1 January, else 1
 * @param yearsPerStep - N, at least 1
 * @param delayPerFail - D, years each fail year pushes the clock back
 * @param fails - fail years, ascending; those at indexes `[from, to)` are used (the caller skips years before the start)
 * @param lastYear - the year of `asOf`
 * @param sink - when given, receives the effective year and the total delay (years) of each counted step
 * @internal
 */
export function countServiceSteps(
  startYear: number,
  j: number,
  yearsPerStep: number,
  delayPerFail: number,
  fails: readonly number[],
  from: number,
  to: number,
  lastYear: number,
  sink?: number[],
): number {
  let steps = 0;
  let used = from;
  let delay = 0;
  for (let k = 1; ; k++) {
    let effective = startYear + yearsPerStep * k + j + delay;
    while (used < to && fails[used]! < effective) {
      used++;
      delay += delayPerFail;
      effective += delayPerFail;
    }
    if (effective > lastYear) return steps;
    steps++;
    if (sink !== undefined) sink.push(effective, delay);
  }
}

/**
 * Counts early steps from runs of `run` consecutive `excellent` years: greedy from the earliest year, each year in
 * one run only, each step effective 1 January after the run's last year, at most `maxSteps`.
 * @param years - excellent years, ascending; those at indexes `[from, to)` are used
 * @param lastYear - the year of `asOf`
 * @param sink - receives `[firstYear, lastYearOfRun]` pairs flattened, for explanations
 * @internal
 */
export function countExcellenceSteps(years: readonly number[], from: number, to: number, run: number, maxSteps: number, lastYear: number, sink?: number[]): number {
  let steps = 0;
  let length = 0;
  let previous = -1;
  for (let i = from; i < to && steps < maxSteps; i++) {
    const y = years[i]!;
    length = length > 0 && y === previous + 1 ? length + 1 : 1;
    previous = y;
    if (length === run) {
      if (y + 1 > lastYear) return steps;
      steps++;
      if (sink !== undefined) sink.push(y - run + 1, y);
      length = 0;
    }
  }
  return steps;
}

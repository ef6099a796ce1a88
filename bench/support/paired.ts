// Paired rounds: the library and its plain-JS reference are timed in alternating order in the same process, with a
// garbage collection before each run and neither side's results held while the other runs (each run returns only a
// small digest, compared after timing). The speed ratio of a round is reference time / library time (1.0 = level;
// the targets say e.g. ">= 0.8x"); the median over the rounds is printed with the range. The same ratio in CPU time
// (user + system of the process, GC threads included) is printed beside it: on a shared machine other processes stretch
// wall time, rarely CPU time, so it is the steadier figure when the two differ.
// Run benches with `npm run bench` (node --expose-gc).

export interface PairedResult {
  /** Median milliseconds of the reference. */
  readonly referenceMs: number;
  /** Median milliseconds of the library. */
  readonly libraryMs: number;
  /** Median of the per-round speed ratios (reference ms / library ms). */
  readonly ratio: number;
  /** Every round's ratio. */
  readonly ratios: readonly number[];
  /** Median of the per-round ratios in CPU time (reference CPU / library CPU). */
  readonly cpuRatio: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function timed<D>(run: () => D): { ms: number; cpuMs: number; digest: D } {
  gc();
  const c = process.cpuUsage();
  const t = performance.now();
  const digest = run();
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  return { ms, cpuMs: (used.user + used.system) / 1000, digest };
}

/**
 * Times `library` against `reference` over `rounds` paired rounds (at least 5), alternating which goes first.
 * Each function returns a digest (counts, totals) that must be equal on both sides: a fast wrong answer fails.
 */
export function pairedRounds<D>(
  label: string,
  options: { rounds?: number; reference: () => D; library: () => D; same?: (a: D, b: D) => boolean },
): PairedResult {
  const rounds = Math.max(5, options.rounds ?? 7);
  const same = options.same ?? ((a: D, b: D) => JSON.stringify(a) === JSON.stringify(b));
  const refTimes: number[] = [];
  const libTimes: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const first = i % 2 === 0 ? options.reference : options.library;
    const second = i % 2 === 0 ? options.library : options.reference;
    const a = timed(first);
    const b = timed(second);
    const [ref, lib] = i % 2 === 0 ? [a, b] : [b, a];
    if (!same(ref.digest, lib.digest)) {
      throw new Error(
        `${label}: library and reference disagree: ${JSON.stringify(lib.digest).slice(0, 300)} vs ${JSON.stringify(ref.digest).slice(0, 300)}`,
      );
    }
    refTimes.push(ref.ms);
    libTimes.push(lib.ms);
    ratios.push(ref.ms / lib.ms);
    cpuRatios.push(ref.cpuMs / lib.cpuMs);
  }
  const result = {
    referenceMs: median(refTimes),
    libraryMs: median(libTimes),
    ratio: median(ratios),
    ratios,
    cpuRatio: median(cpuRatios),
  };
  console.log(
    `${label}: reference ${result.referenceMs.toFixed(0)} ms, library ${result.libraryMs.toFixed(0)} ms, speed ${result.ratio.toFixed(2)}x the reference ` +
      `(median of ${rounds} paired rounds, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; ` +
      `in CPU time ${result.cpuRatio.toFixed(2)}x, range ${Math.min(...cpuRatios).toFixed(2)}–${Math.max(...cpuRatios).toFixed(2)})`,
  );
  return result;
}

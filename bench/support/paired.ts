// Paired rounds: the library and its plain-JS reference are timed in alternating order in the same process, with a
// garbage collection before each run and neither side's results held while the other runs (each run returns only a
// small digest, compared after timing). The speed ratio of a round is reference time / library time (1.0 = level;
// the targets say e.g. ">= 0.8x"); the median over the rounds is printed with the range.
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
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function timed<D>(run: () => D): { ms: number; digest: D } {
  gc();
  const t = performance.now();
  const digest = run();
  return { ms: performance.now() - t, digest };
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
  }
  const result = { referenceMs: median(refTimes), libraryMs: median(libTimes), ratio: median(ratios), ratios };
  console.log(
    `${label}: reference ${result.referenceMs.toFixed(0)} ms, library ${result.libraryMs.toFixed(0)} ms, speed ${result.ratio.toFixed(2)}x the reference ` +
      `(median of ${rounds} paired rounds, range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
  return result;
}

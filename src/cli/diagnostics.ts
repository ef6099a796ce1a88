/**
 * Row errors on stderr, streamed and capped. Each line is written as it comes, waiting while stderr is slow (a pipe
 * to a pager), so nothing piles up in memory; after the first lines of one error code the rest of that code are only
 * counted, and `finish` writes one line per code with how many were not listed. Memory stays bounded (one counter per
 * code) whatever the error rate, and the terminal is not flooded by 600,000 copies of one mistake.
 * @module
 */
import type { Lang } from './args.js';
import type { CliIO } from './io.js';
import { count, msg } from './messages.js';

/** Default number of lines listed per error code (`--show-errors`). */
export const DEFAULT_SHOWN_PER_CODE = 20;

/** Streams row errors to stderr, listing at most `perCode` of each error code. */
export class Diagnostics {
  private readonly seen = new Map<string, number>();
  private progress: { clear(): Promise<void> } | undefined;

  /**
   * @param io - where stderr is
   * @param lang - output language
   * @param perCode - lines listed per error code (`Infinity` for all)
   */
  constructor(
    private readonly io: CliIO,
    private readonly lang: Lang,
    private readonly perCode: number = DEFAULT_SHOWN_PER_CODE,
  ) {}

  /**
   * Sets the progress line to clear before each error line, so an error never continues a terminal's progress line.
   * @param progress - the run's progress, if shown
   */
  showsProgress(progress: { clear(): Promise<void> } | undefined): void {
    this.progress = progress;
  }

  /**
   * Reports one error: written now if fewer than `perCode` of its code were, else counted.
   * @param code - the error's code
   * @param line - the line to print (without the line break), or a function making it (called only if printed)
   */
  async report(code: string, line: string | (() => string)): Promise<void> {
    const n = (this.seen.get(code) ?? 0) + 1;
    this.seen.set(code, n);
    if (n > this.perCode) return;
    await this.progress?.clear();
    await this.io.stderr.write((typeof line === 'string' ? line : line()) + '\n');
  }

  /**
   * Writes one line per error code of which some were not listed, saying how many and where all of them are.
   * @param where - where every error can be read, e.g. the output's errors column
   */
  async finish(where: { zh: string; en: string }): Promise<void> {
    for (const [code, n] of this.seen) {
      if (n <= this.perCode) continue;
      const rest = n - this.perCode;
      await this.io.stderr.write(
        msg(this.lang, 'more_errors_not_listed', {
          option: '--show-errors all',
          rest: count(rest),
          code,
          perCode: count(this.perCode),
          where,
        }),
      );
    }
  }
}

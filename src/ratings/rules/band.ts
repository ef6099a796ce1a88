/**
 * 第二十六条 and the profile's bands: the grade of a score. Each grade from its lowest score (`ratings.grade.cutoffs`:
 * Jiangsu 5A 951, 4A 901, 3A 851, 2A 801, so 950 is 4A; 安庆 5A 950) up; 1A from `ratings.grade.oneAFloor` (Jiangsu:
 * none, "800分以下"; 怀宁: 701), below which there is no grade. A fractional score between two bands written in whole
 * points (950.5) follows `ratings.grade.betweenBands` (a provisional reading, read only then). Scores are compared
 * exactly, as decimals.
 * @module
 * @internal
 */
import { derivedFrom, type ParameterRead } from '../../core/index.js';
import type { Rating } from '../../entities/organization.js';
import { BASIS } from '../basis.js';
import { gradeText, type RatingContext } from '../context.js';
import { ratingMessages as M } from '../messages.js';

/** A score as exact parts: the whole points and whether there is a fraction. @internal */
export interface Score {
  /** The score as given (a number written out, or the string). */
  readonly text: string;
  /** Whole points. */
  readonly whole: number;
  /** True when the score has a non-zero fraction. */
  readonly fraction: boolean;
}

/** The bands, checked once per read. @internal */
export interface Bands {
  /** Full score. */
  readonly max: number;
  /** Floors from 5A down to 2A. */
  readonly floors: readonly (readonly [Rating, number])[];
  /** Floor of 1A (0: no floor, every score is graded). */
  readonly oneAFloor: number;
  /** The sources to cite. */
  readonly source: ParameterRead['source'];
}

const BAND_IDS = Object.freeze(['ratings.score.max', 'ratings.grade.cutoffs', 'ratings.grade.oneAFloor']);

function bandsOf(reads: readonly ParameterRead[]): Bands {
  const [max, cutoffs, floor] = reads as [ParameterRead, ParameterRead, ParameterRead];
  const bad = (r: ParameterRead): never => M.fail('invalid_parameter_table', ['parameters', r.id], { label: r.label });
  if (typeof max.value !== 'number' || !Number.isSafeInteger(max.value) || max.value < 1) bad(max);
  const table = cutoffs.value;
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return bad(cutoffs);
  const t = table as Readonly<Record<string, unknown>>;
  const keys = Object.keys(t).sort();
  if (keys.join() !== '2A,3A,4A,5A') bad(cutoffs);
  const floors = (['5A', '4A', '3A', '2A'] as const).map((g) => [g, t[g]] as const);
  let above = (max.value as number) + 1;
  for (const [, f] of floors) {
    if (typeof f !== 'number' || !Number.isSafeInteger(f) || f < 1 || f >= above) bad(cutoffs);
    above = f as number;
  }
  if (typeof floor.value !== 'number' || !Number.isSafeInteger(floor.value) || floor.value < 0 || floor.value >= above)
    bad(floor);
  return {
    max: max.value as number,
    floors: floors as readonly (readonly [Rating, number])[],
    oneAFloor: floor.value as number,
    source: cutoffs.source,
  };
}

/** The bands of the profile on the scope's date, or `undefined` (recorded as missing). @internal */
export function readBands(ctx: RatingContext): Bands | undefined {
  const reads = ctx.scope.params(BAND_IDS);
  return reads === undefined ? undefined : derivedFrom(reads, bandsOf);
}

/** The grade of a score (`null`: below the floor of 1A), traced. @internal */
export function band(score: Score, b: Bands, ctx: RatingContext): Rating | null {
  const trace = ctx.scope.trace;
  const floors = b.floors;
  let i = 0;
  while (i < floors.length && score.whole < floors[i]![1]) i++;
  // floors[i] is the highest band whose floor the score reaches (i = 4: below 2A).
  const lower: Rating | null = i < floors.length ? floors[i]![0] : score.whole >= b.oneAFloor ? '1A' : null;
  const upper = i > 0 ? floors[i - 1]! : lower === null ? (['1A', b.oneAFloor] as const) : undefined;
  // Between two bands written in whole points: the text does not say; the profile's reading decides.
  if (score.fraction && upper !== undefined && score.whole === upper[1] - 1) {
    const reading = ctx.scope.param<string>('ratings.grade.betweenBands');
    const chosen = reading?.value === 'higher' ? upper[0] : lower;
    if (trace.recording) {
      const lowerText = lower === null ? { zh: '不予定级', en: 'no grade' } : gradeText(lower);
      const chosenText = chosen === null ? { zh: '不予定级', en: 'no grade' } : gradeText(chosen);
      trace.rule({
        rule: 'ratings.grade',
        text: M.text('band_between', {
          score: score.text,
          lower: lowerText,
          upper: upper[1] - 1,
          higher: gradeText(upper[0]),
          floor: upper[1],
          chosen: chosenText,
        }),
        result: chosen,
        source: reading?.source ?? b.source,
      });
    }
    return chosen;
  }
  if (trace.recording) {
    const next = i > 0 ? { grade: gradeText(floors[i - 1]![0]), floor: floors[i - 1]![1] } : undefined;
    const text =
      lower === null
        ? M.text('band_below', { score: score.text, floor: b.oneAFloor! })
        : lower === '1A'
          ? b.oneAFloor === 0
            ? M.text('band_no_floor', { score: score.text, grade: gradeText('1A'), next: next! })
            : M.text('band', { score: score.text, grade: gradeText('1A'), floor: b.oneAFloor, next: next! })
          : M.text('band', {
              score: score.text,
              grade: gradeText(lower),
              floor: floors[i]![1],
              ...(next === undefined ? {} : { next }),
            });
    trace.rule({ rule: 'ratings.grade', text, result: lower, source: b.source });
    trace.rule({ rule: 'ratings.grade.scale', text: M.text('grade_scale'), source: BASIS.grades });
  }
  return lower;
}

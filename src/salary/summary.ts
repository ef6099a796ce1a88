/**
 * The summary of a roster: workers by post and grade, and the monthly and annual payroll as exact sums of the rows
 * whose pay was computed (rows several workers share are added once with their count).
 * @module
 */
import { YuanSum, type Yuan } from '../core/money.js';
import type { Post } from './worker.js';

/** Counts and money of one post in a roster summary. @category Salary */
export interface PostSummary {
  /** Workers of this post in service on the date (rows refused or not yet started are not counted). */
  readonly count: number;
  /** Of them, workers whose pay was computed. */
  readonly computed: number;
  /** Workers by grade (`"7": 12`), where the grade is known. */
  readonly byGrade: Readonly<Record<string, number>>;
  /** Sum of the computed workers' monthly pay. */
  readonly monthly: Yuan;
  /** Sum of the computed workers' annual pay. */
  readonly annual: Yuan;
}

/**
 * Roster summary. The payroll covers the rows whose pay was computed; `complete` says whether that is every row.
 * @category Salary
 */
export interface SalariesSummary {
  /** By post. */
  readonly byPost: Readonly<Record<Post, PostSummary>>;
  /** Monthly payroll: the sum of every computed row's monthly pay. */
  readonly monthly: Yuan;
  /** Annual payroll: the sum of every computed row's annual pay. */
  readonly annual: Yuan;
  /** True when every row was computed or is not applicable (none undetermined, none refused). */
  readonly complete: boolean;
}

interface PostTotals {
  count: number;
  computed: number;
  readonly byGrade: Map<number, number>;
  readonly monthly: YuanSum;
  readonly annual: YuanSum;
}

const POSTS: readonly Post[] = ['principal', 'deputy', 'staff'];

/** Running totals of a roster. @internal */
export class RosterTotals {
  private readonly posts: Record<Post, PostTotals> = {
    principal: { count: 0, computed: 0, byGrade: new Map(), monthly: new YuanSum(), annual: new YuanSum() },
    deputy: { count: 0, computed: 0, byGrade: new Map(), monthly: new YuanSum(), annual: new YuanSum() },
    staff: { count: 0, computed: 0, byGrade: new Map(), monthly: new YuanSum(), annual: new YuanSum() },
  };
  private readonly monthly = new YuanSum();
  private readonly annual = new YuanSum();
  private incomplete = false;

  /** Adds `times` rows of one post, grade and pay (`monthly`/`annual` `null` when not computed). */
  add(post: Post, grade: number | null, monthly: Yuan | null, annual: Yuan | null, times = 1): void {
    const p = this.posts[post];
    p.count += times;
    if (grade !== null) p.byGrade.set(grade, (p.byGrade.get(grade) ?? 0) + times);
    if (annual === null) return;
    p.computed += times;
    if (monthly !== null) {
      p.monthly.add(monthly, times);
      this.monthly.add(monthly, times);
    }
    p.annual.add(annual, times);
    this.annual.add(annual, times);
  }

  /** Notes a row that is undetermined or refused. */
  markIncomplete(): void {
    this.incomplete = true;
  }

  /** The summary. */
  summary(): SalariesSummary {
    const byPost = {} as Record<Post, PostSummary>;
    for (const post of POSTS) {
      const p = this.posts[post];
      const grades = [...p.byGrade.keys()].sort((a, b) => a - b);
      const byGrade: Record<string, number> = {};
      for (const g of grades) byGrade[String(g)] = p.byGrade.get(g)!;
      byPost[post] = {
        count: p.count,
        computed: p.computed,
        byGrade,
        monthly: p.monthly.value,
        annual: p.annual.value,
      };
    }
    return { byPost, monthly: this.monthly.value, annual: this.annual.value, complete: !this.incomplete };
  }
}

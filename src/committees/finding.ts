/**
 * A check's finding: pass, fail, undetermined (naming what is missing) or not applicable, with the article. Findings
 * are values: two rows with the same facts get the same finding object, so a batch of a million committees holds a
 * few thousand findings, not fifteen million.
 * @module
 */
import type { Bilingual, Scope, Source } from '../core/index.js';

/**
 * The ids of the checks (what a score sheet's items and the coverage indicator's gaps name).
 * @category Committees
 */
export const COMMITTEE_RULES = [
  'committee.size',
  'committee.women',
  'committee.ethnic',
  'committee.households',
  'committee.term',
  'committee.subcommittees',
  'village.supervisoryBody',
  'village.supervisoryIndependence',
  'village.supervisoryExpertise',
  'assembly.representation',
  'assembly.representativeShare',
  'assembly.womenShare',
  'assembly.meetings',
  'disclosure.general',
  'disclosure.finance',
  'disclosure.review',
] as const;

/** The id of a committee-level check. @category Committees */
export type CommitteeRuleId = (typeof COMMITTEE_RULES)[number];

/**
 * What one check found.
 * @category Committees
 */
export interface CommitteeFinding {
  /** Stable rule id (`committee.size`, `assembly.womenShare`, `facility.area`, `meeting.quorum`, …). */
  readonly rule: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** What it decided. */
  readonly outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable';
  /** Why, in Chinese. */
  readonly zh: string;
  /** Why, in English. */
  readonly en: string;
  /** The article applied. */
  readonly citation: Source;
  /** For `undetermined`: the inputs (`memberCount`) or parameters (`parameter:<id>`) missing; else empty. */
  readonly missing: readonly string[];
  /** True for a pass that carries a notice (a residents' committee outside the 一般 range of 100 to 700 households). */
  readonly notice?: true;
}

const NONE: readonly string[] = Object.freeze([]);

/** Builds a frozen finding (findings are shared between rows: see {@link FindingCache}). @internal */
export function makeFinding(
  rule: string,
  label: Bilingual,
  outcome: CommitteeFinding['outcome'],
  text: Bilingual,
  citation: Source,
  missing: readonly string[] = NONE,
  notice = false,
): CommitteeFinding {
  const m = missing.length === 0 ? NONE : Object.freeze([...missing]);
  const f: CommitteeFinding = notice
    ? { rule, label, outcome, zh: text.zh, en: text.en, citation, missing: m, notice: true }
    : { rule, label, outcome, zh: text.zh, en: text.en, citation, missing: m };
  return Object.freeze(f);
}

/** Records a finding as a rule application when the scope is explained, and returns it. @internal */
export function traced(scope: Scope, f: CommitteeFinding): CommitteeFinding {
  if (scope.trace.recording)
    scope.trace.rule({ rule: f.rule, text: { zh: f.zh, en: f.en }, outcome: f.outcome, source: f.citation });
  return f;
}

/**
 * Findings kept by key for one group of parameter reads (see `derivedFrom`): rules build each distinct finding once
 * per profile and date. Bounded: a cache that grows past its limit (default 50,000 findings) starts again. @internal
 */
export class FindingCache {
  private readonly small: (CommitteeFinding | undefined)[] = [];
  private readonly map = new Map<string | number, CommitteeFinding>();
  /** @param limit - the most findings kept */
  constructor(private readonly limit = 50_000) {}
  /**
   * The finding for `key`, built by `make(a, b, c, d)` the first time (whole numbers below 4096 are kept in an
   * array). Rules on the path of every row pass a top-level builder and its arguments, so a hit allocates nothing.
   */
  get<A = undefined, B = undefined, C = undefined, D = undefined>(
    key: string | number,
    make: (a: A, b: B, c: C, d: D) => CommitteeFinding,
    a?: A,
    b?: B,
    c?: C,
    d?: D,
  ): CommitteeFinding {
    if (typeof key === 'number' && key >= 0 && key < 4096 && (key | 0) === key) {
      const s = this.small[key];
      return s !== undefined ? s : (this.small[key] = make(a as A, b as B, c as C, d as D));
    }
    let f = this.map.get(key);
    if (f === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      f = make(a as A, b as B, c as C, d as D);
      this.map.set(key, f);
    }
    return f;
  }
}

/**
 * What a review rule is: one file per rule declares its id and name, the phase it runs in, the parameter that is its
 * basis (a boolean `false` switches it off), the other parameters it reads, the candidate fields it reads (the
 * candidate record is assembled from these declarations), its messages, and how it decides. Rules read parameters
 * and inputs through a {@link ReviewContext}, so every read is traced, every gap and missing input is named, and
 * warnings reach the result.
 * @module
 * @internal
 */
import {
  PolicyError,
  periodEnd,
  type Bilingual,
  type CalendarDate,
  type Catalogue,
  type IssuePath,
  type Outcome,
  type ParamArgs,
  type ParameterRead,
  type ParameterValue,
  type PeriodConvention,
  type Scope,
  type Shape,
  type Output,
  type Source,
  type Warning,
} from '../core/index.js';
import type { AssociationRole } from '../entities/association-post.js';
import type { Organization } from '../entities/organization.js';

/** Which rules run: before the election (the review) or also after it (the 公示). @category Associations */
export type ReviewPhase = 'pre-election' | 'post-election';

/** The association whose leaders are reviewed (an organization; every field but `id` may be missing). @category Associations */
export type Association = Partial<Organization> & { readonly id: string };

/** A post held in an association other than the one under review. @category Associations */
export interface HeldPost {
  /** The other association's id. */
  readonly associationId: string;
  /** The post held there. */
  readonly role: AssociationRole;
}

/** The posts a candidate holds in other associations, or what is missing to know them. @internal */
export type OtherPosts =
  | {
      readonly posts: readonly HeldPost[];
      readonly from: 'associationPosts' | 'registry' | 'associationPosts+registry';
    }
  | { readonly missing: string };

/** What a rule decided about one candidate. @internal */
export interface Verdict {
  readonly outcome: Outcome;
  readonly text: Bilingual;
  /** Inputs the rule used, for the finding. */
  readonly inputs?: Readonly<Record<string, unknown>>;
  /** Overrides the basis (e.g. a term extension allowed by another text). */
  readonly source?: Source;
}

/** The texts of a code of a rule's catalogue. @internal */
export function say<C extends Catalogue, K extends keyof C & string>(
  catalogue: C,
  code: K,
  ...params: ParamArgs<C, K>
): Bilingual {
  const def = catalogue[code] as unknown as { zh: (p: unknown) => string; en: (p: unknown) => string };
  return { zh: def.zh(params[0]), en: def.en(params[0]) };
}

/** Messages every rule uses. @internal */
export const RULE_KIT_MESSAGES = {
  missing_input: {
    zh: (p: { labels: readonly Bilingual[] }) => `缺少：${p.labels.map((l) => l.zh).join('、')}`,
    en: (p: { labels: readonly Bilingual[] }) => `Missing: ${p.labels.map((l) => l.en).join(', ')}`,
  },
  parameter_gap: {
    zh: (p: { reason: Bilingual }) => `无法判定：${p.reason.zh}`,
    en: (p: { reason: Bilingual }) => `Cannot decide: ${p.reason.en}`,
  },
  invalid_parameter_value: {
    zh: (p: { label: Bilingual; expected: Bilingual }) => `配置中参数「${p.label.zh}」的取值无效：应为${p.expected.zh}`,
    en: (p: { label: Bilingual; expected: Bilingual }) =>
      `The profile's value of "${p.label.en}" is invalid: expected ${p.expected.en}`,
  },
} satisfies Catalogue;

/**
 * Validates a table or text parameter's value (a profile may carry any JSON there); throws a PolicyError naming the
 * parameter. Rules declare one per table they read; the review runs them once per call, before any candidate.
 * @internal
 */
export type ValueCheck = (value: ParameterValue) => boolean;

/** Everything a rule sees while it decides about one candidate. @internal */
export interface ReviewContext<C> {
  /** The candidate (only the fields the rule declared are typed). */
  readonly candidate: C;
  /** The post under review. */
  readonly role: AssociationRole;
  /** The association. */
  readonly association: Association;
  /** The election date (parameters are read on it, ages and periods counted to it). */
  readonly electionDate: CalendarDate;
  /** A parameter in force on the election date, traced; `undefined` after recording the gap as missing. */
  param<T extends ParameterValue = ParameterValue>(id: string): ParameterRead<T> | undefined;
  /** Records missing inputs (`birthDate`, `association.termYears`) and returns the undetermined verdict naming them. */
  missing(...fields: string[]): Verdict;
  /** The undetermined verdict after a parameter gap (recorded by `param`). */
  gap(id: string): Verdict;
  /** Adds a warning to the finding and the result. */
  warn(w: Warning): void;
  /** The candidate's posts in other associations (declared and registered), or what is missing to know them. */
  otherPosts(): OtherPosts;
  /** The last day of a term of `years` years from the election, by the profile's period convention (or `undefined` after a gap). */
  termLastDay(years: number): CalendarDate | undefined;
  /** The profile's period convention (or `undefined` after a gap). */
  convention(): PeriodConvention | undefined;
}

/**
 * A review rule. `F` is the shape of the candidate fields it reads.
 * @internal
 */
export interface ReviewRule<F extends Shape = Shape> {
  /** Stable id (`eligibility.age`). */
  readonly id: string;
  /** Its name. */
  readonly label: Bilingual;
  /** One line for the generated list in `reviewCandidate`'s documentation. */
  readonly doc: string;
  /** The phase it runs in. */
  readonly phase: ReviewPhase;
  /** False for procedure rules (they do not decide eligibility: a post with only these has no encoded criteria). */
  readonly substantive: boolean;
  /** The parameter that carries the rule's basis; a boolean `false` switches the rule off, and a profile without it has no such rule. */
  readonly parameter: string;
  /** Other parameters it may read (for the documentation), each with the check of its value when it is a table or text. */
  readonly reads: Readonly<Record<string, ValueCheck | null>>;
  /** The check of the main parameter's value, when it is a table or text. */
  readonly check?: ValueCheck;
  /** Candidate fields it reads. */
  readonly fields: F;
  /** Its messages (codes unique in the domain). */
  readonly messages: Catalogue;
  /** The posts it concerns. */
  appliesTo(role: AssociationRole): boolean;
  /** Decides; `undefined` when the rule does not concern this candidate (no finding). */
  evaluate(ctx: ReviewContext<Output<F>>, main: ParameterRead): Verdict | undefined;
}

/**
 * Declares a rule (the identity function, for type inference of its fields).
 * @internal
 */
export function defineReviewRule<F extends Shape>(rule: ReviewRule<F>): ReviewRule<F> {
  return rule;
}

/** Throws the PolicyError for a parameter whose value fails its check. @internal */
export function badParameter(
  read: ParameterRead,
  expected: Bilingual,
  path: IssuePath = ['profile', 'parameters', read.id],
): never {
  const t = say(RULE_KIT_MESSAGES, 'invalid_parameter_value', { label: read.label, expected });
  throw new PolicyError([
    { code: 'invalid_parameter_value', path, zh: t.zh, en: t.en, params: { parameter: read.id } },
  ]);
}

/** The last day of a period of `years` years from `start` under `convention`. @internal */
export function lastDayAfter(start: CalendarDate, years: number, convention: PeriodConvention): CalendarDate {
  return periodEnd(start, { years }, { convention }).end;
}

/** The posts whose candidates the eligibility rules concern: the 负责人 and the legal representative. @internal */
export const LEADER_ROLES: readonly AssociationRole[] = [
  'president',
  'vice_president',
  'secretary_general',
  'legal_representative',
];

/** True for a leader's post (not the party secretary, whose criteria are party rules). @internal */
export function isLeaderRole(role: AssociationRole): boolean {
  return LEADER_ROLES.includes(role);
}

/** The English ordinal of a number (71st, 72nd). @internal */
export function ordinal(n: number): string {
  const t = n % 100;
  const s = t >= 11 && t <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${s}`;
}

/**
 * The review of one candidate as rules see it ({@link ReviewContext}): parameters read through the result's scope
 * (traced; a gap becomes `parameter:<id>` in `missing`), missing inputs named with their labels, warnings, and the
 * candidate's posts in other associations, found once.
 * @module
 * @internal
 */
import {
  gapText,
  isGap,
  type Bilingual,
  type CalendarDate,
  type ParameterGap,
  type ParameterRead,
  type ParameterValue,
  type ParametersAt,
  type PeriodConvention,
  type Scope,
  type Warning,
} from '../core/index.js';
import type { AssociationRole } from '../entities/association-post.js';
import type { RegistryIndex } from './registry.js';
import type { Candidate } from './records.js';
import {
  RULE_KIT_MESSAGES,
  say,
  type Association,
  type HeldPost,
  type OtherPosts,
  type ReviewContext,
  type Verdict,
} from './rule.js';

/** What one review call shares between its candidates. @internal */
export interface CallSettings {
  readonly at: ParametersAt;
  readonly association: Association;
  readonly electionDate: CalendarDate;
  readonly registry: RegistryIndex | undefined;
  /** Label of an input field (`birthDate`, `association.termYears`). */
  readonly labelOf: (field: string) => Bilingual;
  /** The last day of a term of `years` years from the election (the same for every candidate of the call). */
  termLastDay(years: number, convention: PeriodConvention): CalendarDate;
}

/** One candidate under review. @internal */
export class CandidateContext implements ReviewContext<Candidate> {
  /** Missing items of the finding being made. */
  findingMissing: string[] = [];
  /** Warnings of the finding being made. */
  findingWarnings: Warning[] = [];
  private posts: OtherPosts | undefined;

  constructor(
    readonly candidate: Candidate,
    readonly role: AssociationRole,
    readonly scope: Scope,
    readonly call: CallSettings,
  ) {}

  get association(): Association {
    return this.call.association;
  }

  get electionDate(): CalendarDate {
    return this.call.electionDate;
  }

  /** Starts a new finding. */
  begin(): void {
    if (this.findingMissing.length > 0) this.findingMissing = [];
    if (this.findingWarnings.length > 0) this.findingWarnings = [];
  }

  param<T extends ParameterValue = ParameterValue>(id: string): ParameterRead<T> | undefined {
    const r = this.scope.param<T>(id);
    if (r === undefined) this.findingMissing.push(`parameter:${id}`);
    return r;
  }

  missing(...fields: string[]): Verdict {
    const labels: Bilingual[] = [];
    for (const f of fields) {
      const label = this.call.labelOf(f);
      labels.push(label);
      this.scope.need(f, label);
      if (!this.findingMissing.includes(f)) this.findingMissing.push(f);
    }
    return { outcome: 'undetermined', text: say(RULE_KIT_MESSAGES, 'missing_input', { labels }) };
  }

  gap(id: string): Verdict {
    const g = this.call.at.get(id);
    const reason = isGap(g)
      ? gapText(g)
      : gapText({ id, label: { zh: id, en: id }, reason: 'absent', date: this.electionDate });
    if (!this.findingMissing.includes(`parameter:${id}`)) this.findingMissing.push(`parameter:${id}`);
    if (isGap(g)) this.scope.gap(g);
    return { outcome: 'undetermined', text: say(RULE_KIT_MESSAGES, 'parameter_gap', { reason }) };
  }

  /** The verdict for a gap in the rule's own parameter. */
  mainGap(g: ParameterGap): Verdict {
    this.scope.gap(g);
    this.findingMissing.push(`parameter:${g.id}`);
    return { outcome: 'undetermined', text: say(RULE_KIT_MESSAGES, 'parameter_gap', { reason: gapText(g) }) };
  }

  warn(w: Warning): void {
    this.scope.warn(w);
    this.findingWarnings.push(w);
  }

  convention(): PeriodConvention | undefined {
    const r = this.param('associations.periodCounting');
    return r === undefined ? undefined : (r.value as unknown as PeriodConvention);
  }

  termLastDay(years: number): CalendarDate | undefined {
    const c = this.convention();
    return c === undefined ? undefined : this.call.termLastDay(years, c);
  }

  otherPosts(): OtherPosts {
    return (this.posts ??= findPosts(this.candidate, this.call));
  }
}

/** Posts in other associations: the candidate's own list and the register's (by `id`), each post once. */
function findPosts(c: Candidate, call: CallSettings): OtherPosts {
  const here = call.association.id;
  const declared = c.associationPosts?.filter((p) => p.associationId !== here);
  const registry = call.registry;
  if (registry === undefined || c.id === undefined) {
    if (declared !== undefined) return { posts: declared, from: 'associationPosts' };
    return { missing: registry === undefined ? 'associationPosts' : 'id' };
  }
  const listed = (registry.byPerson.get(c.id) ?? []).filter((p) => p.associationId !== here);
  if (declared === undefined) return { posts: listed, from: 'registry' };
  // The same post may be declared and registered: count it once.
  const seen = new Set(declared.map((p) => `${p.associationId}\u0000${p.role}`));
  const extra: HeldPost[] = listed.filter((p) => !seen.has(`${p.associationId}\u0000${p.role}`));
  return { posts: extra.length === 0 ? declared : [...declared, ...extra], from: 'associationPosts+registry' };
}

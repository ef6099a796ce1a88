/**
 * Reviewing a whole leadership slate: each seat as one candidate review (a seat whose input is refused is a row-level
 * error, and the others are reviewed), plus the rules across seats: the president and the secretary-general are not
 * the same person nor from the same member unit (民政部 2015 办法 第四条第三款).
 * @module
 */
import {
  envelope,
  explainedScope,
  isGap,
  readOptions,
  runBatch,
  type Bilingual,
  type ErrorRow,
  type Outcome,
  type OutcomeCounts,
  type ResultEnvelope,
  type Scope,
  type ValidationMode,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import type { Finding } from './findings.js';
import { associationsMessages as M } from './messages.js';
import { SLATE_OPTIONS } from './options.js';
import { slateSeatRecord, type Candidate, type SlateSeat } from './records.js';
import { candidateReview, prepareCall, type CandidateReview, type Call, type CommonReviewOptions } from './review.js';
import { RULE_KIT_MESSAGES, say } from './rule.js';

/**
 * Options of {@link reviewSlate}.
 * @category Associations
 */
export interface ReviewSlateOptions extends CommonReviewOptions {
  /** Explain each seat's review too (default `false`: a slate is a batch; the slate's own explanation is always there). */
  readonly explain?: boolean;
  /**
   * How the seats are read: `'checked'` (default) by the seat record (its candidate as `reviewCandidate` reads one);
   * `'trusted'`: taken as given, for seats already in the form the record's parse returns (the check is skipped; the
   * checks against the election date still run). A trusted seat of the wrong shape becomes an error row with the
   * code `trusted_input_invalid`; the other seats are reviewed.
   * @example
   * ```ts
   * const seats = [{ role: 'president', candidate: { id: 'p1', organizationId: 'U1' } }, null];
   * const options = { association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20' };
   * reviewSlate(seats, { ...options, validate: 'trusted' }).rows.map((r) => r.outcome); // ['undetermined', 'error']
   * reviewSlate(seats, { ...options, validate: 'none' }); // throws PolicyError 'unknown_enum_value' at ['validate']
   * ```
   */
  readonly validate?: ValidationMode;
}

/** A seat's review: a candidate review with the seat's index. @category Associations */
export type SeatReview = CandidateReview & { readonly index: number };

/**
 * The result of reviewing a slate: the envelope (`kind: 'slate-review'`; `asOf` = the election date), one row per seat
 * (a review, or an error row for a seat whose input was refused), the counts, and the findings across seats.
 * @category Associations
 */
export interface SlateReview extends ResultEnvelope<'slate-review', Outcome> {
  /** One row per seat, in slate order. */
  readonly rows: readonly (SeatReview | ErrorRow)[];
  /** Rows by outcome (`total` is their sum). */
  readonly counts: OutcomeCounts;
  /** Findings of the rules across seats (president vs secretary-general). */
  readonly findings: readonly Finding[];
}

const PARAMETER = 'associations.posts.presidentSecretaryDistinct';

/** The member unit a person comes from: none for an individual member, else the person's organization. */
function unitOf(c: Candidate): { unit: string | null } | { missing: string } {
  if (c.individualMember === true) return { unit: null };
  if (c.organizationId !== undefined) return { unit: c.organizationId };
  return { missing: 'organizationId' };
}

/** The findings across seats. */
function crossFindings(seats: readonly (SlateSeat | undefined)[], call: Call, scope: Scope): Finding[] {
  const at = call.at;
  if (!at.has(PARAMETER)) return [];
  const main = at.get(PARAMETER);
  const personLabel = M.text('same_person_label');
  const unitLabel = M.text('same_unit_label');
  const finding = (
    rule: string,
    label: Bilingual,
    outcome: Outcome,
    text: Bilingual,
    missing: readonly string[],
    inputs: Record<string, unknown>,
  ): Finding => {
    const f: Finding = {
      rule,
      label,
      outcome,
      text,
      source: isGap(main) ? (main.source ?? at.profile.parameters[PARAMETER]!.values[0]!.source) : main.source,
      inputs,
      missing,
      warnings: [],
    };
    if (scope.trace.recording) scope.trace.rule(f);
    return f;
  };
  if (isGap(main)) {
    scope.gap(main);
    const text = say(RULE_KIT_MESSAGES, 'parameter_gap', { reason: { zh: main.label.zh, en: main.label.en } });
    return [
      finding('slate.samePerson', personLabel, 'undetermined', text, [`parameter:${PARAMETER}`], {}),
      finding('slate.sameUnit', unitLabel, 'undetermined', text, [`parameter:${PARAMETER}`], {}),
    ];
  }
  if (main.value === false) return [];
  scope.param(PARAMETER);
  const refused = seats.flatMap((s, i) => (s === undefined ? [i] : []));
  const pres: number[] = [];
  const secs: number[] = [];
  seats.forEach((s, i) => {
    if (s?.role === 'president') pres.push(i);
    else if (s?.role === 'secretary_general') secs.push(i);
  });
  const counts = { presidents: pres.length, secretariesGeneral: secs.length };
  const fieldLabel = (i: number, field: 'id' | 'organizationId'): Bilingual =>
    M.text('seat_field', { index: i, field: call.labelOf(field) });
  const need = (
    keys: readonly (readonly [number, 'id' | 'organizationId'])[],
  ): { text: Bilingual; missing: string[] } => {
    const missing = keys.map(([i, f]) => `rows[${i}].${f}`);
    const labels = keys.map(([i, f]) => fieldLabel(i, f));
    keys.forEach(([i, f], k) => scope.need(missing[k]!, labels[k]!));
    return { text: say(RULE_KIT_MESSAGES, 'missing_input', { labels }), missing };
  };
  const samePerson: [number, number][] = [];
  const sameUnit: [number, number][] = [];
  const missP: [number, 'id'][] = [];
  const missU: [number, 'organizationId'][] = [];
  if (pres.length > 0 && secs.length > 0) {
    // Seats missing what a comparison needs, in the order the pairs meet them: the first president, then the
    // secretaries-general, then the other presidents. Pairs that match are found through a map of the
    // secretaries-general by person and by unit, so a long slate costs its seats plus its matches, not seats².
    for (const k of [pres[0]!, ...secs, ...pres.slice(1)]) {
      const c = seats[k]!.candidate;
      if (c.id === undefined) missP.push([k, 'id']);
      if ('missing' in unitOf(c)) missU.push([k, 'organizationId']);
    }
    const byId = new Map<string, number[]>();
    const byUnit = new Map<string, number[]>();
    for (const j of secs) {
      const b = seats[j]!.candidate;
      if (b.id !== undefined) (byId.get(b.id) ?? byId.set(b.id, []).get(b.id)!).push(j);
      const ub = unitOf(b);
      if ('unit' in ub && ub.unit !== null) (byUnit.get(ub.unit) ?? byUnit.set(ub.unit, []).get(ub.unit)!).push(j);
    }
    for (const i of pres) {
      const a = seats[i]!.candidate;
      if (a.id !== undefined) for (const j of byId.get(a.id) ?? []) samePerson.push([i, j]);
    }
    for (const i of pres) {
      const ua = unitOf(seats[i]!.candidate);
      if ('unit' in ua && ua.unit !== null) for (const j of byUnit.get(ua.unit) ?? []) sameUnit.push([i, j]);
    }
  }
  const judge = (
    rule: string,
    label: Bilingual,
    fails: [number, number][],
    missing: readonly (readonly [number, 'id' | 'organizationId'])[],
    failCode: 'same_person_fail' | 'same_unit_fail',
    passCode: 'same_person_pass' | 'same_unit_pass',
  ): Finding => {
    if (fails.length > 0) return finding(rule, label, 'fail', M.text(failCode, { pairs: fails }), [], { pairs: fails });
    if (missing.length > 0) {
      const n = need(missing);
      return finding(rule, label, 'undetermined', n.text, n.missing, counts);
    }
    if (refused.length > 0) {
      const missingRows = refused.map((i) => `rows[${i}]`);
      refused.forEach((i, k) => scope.need(missingRows[k]!, M.text('seat_refused_label')));
      return finding(
        rule,
        label,
        'undetermined',
        M.text('slate_refused_seats', { items: refused }),
        missingRows,
        counts,
      );
    }
    if (pres.length === 0 || secs.length === 0)
      return finding(rule, label, 'pass', M.text('slate_nothing_to_compare'), [], counts);
    return finding(rule, label, 'pass', M.text(passCode), [], counts);
  };
  return [
    judge('slate.samePerson', personLabel, samePerson, missP, 'same_person_fail', 'same_person_pass'),
    judge('slate.sameUnit', unitLabel, sameUnit, missU, 'same_unit_fail', 'same_unit_pass'),
  ];
}

/**
 * Reviews a whole leadership slate: each seat as in `reviewCandidate`, plus the rules across seats (president and
 * secretary-general not the same person, by `id`, nor from the same member unit, by `organizationId`; an individual
 * member shares no unit). With a `registry`, each person's posts in other associations are looked up by `id`. A seat
 * whose input is refused is a row with `outcome: 'error'`; the other seats are reviewed and the slate is then at best
 * `undetermined`. The slate's `missing` names seat inputs as `rows[<index>].<field>`.
 * @param slate - the seats: `{ role, candidate }` each
 * @param options - `association`, `electionDate` (required); `profile`, `rules`, `phase`, `registry`, `explain`,
 *   `validate`
 * @category Associations
 * @example
 * ```ts
 * const registry = indexRegistry([{ personId: 'p1', associationId: 'B7', role: 'secretary_general' }]);
 * const r = reviewSlate(
 *   [{ role: 'president', candidate: { id: 'p1', organizationId: 'U1' } },
 *    { role: 'secretary_general', candidate: { id: 'p2', organizationId: 'U1' } }],
 *   { association: { id: 'A1', termYears: 5 }, electionDate: '2026-05-20', registry },
 * );
 * r.findings.find((f) => f.rule === 'slate.sameUnit')?.outcome; // 'fail'
 * ```
 */
export function reviewSlate(slate: unknown, options: ReviewSlateOptions | Record<string, unknown>): SlateReview {
  const o = readOptions(options, SLATE_OPTIONS);
  const call = prepareCall(o);
  if (!Array.isArray(slate) || slate.length === 0) M.fail('slate_type', ['slate']);
  const seats: (SlateSeat | undefined)[] = new Array<SlateSeat | undefined>(slate.length).fill(undefined);
  const { rows, counts } = runBatch<SeatReview>(
    slate,
    (raw, i) => {
      const seat = readRow(slateSeatRecord, raw, i, o.validate);
      const review = candidateReview(seat.candidate, seat.role, call, o.explain, [i, 'candidate'], i) as SeatReview;
      seats[i] = seat;
      return review;
    },
    [],
    o.validate,
  );
  const { scope, explain } = explainedScope(call.at);
  const findings = crossFindings(seats, call, scope);
  const outcomes: Outcome[] = [];
  rows.forEach((r, i) => {
    if (r.outcome === 'error') {
      scope.need(`rows[${i}]`, M.text('seat_refused_label'));
      outcomes.push('undetermined');
      return;
    }
    const seat = r as SeatReview;
    outcomes.push(seat.outcome);
    // Parameter gaps are the call's (the same for every seat); inputs are the seat's.
    for (const m of seat.missing) {
      if (m.startsWith('parameter:')) scope.need(m, call.at.get(m.slice(10)).label);
      else scope.need(`rows[${i}].${m}`, M.text('seat_field', { index: i, field: call.labelOf(m) }));
    }
    for (const w of seat.warnings) scope.warn(w);
  });
  for (const f of findings) outcomes.push(f.outcome);
  let outcome: Outcome = outcomes.length === 0 ? 'undetermined' : 'pass';
  for (const x of outcomes) {
    if (x === 'fail') outcome = 'fail';
    else if (x === 'undetermined' && outcome === 'pass') outcome = 'undetermined';
  }
  const summary = M.text('slate_summary', {
    seats: slate.length,
    outcome,
    failed: counts.fail,
    undetermined: counts.undetermined,
    refused: counts.error,
  });
  return { ...envelope('associations', 'slate-review', outcome, scope, explain(summary)), rows, counts, findings };
}

/**
 * `classifyPetition`: 建议意见 / 检举控告 / 申诉求决 (arts. 29–31) and, for a claim, the route of art. 31.
 * @module
 */
import {
  engineRef,
  envelope,
  explainedScope,
  profileAt,
  profileRef,
  readOptions,
  runBatch,
  Scope,
  type Bilingual,
  type Explanation,
  type ParametersAt,
  type ResultEnvelope,
  type Warning,
  type ValidationMode,
} from '../core/index.js';
import { readRow } from '../core/validation.js';
import {
  petitionCategoryLabels,
  petitionRouteLabels,
  type PetitionCategory,
  type PetitionRoute,
} from '../entities/petition.js';
import { DOMAIN, type PetitionBatch } from './deadlines.js';
import type { CheckFinding } from './finding.js';
import { petitionMessages as M } from './messages.js';
import type { PetitionContext } from './milestones.js';
import { BATCH_OPTIONS, ITEM_OPTIONS, type PetitionBatchOptions, type PetitionOptions } from './options.js';
import { petitionFactsRecord, type PetitionFacts } from './records.js';
import { classifyCategory } from './rules/classify-category.js';
import { classifyRoute } from './rules/classify-route.js';

/** What a classification decided. @internal */
export interface ClassificationEvaluation {
  readonly outcome: 'computed' | 'undetermined';
  readonly category: PetitionCategory | null;
  readonly route: PetitionRoute | null;
  readonly handling: Bilingual | null;
  readonly findings: CheckFinding[];
}

/** The readable path: the category, then for a claim the route. @internal */
export function evaluateClassification(p: PetitionFacts, ctx: PetitionContext): ClassificationEvaluation {
  const c = classifyCategory(p, ctx);
  const findings = [c.finding];
  let route: PetitionRoute | null = null;
  let handling: Bilingual | null = null;
  if (c.category === 'suggestion') handling = M.text('handling_suggestion');
  else if (c.category === 'accusation') handling = M.text('handling_accusation');
  else if (c.category === 'claim') {
    const r = classifyRoute(p, ctx);
    findings.push(r.finding);
    route = r.route;
    if (route === 'opinion') handling = M.text('handling_opinion');
    else if (route !== null) handling = M.text('handling_route', { route: petitionRouteLabels[route] });
  }
  const outcome = c.category === null || (c.category === 'claim' && route === null) ? 'undetermined' : 'computed';
  return { outcome, category: c.category, route, handling, findings };
}

function summary(r: ClassificationEvaluation) {
  return M.text('summary_classification', {
    ...(r.category === null ? {} : { category: petitionCategoryLabels[r.category] }),
    ...(r.route === null ? {} : { route: petitionRouteLabels[r.route] }),
  });
}

/**
 * The classification of one 信访事项.
 * @category Petitions
 */
export interface PetitionClassification extends ResultEnvelope<'petition-classification', 'computed' | 'undetermined'> {
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** 建议意见类, 检举控告类 or 申诉求决类; `null` when undetermined. */
  readonly category: PetitionCategory | null;
  /** For a claim: the route of art. 31; else `null`. */
  readonly route: PetitionRoute | null;
  /** How the item is handled (art. 29, 30 or 31), when known. */
  readonly handling: Bilingual | null;
  /** The findings for the category and, for a claim, the route. */
  readonly findings: readonly CheckFinding[];
}

/**
 * Classifies a 信访事项 as 建议意见类 (art. 29), 检举控告类 (art. 30) or 申诉求决类 (art. 31) and, for a claim, finds
 * its route among the six of art. 31 (in the article's order; (六), a 信访处理意见书 with the 60 日 of art. 34, when
 * none of (一)–(五) holds). A registered `category` or `route` stands; otherwise the facts decide; facts not given are
 * unknown (never false), so the result is `undetermined` naming them. A registered value the facts contradict is
 * refused (PolicyError `classification_conflict`).
 * @param input - `category`, `route` and the facts (`offersSuggestion`, `reportsMisconduct`, `makesClaim`,
 *   `judicialMatter`, `arbitrable`, `partyAppeal`, `administrativeProcedure`, `protectionRequest`)
 * @param options - `asOf` (required), `profile`, `calendar`
 * @category Petitions
 * @example
 * ```ts
 * classifyPetition({ makesClaim: true, judicialMatter: false, arbitrable: false, partyAppeal: false,
 *   administrativeProcedure: false, protectionRequest: false }, { asOf: '2026-03-01' }).route; // 'opinion' (art. 31(6))
 * classifyPetition({ reportsMisconduct: true }, { asOf: '2026-03-01' }).category;              // 'accusation'
 * ```
 */
export function classifyPetition(input: unknown, options: PetitionOptions): PetitionClassification {
  const o = readOptions(options, ITEM_OPTIONS);
  const p = petitionFactsRecord.parse(input);
  const { scope, explain } = explainedScope(profileAt(o.profile, o.asOf));
  const r = evaluateClassification(p, { scope, calendar: o.calendar });
  return {
    ...envelope(DOMAIN, 'petition-classification', r.outcome, scope, explain(summary(r))),
    id: p.id ?? null,
    category: r.category,
    route: r.route,
    handling: r.handling,
    findings: r.findings,
  };
}

/**
 * One row of {@link classifyPetitionBatch}.
 * @category Petitions
 */
export interface PetitionClassificationRow {
  /** Position in the input. */
  readonly index: number;
  /** As in {@link PetitionClassification}. */
  readonly outcome: 'computed' | 'undetermined';
  /** The item's id, if it has one. */
  readonly id: string | null;
  /** The category, or `null`. */
  readonly category: PetitionCategory | null;
  /** The route, or `null`. */
  readonly route: PetitionRoute | null;
  /** How it is handled, when known. */
  readonly handling: Bilingual | null;
  /** The findings. */
  readonly findings: readonly CheckFinding[];
  /** Warnings of this row. */
  readonly warnings: readonly Warning[];
  /** What this row is missing. */
  readonly missing: readonly string[];
  /** With `explain: true`. */
  readonly explanation?: Explanation;
}

function classificationRow(
  raw: unknown,
  index: number,
  at: ParametersAt,
  explain: boolean,
  calendar: PetitionContext['calendar'],
  mode: ValidationMode = 'checked',
): PetitionClassificationRow {
  const p = readRow(petitionFactsRecord, raw, index, mode);
  const { scope, explain: finish } = explain ? explainedScope(at) : { scope: new Scope(at), explain: undefined };
  const r = evaluateClassification(p, { scope, calendar });
  const row = {
    index,
    outcome: r.outcome,
    id: p.id ?? null,
    category: r.category,
    route: r.route,
    handling: r.handling,
    findings: r.findings,
    warnings: scope.warnings,
    missing: scope.missing,
  };
  return finish === undefined ? row : { ...row, explanation: finish(summary(r)) };
}

/**
 * {@link classifyPetition} for a list: one row per input, in order; refused inputs are `error` rows.
 * @param inputs - the items
 * @param options - `asOf` (required), `profile`, `calendar`, `explain`
 * @category Petitions
 * @example
 * ```ts
 * classifyPetitionBatch([{ category: '建议意见类' }, { route: '六' }], { asOf: '2026-03-01' }).counts.computed; // 2
 * ```
 */
export function classifyPetitionBatch(
  inputs: unknown,
  options: PetitionBatchOptions,
): PetitionBatch<'petition-classification-batch', PetitionClassificationRow> {
  const o = readOptions(options, BATCH_OPTIONS);
  const at = profileAt(o.profile, o.asOf);
  const { rows, counts } = runBatch(
    inputs,
    (raw, i) => classificationRow(raw, i, at, o.explain, o.calendar, o.validate),
    [],
    o.validate,
  );
  return {
    kind: 'petition-classification-batch',
    asOf: o.asOf,
    profile: profileRef(o.profile),
    engine: engineRef(DOMAIN),
    rows,
    counts,
  };
}

/**
 * `computeCoverage`: one registered indicator over a registry and a division tree. The registry's collections are
 * checked once (refused rows become row-level errors), the indicator classifies every member of its measures, and
 * the engine rolls the counts up the tree and wraps them in the result envelope with the explanation.
 * @module
 */
import { typeName, type IssuePath } from '../core/errors.js';
import { explainedScope, envelope, profileAt } from '../core/evaluation.js';
import type { Catalogue } from '../core/messages.js';
import type { OptionSpec, OptionValues } from '../core/options.js';
import { readOptions, suggest } from '../core/options.js';
import type { Profile } from '../core/profile.js';
import { trustedFailure, type ValidationMode } from '../core/validation.js';
import type { DivisionTree } from '../divisions/index.js';
import type { AnyCollection } from './collection.js';
import { Context } from './context.js';
import type { IndicatorDefinition } from './indicator.js';
import { INDICATORS, type IndicatorId } from './indicators/index.js';
import { coverageMessages } from './messages.js';
import { COMMON_OPTIONS } from './options.js';
import { checkRegistryNames, readCollection, registryObject, type CheckedRows } from './registry.js';
import type { CoverageResult } from './result.js';
import { unitIndex, type UnitIndex } from './units.js';

/**
 * Options of {@link computeCoverage} (an indicator may take options of its own, such as `period` for `dual_review`).
 * @category Coverage
 */
export interface CoverageOptions {
  /** The date counted for (`YYYY-MM-DD`): which records are in force, and the date parameters are read on. */
  readonly asOf: string;
  /** A shipped profile id (`'huaian'`, the default), a `Profile`, or profile JSON. */
  readonly profile?: string | Profile | object;
  /** The division tree: one built by this library or division tree JSON (default: the embedded 淮安 tree). */
  readonly divisions?: DivisionTree | object;
  /** `checked` (default): every row is checked by its record; `trusted`: rows are taken as given. */
  readonly validate?: ValidationMode;
  /** Keep at most this many gaps (and unclassified members) per measure; the counts always have the totals. */
  readonly gapLimit?: number;
  /** The period of `dual_review` (default: 1 January of `asOf`'s year to `asOf`). */
  readonly period?: { readonly from: string; readonly to: string };
  /**
   * What `committee_standardization` counts as standard: `'checklist'` (default: every item of the host's checklist)
   * or `'statutory'` (every statutory check of `/committees`' `checkCommittee`, and the checklist items if any).
   */
  readonly committeeMode?: 'checklist' | 'statutory';
  /** The `/committees` profile of the statutory mode (default `huaian`; a host's may carry a local score sheet). */
  readonly committeeProfile?: string | Profile | object;
}

/** The definition of an indicator id, or `unknown_indicator` with the closest id. @internal */
export function indicatorById(id: unknown, path: IssuePath = ['indicator']): IndicatorDefinition<OptionSpec> {
  const found = INDICATORS.find((d) => d.id === id);
  if (found !== undefined) return found as IndicatorDefinition<OptionSpec>;
  const ids = INDICATORS.map((d) => d.id);
  // Not text: named by its type (String() throws on an object without a prototype, and would echo any other).
  const received = typeof id === 'string' ? id.slice(0, 64) : typeName(id);
  const s = typeof id === 'string' ? suggest(received, ids) : undefined;
  const sd = INDICATORS.find((d) => d.id === s);
  return coverageMessages.fail('unknown_indicator', path, {
    received,
    ids,
    labels: INDICATORS.map((d) => d.label),
    suggestion: sd === undefined ? undefined : { id: sd.id, label: sd.label },
  });
}

/**
 * Every collection a registered indicator reads: the names a registry may use, in the order indicators declare them.
 * @category Coverage
 * @example
 * ```ts
 * coverageCollections().map((c) => c.name); // ['organizations', 'partyOrganizations', 'associationEvents', …]
 * ```
 */
export function coverageCollections(): AnyCollection[] {
  const out: AnyCollection[] = [];
  for (const d of INDICATORS) for (const c of d.reads) if (!out.includes(c)) out.push(c);
  return out;
}

/**
 * The coverage domain's catalogue: its messages and the texts of every registered indicator, code → both texts (what
 * a list of every code is generated from). Codes are unique across the domain.
 * @category Coverage
 * @example
 * ```ts
 * Object.keys(coverageCatalogue()).includes('unit_not_in_tree'); // true
 * ```
 */
export function coverageCatalogue(): Catalogue {
  const out: Record<string, Catalogue[string]> = { ...coverageMessages.catalogue };
  for (const d of INDICATORS as readonly IndicatorDefinition<OptionSpec>[])
    for (const [code, t] of Object.entries(d.texts ?? {})) out[code] = t;
  return out;
}

/** The common options, read. @internal */
export type CommonValues = OptionValues<typeof COMMON_OPTIONS>;

/** Checks the registry's names and the rows of the collections the indicators read, each collection once. @internal */
export function readRegistry(
  data: unknown,
  definitions: readonly IndicatorDefinition<OptionSpec>[],
  tree: UnitIndex,
  mode: ValidationMode,
): Map<string, CheckedRows<unknown>> {
  const registry = registryObject(data);
  checkRegistryNames(registry, coverageCollections());
  const rows = new Map<string, CheckedRows<unknown>>();
  for (const d of definitions)
    for (const c of d.reads) if (!rows.has(c.name)) rows.set(c.name, readCollection(registry, c, tree, mode));
  return rows;
}

/** Runs one indicator on checked rows. @internal */
export function runIndicator(
  definition: IndicatorDefinition<OptionSpec>,
  rows: ReadonlyMap<string, CheckedRows<unknown>>,
  common: CommonValues,
  own: Readonly<Record<string, unknown>>,
): CoverageResult {
  const tree = unitIndex(common.divisions);
  const { scope, explain } = explainedScope(profileAt(common.profile, common.asOf));
  const ctx = new Context(definition as IndicatorDefinition<never>, scope, tree, rows, common.gapLimit);
  let extras;
  try {
    extras = definition.compute(ctx, own as OptionValues<OptionSpec>) ?? {};
  } catch (error) {
    // Unchecked rows of the wrong shape surface here; bad input must still only ever give a PolicyError (the core's
    // `trusted_input_invalid`, as a trusted batch row gets).
    if (common.validate !== 'trusted') throw error;
    throw trustedFailure(error, ['validate']);
  }
  // Declared measures first, in declaration order, then those the indicator added.
  const order = (id: string): number => {
    const i = definition.measures.findIndex((m) => m.id === id);
    return i < 0 ? definition.measures.length : i;
  };
  const measures = ctx.counters
    .map((c, k) => ({ c, k }))
    .sort((a, b) => order(a.c.declaration.id) - order(b.c.declaration.id) || a.k - b.k)
    .map(({ c }) => c.finish());
  for (const m of measures)
    if (m.denominator === 0 && m.undetermined === 0)
      scope.warn(coverageMessages.warning('zero_denominator', { measure: m.label }));
  ctx.rule('coverage.rate', coverageMessages.text('rule_rate'));
  const { counts, errors } = ctx.records();
  for (const [name, c] of Object.entries(counts)) {
    ctx.value(
      `${name}.read`,
      { zh: `${labelOf(definition, name).zh}：读入`, en: `${labelOf(definition, name).en}: read` },
      c.read,
    );
    if (c.errors > 0)
      ctx.value(
        `${name}.errors`,
        { zh: `${labelOf(definition, name).zh}：有误未计入`, en: `${labelOf(definition, name).en}: refused` },
        c.errors,
      );
    if (c.outOfScope > 0)
      ctx.value(
        `${name}.outOfScope`,
        { zh: `${labelOf(definition, name).zh}：不在统计范围`, en: `${labelOf(definition, name).en}: out of scope` },
        c.outOfScope,
      );
    if (c.undetermined > 0)
      ctx.value(
        `${name}.undetermined`,
        {
          zh: `${labelOf(definition, name).zh}：无法判定是否在范围内`,
          en: `${labelOf(definition, name).en}: scope undetermined`,
        },
        c.undetermined,
      );
  }
  for (const m of measures)
    ctx.value(
      `${m.id}`,
      m.label,
      `${m.numerator}/${m.denominator}${m.undetermined > 0 ? ` (+${m.undetermined})` : ''}`,
    );
  const head = measures.find((m) => m.id === definition.measures[0]!.id);
  const summary =
    head === undefined
      ? coverageMessages.text('summary_no_figures', { indicator: definition.label })
      : coverageMessages.text('summary', {
          indicator: definition.label,
          measure: head.label,
          percent: head.percent,
          numerator: head.numerator,
          denominator: head.denominator,
          undetermined: head.undetermined,
          errors: errors.length,
        });
  const outcome = scope.missing.length > 0 ? 'undetermined' : 'computed';
  return {
    ...envelope('coverage', 'coverage', outcome, scope, explain(summary)),
    indicator: definition.id,
    label: definition.label,
    measure: definition.measures[0]!.id,
    numerator: head?.numerator ?? null,
    denominator: head?.denominator ?? null,
    undetermined: head?.undetermined ?? null,
    rate: head?.rate ?? null,
    percent: head?.percent ?? null,
    rollup: head?.rollup ?? null,
    gapCount: head?.gapCount ?? null,
    gaps: head?.gaps ?? [],
    measures,
    ...extras,
    records: counts,
    errors,
  };
}

function labelOf(definition: IndicatorDefinition<OptionSpec>, name: string): { zh: string; en: string } {
  return definition.reads.find((c) => c.name === name)?.label ?? { zh: name, en: name };
}

/** The option spec of an indicator: the common options and its own. @internal */
export function optionSpec(definitions: readonly IndicatorDefinition<OptionSpec>[]): OptionSpec {
  const spec: Record<string, OptionSpec[string]> = { ...COMMON_OPTIONS };
  for (const d of definitions) Object.assign(spec, d.options ?? {});
  return spec;
}

/** An indicator's own options out of the options read. @internal */
export function ownOptions(
  definition: IndicatorDefinition<OptionSpec>,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(definition.options ?? {})) out[k] = values[k];
  return out;
}

/**
 * Computes one coverage indicator: the headline rate (an exact 4-place decimal and percent text), numerator,
 * denominator and the count that could not be classified; every measure with its roll-up by level (village →
 * township → county → city; a county's figures are exactly the sum of its townships'), its gaps (which units or
 * records are not covered, and why; `gapCount` is always `denominator − numerator` of its measure) and what could not
 * be classified for missing information; what became of the records read; the refused rows; and the envelope
 * (outcome, date, profile, engine, warnings, missing, explanation).
 *
 * A bad row is a row-level error in `errors` and the rest is counted (`read = counted + outOfScope + undetermined +
 * errors` per collection). A member missing a fact its measure needs is `undetermined` (listed, with the field in
 * `missing`), never silently dropped. Bad options, an unknown indicator, an unknown collection name or a registry
 * written for 0.1.0 throw a `PolicyError`.
 * @param indicator - an indicator id (`party_coverage`, `dual_review`, `committee_standardization`,
 *   `volunteer_teams`, `social_work_stations`, `certification_rate`; see `COVERAGE_INDICATORS`)
 * @param data - the registry: an object of record lists (`organizations`, `partyOrganizations`, …)
 * @param options - `asOf` (required), `profile`, `divisions`, `validate`, `gapLimit`, and the indicator's own
 * @category Coverage
 * @example
 * ```ts
 * const r = computeCoverage('social_work_stations',
 *   { socialWorkStations: [{ id: 's1', divisionCode: '320803001', establishedOn: '2023-05-01' }] },
 *   { asOf: '2025-12-31' });
 * r.numerator;   // 1
 * r.denominator; // 95 (镇 + 街道 of the embedded tree)
 * r.percent;     // '1.05%'
 * ```
 */
export function computeCoverage(indicator: IndicatorId, data: unknown, options: CoverageOptions): CoverageResult {
  const definition = indicatorById(indicator);
  const values = readOptions(options, optionSpec([definition])) as CommonValues & Record<string, unknown>;
  const tree = unitIndex(values.divisions);
  const rows = readRegistry(data, [definition], tree, values.validate);
  return runIndicator(definition, rows, values, ownOptions(definition, values));
}

/**
 * The rules that apply to one post in one phase under one profile on one date, with their parameters already read.
 * Computed once and shared by every review with the same (profile, election date, role, phase).
 * @module
 */
import { Tracer, type Parameter, type ParameterRead, type Warning } from '../core/index.js';
import type { ResolvedParams } from './params.js';
import type { Role } from './roles.js';
import { BUILTIN_RULES, type BuiltinRule, type ReviewPhase } from './rules.js';

/** One applicable rule. @internal */
export interface PlannedRule {
  readonly rule: BuiltinRule;
  /** Its main parameter's definition (for the citation when no value is in force). */
  readonly def: Parameter;
  /** The main parameter's value on the date, or `undefined` when none is in force (the rule is then undetermined). */
  readonly main: ParameterRead | undefined;
}

/** The plan for one (profile, date, role, phase). @internal */
export interface Plan {
  readonly rules: readonly PlannedRule[];
  /** Rules that decide eligibility (not procedure); zero means no criteria are encoded for the post. */
  readonly substantive: number;
  /** Parameters the planned rules read, each once (shared, do not mutate). */
  readonly parameters: readonly ParameterRead[];
  /** Warnings for provisional values among them, in the core Tracer's words. */
  readonly provisional: readonly Warning[];
}

/** Parameters in force and the core Tracer's provisional warnings for them. @internal */
export function readsOf(params: ResolvedParams, ids: Iterable<string>): { parameters: ParameterRead[]; provisional: Warning[] } {
  const tracer = new Tracer(params.profile, params.date);
  const parameters: ParameterRead[] = [];
  for (const id of ids) {
    const r = params.get(id);
    if (r !== undefined && !parameters.includes(r)) {
      parameters.push(r);
      tracer.record(r);
    }
  }
  return { parameters, provisional: [...tracer.warnings] };
}

/** Builds the plan (callers cache it on the resolved parameters). @internal */
export function buildPlan(params: ResolvedParams, role: Role, phase: ReviewPhase): Plan {
  const rules: PlannedRule[] = [];
  const ids: string[] = [];
  let substantive = 0;
  for (const rule of BUILTIN_RULES) {
    if (rule.phase === 'post-election' && phase === 'pre-election') continue;
    if (!rule.appliesTo(role, params)) continue;
    const def = params.profile.parameters[rule.parameter];
    if (def === undefined) continue; // a host profile without this parameter does not have this rule
    const main = params.get(rule.parameter);
    if (main !== undefined && main.value === false) continue; // switched off by the profile
    if (!rule.id.startsWith('procedure.')) substantive++;
    rules.push({ rule, def, main });
    if (main !== undefined) ids.push(rule.parameter, ...rule.reads);
  }
  return { rules, substantive, ...readsOf(params, ids) };
}

const readsCache = /* @__PURE__ */ new WeakMap<ResolvedParams, Map<string, { parameters: ParameterRead[]; provisional: Warning[] }>>();

/** {@link readsOf}, cached per resolved parameters and id list. @internal */
export function cachedReadsOf(params: ResolvedParams, ids: readonly string[]): { readonly parameters: readonly ParameterRead[]; readonly provisional: readonly Warning[] } {
  let m = readsCache.get(params);
  if (m === undefined) {
    m = new Map();
    readsCache.set(params, m);
  }
  const key = ids.join('|');
  let r = m.get(key);
  if (r === undefined) {
    r = readsOf(params, ids);
    m.set(key, r);
  }
  return r;
}

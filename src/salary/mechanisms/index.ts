/**
 * The registered pay mechanisms, and the reading of a profile's `salary.components` table: each component is checked
 * against its mechanism's fields (once per read), ids are unique, and an unknown kind is refused naming the known ones.
 * A new mechanism is one file and one entry in {@link MECHANISMS}.
 * @module
 * @internal
 */
import { isPolicyError, PolicyError, typeName, type PolicyIssue } from '../../core/errors.js';
import { derivedFrom, type Scope } from '../../core/evaluation.js';
import type { Intermediate } from '../../core/explanation.js';
import type { Bilingual } from '../../core/messages.js';
import type { ParameterRead, ParameterValue } from '../../core/parameters.js';
import { recordMessages } from '../../core/record-messages.js';
import { salaryMessages } from '../messages.js';
import { certificateAllowance } from './certificate-allowance.js';
import { floor } from './floor.js';
import { gradeCoefficient } from './grade-coefficient.js';
import type { ComponentBase, PayMechanism } from './mechanism.js';
import { postAmount } from './post-amount.js';
import { seniority } from './seniority.js';

/** The pay mechanisms, by the `kind` a component names. @internal */
export const MECHANISMS: readonly PayMechanism<ComponentBase, unknown>[] = [
  gradeCoefficient,
  postAmount,
  seniority,
  certificateAllowance,
  floor,
] as unknown as readonly PayMechanism<ComponentBase, unknown>[];

/**
 * A component ready to compute with, and the lines it has given, by the facts they depend on (its mechanism's
 * `key`): both live with the parameter reads they come from (`derivedFrom`), so a batch computes each distinct line
 * once per profile and date.
 * @internal
 */
export interface Built {
  readonly k: unknown;
  readonly lines: Map<string | number, unknown>;
}

/** A component of the table with its mechanism. @internal */
export interface Component {
  readonly mechanism: PayMechanism<ComponentBase, unknown>;
  readonly component: ComponentBase;
  /** Reads the component's parameters through the scope: the component built, or `undefined` when one has no value (recorded as missing). */
  compile(scope: Scope): Built | undefined;
}

/** A component with its mechanism, and how to build it from its reads (one build function per component, so its builds are shared). */
function entry(mechanism: PayMechanism<ComponentBase, unknown>, component: ComponentBase): Component {
  const build = (reads: readonly ParameterRead[]): Built => ({
    k: mechanism.build(component, reads),
    lines: new Map(),
  });
  const ids = mechanism.parameters(component);
  return {
    mechanism,
    component,
    compile(scope) {
      const reads = scope.params(ids);
      return reads === undefined ? undefined : derivedFrom(reads, build);
    },
  };
}

const LIST = { zh: '薪酬构成', en: 'Pay components' };

/**
 * The lines of a combination of given lines (one per component that pays something), with their monthly and annual
 * sums, and the one-line summaries of the results that have them (by post and grade: the words are the same for
 * each): kept with the component list (which lives with its parameter read), so rows with the same lines share one
 * array, one sum and one summary.
 * @internal
 */
export interface PayCombination {
  readonly lines: readonly unknown[];
  readonly monthly: string;
  readonly annual: string;
  /** The explanation's intermediates for the two sums. */
  readonly values: readonly Intermediate[];
  readonly summaries: Map<string, Map<number | null, Bilingual>>;
}

/** A node of the table of line combinations. @internal */
export interface PayNode {
  readonly next: Map<object, PayNode>;
  pay?: PayCombination;
}

/** The components of a profile's `salary.components`, and the table of their line combinations. @internal */
export interface ComponentList {
  readonly items: readonly Component[];
  readonly combinations: PayNode;
}

/** Reads `salary.components` (a derive function for `Scope.value`). @internal */
export function components(read: ParameterRead<ParameterValue>): ComponentList {
  const at = ['parameters', read.id, 'value'];
  const v = read.value;
  if (!Array.isArray(v))
    throw new PolicyError([
      recordMessages.issue('invalid_type', at, { label: LIST, expected: 'array', received: typeName(v) }),
    ]);
  const issues: PolicyIssue[] = [];
  const out: Component[] = [];
  const ids = new Set<string>();
  v.forEach((item, i) => {
    const kind =
      typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { kind?: unknown }).kind : undefined;
    const mechanism = MECHANISMS.find((m) => m.kind === kind);
    if (mechanism === undefined) {
      issues.push(
        salaryMessages.issue('unknown_mechanism', [...at, i, 'kind'], {
          received: String(kind).slice(0, 40),
          known: MECHANISMS.map((m) => ({ zh: `${m.label.zh}（${m.kind}）`, en: m.kind })),
        }),
      );
      return;
    }
    try {
      const component = mechanism.schema.parse(item, [...at, i]);
      if (ids.has(component.id))
        issues.push(salaryMessages.issue('duplicate_component', [...at, i, 'id'], { id: component.id }));
      ids.add(component.id);
      out.push(entry(mechanism, component));
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      issues.push(...e.issues);
    }
  });
  if (issues.length > 0) throw new PolicyError(issues);
  return { items: out, combinations: { next: new Map() } };
}

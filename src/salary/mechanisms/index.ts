/**
 * The registered pay mechanisms, and the reading of a profile's `salary.components` table: each component is checked
 * against its mechanism's fields (once per read), ids are unique, and an unknown kind is refused naming the known ones.
 * A new mechanism is one file and one entry in {@link MECHANISMS}.
 * @module
 * @internal
 */
import { isPolicyError, PolicyError, typeName, type PolicyIssue } from '../../core/errors.js';
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
export const MECHANISMS: readonly PayMechanism<ComponentBase, unknown>[] = [gradeCoefficient, postAmount, seniority, certificateAllowance, floor] as unknown as readonly PayMechanism<ComponentBase, unknown>[];

/** A component of the table with its mechanism. @internal */
export interface Component {
  readonly mechanism: PayMechanism<ComponentBase, unknown>;
  readonly component: ComponentBase;
}

const LIST = { zh: '薪酬构成', en: 'Pay components' };

/** Reads `salary.components` (a derive function for `Scope.value`). @internal */
export function components(read: ParameterRead<ParameterValue>): readonly Component[] {
  const at = ['parameters', read.id, 'value'];
  const v = read.value;
  if (!Array.isArray(v)) throw new PolicyError([recordMessages.issue('invalid_type', at, { label: LIST, expected: 'array', received: typeName(v) })]);
  const issues: PolicyIssue[] = [];
  const out: Component[] = [];
  const ids = new Set<string>();
  v.forEach((item, i) => {
    const kind = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { kind?: unknown }).kind : undefined;
    const mechanism = MECHANISMS.find((m) => m.kind === kind);
    if (mechanism === undefined) {
      issues.push(salaryMessages.issue('unknown_mechanism', [...at, i, 'kind'], { received: String(kind).slice(0, 40), known: MECHANISMS.map((m) => ({ zh: `${m.label.zh}（${m.kind}）`, en: m.kind })) }));
      return;
    }
    try {
      const component = mechanism.schema.parse(item, [...at, i]);
      if (ids.has(component.id)) issues.push(salaryMessages.issue('duplicate_component', [...at, i, 'id'], { id: component.id }));
      ids.add(component.id);
      out.push({ mechanism, component });
    } catch (e) {
      if (!isPolicyError(e)) throw e;
      issues.push(...e.issues);
    }
  });
  if (issues.length > 0) throw new PolicyError(issues);
  return out;
}

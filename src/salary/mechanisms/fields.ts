/**
 * Fields shared by the components of every pay mechanism (id, label, kind, rounding) and the value checks the
 * mechanisms use for their parameters (decimal tables by post, by level, …).
 * @module
 * @internal
 */
import type { Bilingual } from '../../core/messages.js';
import { PolicyError, typeName, type PolicyIssue } from '../../core/errors.js';
import { Dec, isDecimalString, ROUNDING_MODES, type RoundingMode } from '../../core/money.js';
import { recordMessages } from '../../core/record-messages.js';
import type { ParameterRead, ParameterValue } from '../../core/parameters.js';
import { defineRecord, fields, type Shape } from '../../core/record.js';
import { communityWorkerPostLabels, COMMUNITY_WORKER_POSTS } from '../../entities/community-worker-post.js';
import { salaryMessages } from '../messages.js';
import { valueOf } from '../parameter-values.js';
import type { Post } from '../worker.js';

const label = (zh: string, en: string): Bilingual => ({ zh, en });

const bilingual = /* @__PURE__ */ defineRecord(
  'label',
  label('名称', 'Label'),
  { zh: fields.text().label('中文名称', 'Chinese name'), en: fields.text().label('英文名称', 'English name') },
  { unknownKeys: 'strict' },
);

// Written out (Chinese names in Chinese texts; no call at the top level, so a bundle computing only grades drops it).
const ROUNDING_LABELS: Readonly<Record<RoundingMode, Bilingual>> = {
  'half-up': { zh: '四舍五入', en: 'half up' },
  'half-even': { zh: '四舍六入五成双', en: 'half even' },
  'half-down': { zh: '五舍六入', en: 'half down' },
  up: { zh: '远离零进位', en: 'away from zero' },
  down: { zh: '向零舍去', en: 'toward zero' },
  ceil: { zh: '向上取整', en: 'ceiling' },
  floor: { zh: '向下取整', en: 'floor' },
};

/**
 * The fields of a component of the given kind, with the mechanism's own fields. A mechanism builds its record in a
 * pure call with no arguments (`(() => componentRecord(…))()`): the field calls in the arguments would otherwise count
 * as side effects, and a bundle that computes only grades would keep every mechanism and decimal.js.
 * @internal
 */
export function componentRecord<S extends Shape>(kind: string, mechanism: Bilingual, shape: S) {
  return defineRecord(
    `pay-component-${kind}`,
    mechanism,
    {
      id: fields.text().label('项目编号', 'Component id'),
      label: fields.object(bilingual).label('项目名称', 'Component name'),
      kind: fields.enum([kind], { [kind]: mechanism } as Record<string, Bilingual>).label('计算方式', 'Mechanism'),
      rounding: fields.enum(ROUNDING_MODES, ROUNDING_LABELS).optional().label('舍入方式', 'Rounding'),
      ...shape,
    },
    { unknownKeys: 'strict' },
  );
}

/** A parameter id named by a component. @internal */
export const parameterId = () => fields.text();

const decimal = () => fields.decimal({ nonNegative: true });

/** A non-negative decimal parameter, as a Decimal. @internal */
export const DECIMAL: (read: ParameterRead<ParameterValue>) => Dec = /* @__PURE__ */ (() => {
  const check = valueOf(decimal().label('金额', 'Amount'));
  return (read: ParameterRead<ParameterValue>) => new Dec(check(read));
})();

/** A table post → non-negative decimal, as Decimals by post. @internal */
export const BY_POST: (read: ParameterRead<ParameterValue>) => Readonly<Record<Post, Dec>> = /* @__PURE__ */ (() => {
  const shape = Object.fromEntries(
    COMMUNITY_WORKER_POSTS.map((p) => [
      p,
      decimal().label(communityWorkerPostLabels[p].zh, communityWorkerPostLabels[p].en),
    ]),
  );
  const check = valueOf(
    fields.object(defineRecord('by-post', label('各岗位金额', 'Amounts by post'), shape, { unknownKeys: 'strict' })),
  );
  return (read: ParameterRead<ParameterValue>) => {
    const t = check(read) as Record<Post, string>;
    return { principal: new Dec(t.principal), deputy: new Dec(t.deputy), staff: new Dec(t.staff) };
  };
})();

/** A positive integer parameter. @internal */
export const POSITIVE_INTEGER = /* @__PURE__ */ valueOf(fields.integer({ min: 1 }).label('整数', 'Integer'));

/** A non-negative integer parameter. @internal */
export const NON_NEGATIVE_INTEGER = /* @__PURE__ */ valueOf(fields.integer({ min: 0 }).label('整数', 'Integer'));

/** An entry of a table of decimals: the value, and the text as the profile writes it (for explanations). @internal */
export interface TableEntry {
  readonly value: Dec;
  readonly text: string;
}

/**
 * A table `key → decimal` whose keys `keyOk` accepts (grades, certificate levels), as Decimals; a `null` entry (or an
 * absent key) means "not found" for that key. A bad key or amount is refused with a PolicyError at the entry.
 * @internal
 */
export function decimalTable(
  keyOk: (key: string) => boolean,
  keyLabel: Bilingual,
  valueLabel: Bilingual,
): (read: ParameterRead<ParameterValue>) => ReadonlyMap<string, TableEntry | null> {
  return (read) => {
    const at = ['parameters', read.id, 'value'];
    const v = read.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new PolicyError([
        recordMessages.issue('invalid_type', at, { label: valueLabel, expected: 'object', received: typeName(v) }),
      ]);
    }
    const issues: PolicyIssue[] = [];
    const out = new Map<string, TableEntry | null>();
    for (const [k, x] of Object.entries(v as Record<string, ParameterValue>)) {
      if (!keyOk(k))
        issues.push(
          salaryMessages.issue('table_key', [...at, k], { table: valueLabel, key: k.slice(0, 20), keyLabel }),
        );
      else if (x === null) out.set(k, null);
      else if (!isDecimalString(x) || x.startsWith('-'))
        issues.push(recordMessages.issue('invalid_amount', [...at, k], { label: valueLabel }));
      else out.set(k, { value: new Dec(x), text: x });
    }
    if (issues.length > 0) throw new PolicyError(issues);
    return out;
  };
}

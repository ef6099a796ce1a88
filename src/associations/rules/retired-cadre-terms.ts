/**
 * `retiredCadre.terms`: a retired leading cadre serves at most two terms, with no extension, and a renewal needs a new
 * approval or filing (中组发〔2014〕11号): one dated after the previous election to the post.
 * @module
 * @internal
 */
import { fields, type Catalogue } from '../../core/index.js';
import { personField, priorTermsField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'retired_terms.pass': {
    zh: (p: { term: number; max: number }) => `退（离）休领导干部本届为第 ${p.term} 届兼职，不超过 ${p.max} 届`,
    en: (p: { term: number; max: number }) => `Term ${p.term} of the retired leading cadre's post, within ${p.max}`,
  },
  'retired_terms.renewed': {
    zh: (p: { term: number; max: number; date: string; previous: string }) =>
      `退（离）休领导干部连任（第 ${p.term} 届，不超过 ${p.max} 届），已于上次当选（${p.previous}）后的 ${p.date} 重新审批或备案`,
    en: (p: { term: number; max: number; date: string; previous: string }) =>
      `A renewal (term ${p.term}, within ${p.max}), approved or filed anew on ${p.date}, after the previous election (${p.previous})`,
  },
  'retired_terms.too_many': {
    zh: (p: { term: number; max: number }) =>
      `退（离）休领导干部兼职不超过 ${p.max} 届，本届为第 ${p.term} 届（不适用延长任期）`,
    en: (p: { term: number; max: number }) =>
      `A retired leading cadre serves at most ${p.max} terms; this would be term ${p.term} (no extension applies)`,
  },
  'retired_terms.no_renewal': {
    zh: (p: { previous: string; date: string | null }) =>
      p.date === null
        ? `连任须重新审批或备案，未记录审批或备案`
        : `连任须重新审批或备案，记录的审批或备案（${p.date}）不晚于上次当选（${p.previous}）`,
    en: (p: { previous: string; date: string | null }) =>
      p.date === null
        ? 'A renewal needs a new approval or filing, and none is recorded'
        : `A renewal needs a new approval or filing; the one recorded (${p.date}) is not after the previous election (${p.previous})`,
  },
} satisfies Catalogue;

/** @internal */
export const retiredCadreTerms = defineReviewRule({
  id: 'retiredCadre.terms',
  label: { zh: '退（离）休领导干部兼职届数与连任审批', en: 'Terms and renewal of a retired leading cadre' },
  doc: 'a retired leading cadre serves at most 2 terms, with no extension, and a renewal needs an approval or filing dated after `previousElectionDate` (中组发〔2014〕11号)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.retiredCadre.maxTerms',
  reads: { 'associations.retiredCadre.renewalNeedsNewApproval': null },
  fields: {
    retiredCadre: personField('retiredCadre'),
    cadreApproval: personField('cadreApproval'),
    priorTerms: priorTermsField,
    previousElectionDate: fields
      .date()
      .optional()
      .label('上次当选该职务的日期', 'Date of the previous election to the post'),
  },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const c = ctx.candidate;
    if (c.retiredCadre !== true) return undefined;
    if (c.priorTerms === undefined) return ctx.missing('priorTerms');
    const max = main.value as number;
    const term = c.priorTerms + 1;
    const inputs: Record<string, unknown> = { priorTerms: c.priorTerms, thisTerm: term, maxTerms: max };
    if (term > max) return { outcome: 'fail', text: say(T, 'retired_terms.too_many', { term, max }), inputs };
    if (c.priorTerms === 0) return { outcome: 'pass', text: say(T, 'retired_terms.pass', { term, max }), inputs };
    const renewal = ctx.param<boolean>('associations.retiredCadre.renewalNeedsNewApproval');
    if (renewal === undefined) return { ...ctx.gap('associations.retiredCadre.renewalNeedsNewApproval'), inputs };
    if (!renewal.value) return { outcome: 'pass', text: say(T, 'retired_terms.pass', { term, max }), inputs };
    if (c.previousElectionDate === undefined) return { ...ctx.missing('previousElectionDate'), inputs };
    const previous = c.previousElectionDate;
    const date = c.cadreApproval?.date ?? null;
    inputs.previousElectionDate = previous;
    inputs.cadreApproval = c.cadreApproval ?? null;
    if (date === null || date <= previous)
      return {
        outcome: 'fail',
        text: say(T, 'retired_terms.no_renewal', { previous, date }),
        inputs,
        source: renewal.source,
      };
    return {
      outcome: 'pass',
      text: say(T, 'retired_terms.renewed', { term, max, date, previous }),
      inputs,
      source: renewal.source,
    };
  },
});

/**
 * `term.consecutive`: at most 2 consecutive terms in the same post (民政部 2015 办法); a further term only as an
 * extension with a 2/3 vote of the members' assembly and the registration authority's approval (福建, S17); a hired
 * secretary-general has no term limit (T9).
 * @module
 * @internal
 */
import { defineRecord, fields, type Bilingual, type Catalogue } from '../../core/index.js';
import { associationRoleLabels } from '../../entities/association-post.js';
import { priorTermsField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const extension = /* @__PURE__ */ defineRecord(
  'term-extension',
  { zh: '延长任期', en: 'Term extension' },
  {
    vote2of3: fields
      .boolean()
      .label('会员（代表）大会2/3以上表决通过', 'Passed by a 2/3 vote of the members’ assembly'),
    registrationApproval: fields.boolean().label('登记管理机关批准', 'Approved by the registration authority'),
  },
  { unknownKeys: 'strict' },
);

const T = {
  'consecutive.pass': {
    zh: (p: { term: number; max: number; post: Bilingual }) =>
      `本届为连续第 ${p.term} 届担任${p.post.zh}，不超过 ${p.max} 届`,
    en: (p: { term: number; max: number; post: Bilingual }) =>
      `This would be consecutive term ${p.term} as ${p.post.en}, within ${p.max}`,
  },
  'consecutive.hired': {
    zh: () => '聘任的秘书长不受连任届数限制',
    en: () => 'A hired secretary-general has no term limit',
  },
  'consecutive.extended': {
    zh: (p: { term: number; max: number }) =>
      `本届为连续第 ${p.term} 届，超过 ${p.max} 届上限；已记录会员（代表）大会2/3以上表决通过并经登记管理机关批准，按延长任期处理`,
    en: (p: { term: number; max: number }) =>
      `Consecutive term ${p.term} exceeds the limit of ${p.max}; allowed as an extension: a 2/3 vote of the members' assembly and the registration authority's approval are recorded`,
  },
  'consecutive.fail': {
    zh: (p: { term: number; max: number; lacking: Bilingual }) =>
      `本届为连续第 ${p.term} 届，超过 ${p.max} 届上限，且${p.lacking.zh}`,
    en: (p: { term: number; max: number; lacking: Bilingual }) =>
      `Consecutive term ${p.term} exceeds the limit of ${p.max}, and ${p.lacking.en}`,
  },
} satisfies Catalogue;

function lacking(e: { vote2of3: boolean; registrationApproval: boolean } | undefined): Bilingual {
  if (e === undefined) return { zh: '未记录延长任期', en: 'no extension is recorded' };
  const zh = [!e.vote2of3 ? '缺少2/3表决通过' : '', !e.registrationApproval ? '缺少登记管理机关批准' : '']
    .filter(Boolean)
    .join('、');
  const en = [!e.vote2of3 ? 'no 2/3 vote' : '', !e.registrationApproval ? 'no registration authority approval' : '']
    .filter(Boolean)
    .join(' and ');
  return { zh, en };
}

/** @internal */
export const termConsecutive = defineReviewRule({
  id: 'term.consecutive',
  label: { zh: '连任届数', en: 'Consecutive terms' },
  doc: 'at most 2 consecutive terms in the same post (民政部 2015); a further term passes only with a recorded extension (2/3 vote and registration-authority approval, S17), and the finding says so; a hired secretary-general has no term limit (T9)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.term.maxConsecutive',
  reads: {
    'associations.term.extension': (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    'associations.term.hiredSecretaryExempt': null,
  },
  fields: {
    priorTerms: priorTermsField,
    appointment: fields
      .enum(['elected', 'hired'], { elected: { zh: '选任', en: 'Elected' }, hired: { zh: '聘任', en: 'Hired' } })
      .optional()
      .label('秘书长产生方式', 'How the secretary-general is appointed'),
    termExtension: fields.object(extension).optional().label('延长任期', 'Term extension'),
  },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const c = ctx.candidate;
    if (ctx.role === 'secretary_general' && c.appointment === 'hired') {
      const exempt = ctx.param<boolean>('associations.term.hiredSecretaryExempt');
      if (exempt?.value === true)
        return {
          outcome: 'pass',
          text: say(T, 'consecutive.hired'),
          inputs: { appointment: 'hired' },
          source: exempt.source,
        };
    }
    if (c.priorTerms === undefined) return ctx.missing('priorTerms');
    const max = main.value as number;
    const term = c.priorTerms + 1;
    const inputs: Record<string, unknown> = { priorTerms: c.priorTerms, thisTerm: term, maxConsecutive: max };
    if (term <= max)
      return {
        outcome: 'pass',
        text: say(T, 'consecutive.pass', { term, max, post: associationRoleLabels[ctx.role] }),
        inputs,
      };
    if (ctx.role === 'secretary_general' && c.appointment === undefined)
      return { ...ctx.missing('appointment'), inputs };
    const ext = ctx.param('associations.term.extension');
    if (ext === undefined) return { ...ctx.gap('associations.term.extension'), inputs };
    const e = c.termExtension;
    inputs.termExtension = e ?? null;
    if (e?.vote2of3 === true && e.registrationApproval === true)
      return { outcome: 'pass', text: say(T, 'consecutive.extended', { term, max }), inputs, source: ext.source };
    return { outcome: 'fail', text: say(T, 'consecutive.fail', { term, max, lacking: lacking(e) }), inputs };
  },
});

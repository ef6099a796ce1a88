/**
 * `status.retiredCadre`: a retired leading cadre needs an approval (审批) within three years of retirement, and an
 * approval or a filing (备案) after (民政部 2015 办法; 中组发〔2014〕11号: any post needs one), dated on or before the
 * election. "三年内" is counted by the profile's period convention (民法典 arts. 201–202: the 3rd anniversary is inside).
 * @module
 * @internal
 */
import { isWithinPeriod, periodEnd, type Bilingual, type Catalogue } from '../../core/index.js';
import { cadreApprovalKindLabels, type CadreApprovalKind } from '../../entities/person.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'retired.not': { zh: () => '不是退（离）休领导干部', en: () => 'Not a retired leading cadre' },
  'retired.pass': {
    zh: (p: { when: Bilingual; kind: CadreApprovalKind; date: string }) =>
      `${p.when.zh}，已于 ${p.date} ${cadreApprovalKindLabels[p.kind].zh}`,
    en: (p: { when: Bilingual; kind: CadreApprovalKind; date: string }) =>
      `${p.when.en}; ${cadreApprovalKindLabels[p.kind].en.toLowerCase()} recorded on ${p.date}`,
  },
  'retired.late': {
    zh: (p: { when: Bilingual; kind: CadreApprovalKind; date: string }) =>
      `${p.when.zh}，${cadreApprovalKindLabels[p.kind].zh}日期 ${p.date} 晚于选举日`,
    en: (p: { when: Bilingual; kind: CadreApprovalKind; date: string }) =>
      `${p.when.en}; the ${cadreApprovalKindLabels[p.kind].en.toLowerCase()} (${p.date}) is dated after the election`,
  },
  'retired.lacking': {
    zh: (p: { when: Bilingual; need: readonly CadreApprovalKind[]; got: CadreApprovalKind | null }) =>
      `${p.when.zh}，须经${p.need.map((k) => cadreApprovalKindLabels[k].zh).join('或')}，${p.got === null ? '未记录' : `仅有${cadreApprovalKindLabels[p.got].zh}`}`,
    en: (p: { when: Bilingual; need: readonly CadreApprovalKind[]; got: CadreApprovalKind | null }) =>
      `${p.when.en}: needs ${p.need.map((k) => cadreApprovalKindLabels[k].en.toLowerCase()).join(' or ')}, ${p.got === null ? 'none is recorded' : `only ${cadreApprovalKindLabels[p.got].en.toLowerCase()} is recorded`}`,
  },
} satisfies Catalogue;

const isKinds = (v: unknown): boolean => Array.isArray(v) && v.every((k) => k === 'approval' || k === 'filing');

/** @internal */
export const statusRetiredCadre = defineReviewRule({
  id: 'status.retiredCadre',
  label: { zh: '退（离）休领导干部兼职的审批或备案', en: 'Approval or filing for a retired leading cadre' },
  doc: 'a retired leading cadre needs an approval within three years of retirement and an approval or a filing after (民政部 2015), dated on or before the election; "三年内" is counted by `associations.periodCounting` (民法典 arts. 201–202: the 3rd anniversary is still inside)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.retiredCadre.coolingOffYears',
  reads: {
    'associations.retiredCadre.requiredRecord': (v) =>
      typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      isKinds((v as Record<string, unknown>).within) &&
      isKinds((v as Record<string, unknown>).after),
    'associations.periodCounting': null,
  },
  fields: {
    retiredCadre: personField('retiredCadre'),
    retirementDate: personField('retirementDate'),
    cadreApproval: personField('cadreApproval'),
  },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const c = ctx.candidate;
    if (c.retiredCadre === undefined) return ctx.missing('retiredCadre');
    if (!c.retiredCadre) return { outcome: 'pass', text: say(T, 'retired.not'), inputs: { retiredCadre: false } };
    if (c.retirementDate === undefined) return ctx.missing('retirementDate');
    const record = ctx.param<{ within: CadreApprovalKind[]; after: CadreApprovalKind[] }>(
      'associations.retiredCadre.requiredRecord',
    );
    if (record === undefined) return ctx.gap('associations.retiredCadre.requiredRecord');
    const convention = ctx.convention();
    if (convention === undefined) return ctx.gap('associations.periodCounting');
    const years = main.value as number;
    const periodLast = periodEnd(c.retirementDate, { years }, { convention }).end;
    const within = isWithinPeriod(ctx.electionDate, c.retirementDate, { years }, { convention });
    const need = record.value[within ? 'within' : 'after'];
    const a = c.cadreApproval;
    const when: Bilingual = within
      ? {
          zh: `退休后 ${years} 年内（至 ${periodLast}）`,
          en: `within ${years} years of retirement (until ${periodLast})`,
        }
      : {
          zh: `退休已满 ${years} 年（${periodLast} 期满）`,
          en: `more than ${years} years after retirement (the period ended ${periodLast})`,
        };
    const inputs = {
      retirementDate: c.retirementDate,
      electionDate: ctx.electionDate,
      periodLastDay: periodLast,
      within,
      cadreApproval: a ?? null,
      accepted: need,
    };
    if (a !== undefined && need.includes(a.kind)) {
      return a.date <= ctx.electionDate
        ? { outcome: 'pass', text: say(T, 'retired.pass', { when, kind: a.kind, date: a.date }), inputs }
        : { outcome: 'fail', text: say(T, 'retired.late', { when, kind: a.kind, date: a.date }), inputs };
    }
    return { outcome: 'fail', text: say(T, 'retired.lacking', { when, need, got: a?.kind ?? null }), inputs };
  },
});

/**
 * `status.civilServant`: a serving civil servant, or one who left a leading post without retiring, may not hold the
 * post (民政部 2015 办法); nor may state-organ staff who are not civil servants (中组发〔2014〕11号).
 * @module
 * @internal
 */
import type { Catalogue } from '../../core/index.js';
import { CIVIL_SERVANT_STATUSES, civilServantStatusLabels, type CivilServantStatus } from '../../entities/person.js';
import { personField } from '../fields.js';
import { defineReviewRule, isLeaderRole, say } from '../rule.js';

const T = {
  'civil_servant.pass': {
    zh: () => '不是公务员或国家机关工作人员',
    en: () => 'Not a civil servant or state-organ staff',
  },
  'civil_servant.fail': {
    zh: (p: { status: CivilServantStatus }) => `${civilServantStatusLabels[p.status].zh}不得兼任`,
    en: (p: { status: CivilServantStatus }) => `${civilServantStatusLabels[p.status].en}: may not hold the post`,
  },
  'civil_servant.allowed': {
    zh: (p: { status: CivilServantStatus }) => `${civilServantStatusLabels[p.status].zh}：本配置未列为不得兼任的身份`,
    en: (p: { status: CivilServantStatus }) =>
      `${civilServantStatusLabels[p.status].en}: not a barred status under this profile`,
  },
} satisfies Catalogue;

const isStatusList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((s) => (CIVIL_SERVANT_STATUSES as readonly unknown[]).includes(s));

/** @internal */
export const statusCivilServant = defineReviewRule({
  id: 'status.civilServant',
  label: { zh: '公务员及国家机关工作人员不得兼任', en: 'Civil servants and state-organ staff barred' },
  doc: 'a serving civil servant, or one who left a leading post without retiring, fails (民政部 2015); so does state-organ staff who are not civil servants (中组发〔2014〕11号)',
  phase: 'pre-election',
  substantive: true,
  parameter: 'associations.civilServant.barred',
  reads: { 'associations.stateOrganStaff.barred': null },
  check: isStatusList,
  fields: { civilServant: personField('civilServant') },
  messages: T,
  appliesTo: isLeaderRole,
  evaluate(ctx, main) {
    const status = ctx.candidate.civilServant;
    if (status === undefined) return ctx.missing('civilServant');
    const inputs = { civilServant: status };
    if (status === 'none') return { outcome: 'pass', text: say(T, 'civil_servant.pass'), inputs };
    if (status === 'state_organ_staff') {
      const barred = ctx.param<boolean>('associations.stateOrganStaff.barred');
      if (barred === undefined) return ctx.gap('associations.stateOrganStaff.barred');
      return barred.value
        ? { outcome: 'fail', text: say(T, 'civil_servant.fail', { status }), inputs, source: barred.source }
        : { outcome: 'pass', text: say(T, 'civil_servant.allowed', { status }), inputs, source: barred.source };
    }
    return (main.value as readonly string[]).includes(status)
      ? { outcome: 'fail', text: say(T, 'civil_servant.fail', { status }), inputs }
      : { outcome: 'pass', text: say(T, 'civil_servant.allowed', { status }), inputs };
  },
});

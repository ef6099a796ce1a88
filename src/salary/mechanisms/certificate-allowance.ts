/**
 * `certificateAllowance`: a monthly amount by the level of the certificate held on the date (S4: at least 100 / 200 /
 * 300 a month in its city; S8, T34: 80 and 50). Nothing without a certificate, or before the day it was obtained;
 * undetermined for a certificate without its date, or a level the table has no amount for.
 * @module
 * @internal
 */
import { derived } from '../../core/evaluation.js';
import { defineMessages, type Bilingual, type Catalogue } from '../../core/messages.js';
import type { Source } from '../../core/parameters.js';
import {
  SOCIAL_WORK_CERTIFICATE_LEVELS,
  socialWorkCertificateLevelLabels,
} from '../../entities/social-work-certificate.js';
import { componentRecord, decimalTable, parameterId, type TableEntry } from './fields.js';
import type { PayMechanism } from './mechanism.js';

const schema = /* @__PURE__ */ (() =>
  componentRecord(
    'certificateAllowance',
    { zh: '持证补贴', en: 'Certificate allowance' },
    {
      amounts: parameterId().label('金额表参数', 'Amounts parameter'),
    },
  ))();

const LEVELS: readonly string[] = SOCIAL_WORK_CERTIFICATE_LEVELS;
const AMOUNTS = /* @__PURE__ */ decimalTable(
  (k) => LEVELS.includes(k),
  { zh: '证书等级', en: 'Certificate level' },
  { zh: '持证补贴', en: 'Certificate allowance' },
);
const OBTAINED: Bilingual = { zh: '取得证书日期', en: 'Date the certificate was obtained' };

interface Compiled {
  readonly amountsId: string;
  readonly tableLabel: Bilingual;
  readonly amounts: ReadonlyMap<string, TableEntry | null>;
  readonly source: Source;
  readonly label: Bilingual;
}

/** The words of a certificate allowance line and an amount the table lacks: this mechanism's own texts, joined into the salary catalogue (`salaryCatalogue()`). */
const TEXTS = {
  pay_certificate: {
    zh: (p: { label: Bilingual; level: Bilingual; amount: string }) => `${p.label.zh}：${p.level.zh}证书 ${p.amount}`,
    en: (p: { label: Bilingual; level: Bilingual; amount: string }) =>
      `${p.label.en}: ${p.level.en} certificate ${p.amount}`,
  },
  no_certificate_amount: {
    zh: (p: { table: Bilingual; level: Bilingual }) => `${p.table.zh}（${p.level.zh}）`,
    en: (p: { table: Bilingual; level: Bilingual }) => `${p.table.en} (${p.level.en})`,
  },
} satisfies Catalogue;
const own = /* @__PURE__ */ defineMessages('salary', TEXTS);

export const certificateAllowance: PayMechanism<ReturnType<typeof schema.parse>, Compiled> = {
  kind: 'certificateAllowance',
  label: { zh: '持证补贴', en: 'Certificate allowance' },
  texts: TEXTS,
  schema,
  applies(_c, ctx) {
    const c = ctx.worker.certificate;
    return c !== undefined && (c.obtained === undefined || c.obtained <= ctx.asOf);
  },
  parameters: (c) => [c.amounts],
  build: (c, [amounts]) => ({
    amountsId: c.amounts,
    tableLabel: amounts!.label,
    amounts: derived(amounts!, AMOUNTS),
    source: amounts!.source,
    label: c.label,
  }),
  key(_k, ctx) {
    const c = ctx.worker.certificate;
    if (c === undefined) return '-';
    if (c.obtained === undefined) return '?';
    return c.obtained <= ctx.asOf ? c.level : '-';
  },
  line(k, ctx) {
    const c = ctx.worker.certificate;
    if (c === undefined) return null;
    if (c.obtained === undefined) {
      ctx.scope.need('certificate.obtained', OBTAINED);
      return undefined;
    }
    if (c.obtained > ctx.asOf) return null;
    const amount = k.amounts.get(c.level);
    const level = socialWorkCertificateLevelLabels[c.level];
    if (amount === undefined || amount === null) {
      ctx.scope.gap({
        id: k.amountsId,
        label: own.text('no_certificate_amount', { table: k.tableLabel, level }),
        reason: 'not_found',
        date: ctx.asOf,
      });
      return undefined;
    }
    return {
      amount: amount.value,
      period: 'month',
      text: (yuan) => own.text('pay_certificate', { label: k.label, level, amount: yuan }),
    };
  },
  source: (k) => k.source,
};

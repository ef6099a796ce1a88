/**
 * Who reviews an association's candidates (POLICY §2.1, S12): decided by how the association is managed and by
 * whether an industry party committee (行业党委) exists for its field or its supervising unit.
 * @module
 */
import { ErrorCode, fail, type Bilingual, type Source, type PolicyError } from '../core/index.js';
import { parseAssociation, type Association } from './schema.js';
import { S12 } from './sources.js';

/** Kinds of reviewing body. @category Associations */
export type ReviewerKind =
  | 'industry_party_committee'
  | 'association_party_committee'
  | 'supervisor_party_organization'
  | 'local_party_organization'
  | 'superior_party_organization';

/**
 * What the routing needs to know besides the association.
 * @category Associations
 */
export interface ReviewerContext {
  /** Whose review: the leaders (负责人人选, default) or the party secretary (党组织书记人选). */
  readonly subject?: 'leader' | 'party_secretary';
  /**
   * The 行业党委 of the association's field (脱钩 / 直接登记) or of its supervising unit (有业务主管单位): its name,
   * or `null` when none exists. Required for those types: whether one exists decides the reviewer.
   */
  readonly industryPartyCommittee?: string | null;
  /** Name of the supervising unit (业务主管单位), for display. */
  readonly supervisingUnit?: string;
  /** Name of the grass-roots party organization (属地管理), for display. */
  readonly localPartyOrganization?: string;
  /** Name of the party organization above the association's own (党组织隶属关系), for a party-secretary review. */
  readonly superiorPartyOrganization?: string;
}

/**
 * The body that reviews, and why.
 * @category Associations
 */
export interface ReviewerRouting {
  /** The reviewing body: its kind, a generic name in both languages and, when known, its actual name. */
  readonly body: { readonly kind: ReviewerKind; readonly zh: string; readonly en: string; readonly name?: string };
  /** Why this body, in both languages. */
  readonly reason: Bilingual;
  /** The basis. */
  readonly basis: Source;
}

const BASIS: Source = {
  ...S12,
  article: '分类审核：脱钩或直接登记的由所属行业党委审核，无行业党委的由行业协会商会党委审核；有业务主管单位的由主管单位行业党委或党组织审核；属地管理的由所属基层党组织审核；党组织书记人选按党组织隶属关系审批',
};

const BODY: Readonly<Record<ReviewerKind, Bilingual>> = {
  industry_party_committee: { zh: '行业党委', en: 'industry party committee' },
  association_party_committee: { zh: '行业协会商会党委', en: 'party committee for industry associations and chambers of commerce' },
  supervisor_party_organization: { zh: '业务主管单位党组织', en: 'party organization of the supervising unit' },
  local_party_organization: { zh: '所属基层党组织', en: 'the grass-roots party organization it belongs to' },
  superior_party_organization: { zh: '上级党组织（按隶属关系）', en: 'the party organization above it (by affiliation)' },
};

function route(kind: ReviewerKind, reason: Bilingual, name: string | null | undefined): ReviewerRouting {
  const b = BODY[kind];
  return { body: name ? { kind, zh: b.zh, en: b.en, name } : { kind, zh: b.zh, en: b.en }, reason, basis: BASIS };
}

function committee(ctx: ReviewerContext): string | null {
  const c = ctx.industryPartyCommittee;
  if (c === undefined) {
    fail(ErrorCode.Required, ['context', 'industryPartyCommittee'], '须说明是否有对应的行业党委（名称或 null）', 'State whether an industry party committee exists (its name, or null)');
  }
  if (c !== null && (typeof c !== 'string' || c === '')) {
    fail(ErrorCode.InvalidType, ['context', 'industryPartyCommittee'], '行业党委应为名称字符串或 null', 'The industry party committee must be a name or null');
  }
  return c;
}

/**
 * The body that reviews the association's candidates (POLICY §2.1 table):
 *
 * | management | reviewer |
 * |---|---|
 * | 脱钩 / 直接登记 | its field's 行业党委 if one exists, else the 行业协会商会党委 |
 * | 有业务主管单位 | the 主管单位's 行业党委 if one exists, else the 主管单位's 党组织 |
 * | 属地管理 | the 基层党组织 it belongs to |
 *
 * A party-secretary review (`subject: 'party_secretary'`) goes to the party organization above the association's
 * own, by affiliation. Throws a `PolicyError` when `association.management` or, where it decides,
 * `context.industryPartyCommittee` is missing.
 * @category Associations
 * @example
 * ```ts
 * reviewerFor({ id: 'A1', management: 'decoupled' }, { industryPartyCommittee: null }).body.kind;
 * // 'association_party_committee'
 * ```
 */
export function reviewerFor(association: Association, context: ReviewerContext = {}): ReviewerRouting {
  const a = parseAssociation(association, ['association']);
  if (context === null || typeof context !== 'object') fail(ErrorCode.InvalidType, ['context'], '上下文应为对象', 'The context must be an object');
  const subject = context.subject ?? 'leader';
  if (subject !== 'leader' && subject !== 'party_secretary') {
    fail(ErrorCode.UnknownEnumValue, ['context', 'subject'], '审核对象应为 leader 或 party_secretary', 'The subject must be leader or party_secretary');
  }
  if (subject === 'party_secretary') {
    return route('superior_party_organization', { zh: '党组织书记人选按党组织隶属关系审批', en: 'A party secretary is approved along the line of party affiliation' }, context.superiorPartyOrganization);
  }
  switch (a.management) {
    case undefined:
      return fail(ErrorCode.Required, ['association', 'management'], '缺少协会的管理类型', "The association's management type is required");
    case 'decoupled':
    case 'direct_registration': {
      const how = a.management === 'decoupled' ? { zh: '脱钩', en: 'decoupled' } : { zh: '直接登记', en: 'directly registered' };
      const c = committee(context);
      return c === null
        ? route('association_party_committee', { zh: `${how.zh}且所属行业无行业党委，由行业协会商会党委兜底审核`, en: `${how.en} and no industry party committee exists for its field: the associations' party committee reviews` }, undefined)
        : route('industry_party_committee', { zh: `${how.zh}，由所属行业党委审核`, en: `${how.en}: the industry party committee of its field reviews` }, c);
    }
    case 'supervised': {
      const c = committee(context);
      return c === null
        ? route('supervisor_party_organization', { zh: '有业务主管单位且无行业党委，由主管单位党组织审核', en: "Has a supervising unit without an industry party committee: the unit's party organization reviews" }, context.supervisingUnit)
        : route('industry_party_committee', { zh: '有业务主管单位，由主管单位的行业党委审核', en: "Has a supervising unit: that unit's industry party committee reviews" }, c);
    }
    case 'territorial':
      return route('local_party_organization', { zh: '属地管理，由所属基层党组织审核', en: 'Managed locally: the grass-roots party organization it belongs to reviews' }, context.localPartyOrganization);
  }
}

/**
 * The associations domain's one message catalogue: the review's own texts (summaries, refusals, notices, slate and
 * reviewer texts) here, and each rule's texts in its rule file, merged into {@link associationsCatalogue}. Chinese
 * texts are entirely Chinese: posts, fields and statuses are passed as labels.
 * @module
 * @internal
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/index.js';
import { JSON_MESSAGES } from './json.js';
import { RULE_KIT_MESSAGES } from './rule.js';
import { REVIEW_RULES } from './rules/index.js';

type B = Bilingual;

/** Kinds of reviewing body (S12). @category Associations */
export type ReviewerKind =
  | 'industry_party_committee'
  | 'association_party_committee'
  | 'supervisor_party_organization'
  | 'local_party_organization'
  | 'superior_party_organization';

/** Names of the kinds of reviewing body. @internal */
export const REVIEWER_BODIES: Readonly<Record<ReviewerKind, B>> = {
  industry_party_committee: { zh: '行业党委', en: 'the industry party committee' },
  association_party_committee: {
    zh: '行业协会商会党委',
    en: 'the party committee for industry associations and chambers of commerce',
  },
  supervisor_party_organization: { zh: '业务主管单位党组织', en: 'the party organization of the supervising unit' },
  local_party_organization: { zh: '所属基层党组织', en: 'the grass-roots party organization it belongs to' },
  superior_party_organization: {
    zh: '上级党组织（按隶属关系）',
    en: 'the party organization above it (by affiliation)',
  },
};
const list = (xs: readonly B[], lang: 'zh' | 'en'): string => xs.map((x) => x[lang]).join(lang === 'zh' ? '、' : ', ');

const CATALOGUE = {
  review_summary: {
    zh: (p: {
      post: B;
      outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable' | 'computed';
      failed: readonly B[];
      missing: readonly B[];
    }) =>
      p.outcome === 'fail'
        ? `${p.post.zh}人选审核：不符合（${list(p.failed, 'zh')}）`
        : p.outcome === 'undetermined'
          ? `${p.post.zh}人选审核：无法判定${p.missing.length > 0 ? `（缺少：${list(p.missing, 'zh')}）` : ''}`
          : `${p.post.zh}人选审核：符合`,
    en: (p: {
      post: B;
      outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable' | 'computed';
      failed: readonly B[];
      missing: readonly B[];
    }) =>
      p.outcome === 'fail'
        ? `Review of a candidate for ${p.post.en.toLowerCase()}: fails (${list(p.failed, 'en')})`
        : p.outcome === 'undetermined'
          ? `Review of a candidate for ${p.post.en.toLowerCase()}: undetermined${p.missing.length > 0 ? ` (missing: ${list(p.missing, 'en')})` : ''}`
          : `Review of a candidate for ${p.post.en.toLowerCase()}: passes`,
  },
  slate_summary: {
    zh: (p: { seats: number; outcome: string; failed: number; undetermined: number; refused: number }) =>
      `人选名单审核（${p.seats} 个岗位）：${p.outcome === 'fail' ? '不符合' : p.outcome === 'undetermined' ? '无法判定' : '符合'}（不符合 ${p.failed}，无法判定 ${p.undetermined}，输入有误 ${p.refused}）`,
    en: (p: { seats: number; outcome: string; failed: number; undetermined: number; refused: number }) =>
      `Review of a slate (${p.seats} seats): ${p.outcome === 'fail' ? 'fails' : p.outcome === 'undetermined' ? 'undetermined' : 'passes'} (${p.failed} failing, ${p.undetermined} undetermined, ${p.refused} refused)`,
  },
  criteria_none: {
    zh: (p: { post: B }) => `本配置未编码${p.post.zh}人选的资格条件；请以使用方规则提供本地条件`,
    en: (p: { post: B }) =>
      `This profile encodes no eligibility criteria for a candidate for ${p.post.en.toLowerCase()}; supply local criteria as host rules`,
  },
  criteria_none_label: { zh: () => '无编码的资格条件', en: () => 'No encoded eligibility criteria' },
  host_rules_label: { zh: () => '使用方规则', en: () => 'Host rules' },
  applied_by_reference: {
    zh: (p: { why: 'not_national' | 'national_unknown' | 'not_decoupled' | 'management_unknown' }) =>
      `民政部《全国性行业协会商会负责人任职管理办法（试行）》第二条规定其适用于参加脱钩的全国性行业协会商会；${
        {
          not_national: '本协会不是全国性社会团体',
          national_unknown: '未说明本协会是否全国性社会团体',
          not_decoupled: '本协会未参加脱钩',
          management_unknown: '未说明本协会的管理方式',
        }[p.why]
      }，依该办法的规定为参照适用`,
    en: (p: { why: 'not_national' | 'national_unknown' | 'not_decoupled' | 'management_unknown' }) =>
      `Art. 2 of the 民政部 2015 measures limits them to national associations taking part in the 脱钩 reform; ${
        {
          not_national: 'this association is not national',
          national_unknown: 'whether this association is national is not stated',
          not_decoupled: 'this association is not decoupled',
          management_unknown: "this association's management is not stated",
        }[p.why]
      }, so the rules based on them are applied by reference (参照)`,
  },
  born_after_election: {
    zh: (p: { field: B }) => `「${p.field.zh}」晚于选举日`,
    en: (p: { field: B }) => `"${p.field.en}" is after the election date`,
  },
  retired_after_election: {
    zh: (p: { field: B }) => `「${p.field.zh}」晚于选举日（尚未退休者不是退（离）休领导干部，请填写公务员身份）`,
    en: (p: { field: B }) =>
      `"${p.field.en}" is after the election date (someone not yet retired is not a retired cadre: record the civil-servant status)`,
  },
  previous_after_election: {
    zh: (p: { field: B }) => `「${p.field.zh}」不早于本次选举日`,
    en: (p: { field: B }) => `"${p.field.en}" is not before this election date`,
  },
  role_required: {
    zh: () => '缺少岗位：理事长（会长）、副理事长（副会长）、秘书长、法定代表人或党组织书记',
    en: () =>
      'The post (role) is required: president, vice_president, secretary_general, legal_representative or party_secretary',
  },
  registry_type: {
    zh: () => '登记册应为社会团体任职记录的数组，或 indexRegistry 的结果',
    en: () => 'The registry must be an array of association posts or the result of indexRegistry',
  },
  slate_type: {
    zh: () => '人选名单应为至少一个岗位的数组',
    en: () => 'The slate must be an array of at least one seat',
  },
  host_condition_shape: {
    raisedAs: 'invalid',
    zh: (p: { label: B }) =>
      `「${p.label.zh}」应为以下形式之一：{ field, equals }、{ field, op, value }、{ all }、{ any }、{ not }`,
    en: (p: { label: B }) =>
      `"${p.label.en}" must be one of { field, equals }, { field, op, value }, { all }, { any }, { not }`,
  },
  host_in_not_array: {
    raisedAs: 'invalid_type',
    zh: () => '“in” 的取值应为数组',
    en: () => 'The value of "in" must be an array',
  },
  host_duplicate_id: {
    raisedAs: 'duplicate',
    zh: (p: { id: string }) => `规则编号「${p.id}」重复，或与本库规则编号相同`,
    en: (p: { id: string }) => `Rule id "${p.id}" is a duplicate or an id the library uses`,
  },
  host_outcome_conflict: {
    raisedAs: 'inconsistent',
    zh: () => '规则与其条件给出的结论不一致',
    en: () => 'The rule and its condition give different outcomes',
  },
  host_incomparable: {
    zh: (p: { field: string; actual: B; expected: B }) =>
      `事实「${p.field}」（${p.actual.zh}）无法与规则的取值（${p.expected.zh}）比较`,
    en: (p: { field: string; actual: B; expected: B }) =>
      `Fact ${p.field} (${p.actual.en}) cannot be compared with the rule's value (${p.expected.en})`,
  },
  host_cannot_decide: {
    zh: (p: { label: B }) => `无法判定：${p.label.zh}`,
    en: (p: { label: B }) => `Cannot decide: ${p.label.en}`,
  },
  host_pass: { zh: (p: { label: B }) => `符合：${p.label.zh}`, en: (p: { label: B }) => `Passes: ${p.label.en}` },
  host_fail: { zh: (p: { label: B }) => `不符合：${p.label.zh}`, en: (p: { label: B }) => `Fails: ${p.label.en}` },
  same_person_label: {
    zh: () => '理事长与秘书长不得为同一人',
    en: () => 'President and secretary-general not the same person',
  },
  same_unit_label: {
    zh: () => '理事长与秘书长不得来自同一会员单位',
    en: () => 'President and secretary-general not from the same member unit',
  },
  slate_nothing_to_compare: {
    zh: () => '名单中没有同时列出理事长和秘书长，无需比较',
    en: () => 'The slate does not list both a president and a secretary-general; nothing to compare',
  },
  same_person_fail: {
    zh: (p: { pairs: readonly (readonly [number, number])[] }) =>
      `理事长与秘书长为同一人（${p.pairs.map(([a, b]) => `第 ${a + 1} 项与第 ${b + 1} 项`).join('、')}）`,
    en: (p: { pairs: readonly (readonly [number, number])[] }) =>
      `President and secretary-general are the same person (${p.pairs.map(([a, b]) => `items ${a + 1} and ${b + 1}`).join(', ')})`,
  },
  same_person_pass: {
    zh: () => '理事长与秘书长不是同一人',
    en: () => 'President and secretary-general are different people',
  },
  same_unit_fail: {
    zh: (p: { pairs: readonly (readonly [number, number])[] }) =>
      `理事长与秘书长来自同一会员单位（${p.pairs.map(([a, b]) => `第 ${a + 1} 项与第 ${b + 1} 项`).join('、')}）`,
    en: (p: { pairs: readonly (readonly [number, number])[] }) =>
      `President and secretary-general come from the same member unit (${p.pairs.map(([a, b]) => `items ${a + 1} and ${b + 1}`).join(', ')})`,
  },
  same_unit_pass: {
    zh: () => '理事长与秘书长不来自同一会员单位',
    en: () => 'President and secretary-general come from different member units',
  },
  slate_refused_seats: {
    zh: (p: { items: readonly number[] }) => `名单第 ${p.items.map((i) => i + 1).join('、')} 项输入有误，无法确认`,
    en: (p: { items: readonly number[] }) =>
      `Item(s) ${p.items.map((i) => i + 1).join(', ')} of the slate were refused: cannot confirm`,
  },
  seat_field: {
    zh: (p: { index: number; field: B }) => `第 ${p.index + 1} 项的「${p.field.zh}」`,
    en: (p: { index: number; field: B }) => `${p.field.en} of item ${p.index + 1}`,
  },
  reviewer_body: {
    zh: (p: { kind: ReviewerKind }) => REVIEWER_BODIES[p.kind].zh,
    en: (p: { kind: ReviewerKind }) => REVIEWER_BODIES[p.kind].en,
  },
  reviewer_reason: {
    zh: (p: { management: B | null; committee: boolean | null; kind: ReviewerKind }) =>
      p.management === null
        ? `党组织书记人选按党组织隶属关系审批，由${REVIEWER_BODIES[p.kind].zh}审批`
        : `${p.management.zh}${p.committee === null ? '' : p.committee ? '，所属行业有行业党委' : '，所属行业无行业党委'}，由${REVIEWER_BODIES[p.kind].zh}审核`,
    en: (p: { management: B | null; committee: boolean | null; kind: ReviewerKind }) =>
      p.management === null
        ? `A party-secretary candidate is approved along the line of party affiliation, by ${REVIEWER_BODIES[p.kind].en}`
        : `${p.management.en}${p.committee === null ? '' : p.committee ? ', with an industry party committee for its field' : ', with no industry party committee for its field'}: reviewed by ${REVIEWER_BODIES[p.kind].en}`,
  },
  reviewer_undetermined: {
    zh: (p: { missing: readonly B[] }) => `无法确定审核主体：缺少${p.missing.map((m) => m.zh).join('、')}`,
    en: (p: { missing: readonly B[] }) =>
      `The reviewing body cannot be determined: ${p.missing.map((m) => m.en).join(', ')} missing`,
  },
  reviewer_committee_label: {
    zh: () => '有无对应的行业党委（名称或空值）',
    en: () => 'Whether an industry party committee exists (its name, or null)',
  },
  reviewer_committee_type: {
    zh: () => '行业党委应为名称或空值（null）',
    en: () => 'The industry party committee must be a name or null',
  },
  seat_refused_label: { zh: () => '该岗位的输入有误', en: () => 'The seat’s input was refused' },
} satisfies Catalogue;

/** The review's own messages (summaries, refusals, notices). @internal */
export const associationsMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages(
  'associations',
  CATALOGUE,
);

/** Every code of the domain: the review's own, the rule kit's, each rule's, and host JSON's (for the generated code list). @internal */
export const associationsCatalogue: Catalogue = /* @__PURE__ */ Object.assign(
  {},
  CATALOGUE,
  RULE_KIT_MESSAGES,
  JSON_MESSAGES,
  ...REVIEW_RULES.map((r) => r.messages),
);

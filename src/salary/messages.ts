/**
 * The salary domain's messages: refusals, warnings, and the texts of explanations (grade steps, summaries); each pay
 * mechanism keeps the words of its lines in its own file, and `salaryCatalogue()` joins them into the one catalogue.
 * Raise sites pass a code and params; Chinese texts are built from labels only, never identifiers.
 * @module
 * @internal
 */
import { defineMessages, type Bilingual, type Catalogue, type Messages } from '../core/messages.js';

const list = (items: readonly Bilingual[], lang: 'zh' | 'en') =>
  items.map((i) => i[lang]).join(lang === 'zh' ? '、' : ', ');

const CATALOGUE = {
  // ── refusals ───────────────────────────────────────────────
  projection_order: {
    zh: (p: { from: string; to: string }) => `预测结束日期 ${p.to} 早于开始日期 ${p.from}`,
    en: (p: { from: string; to: string }) => `The projection ends (${p.to}) before it starts (${p.from})`,
  },
  projection_span: {
    zh: (p: { years: number }) => `预测跨度不得超过 ${p.years} 年`,
    en: (p: { years: number }) => `A projection spans at most ${p.years} years`,
  },
  unknown_mechanism: {
    zh: (p: { received: string; known: readonly Bilingual[] }) =>
      `薪酬项目的计算方式「${p.received}」无效，可选：${list(p.known, 'zh')}`,
    en: (p: { received: string; known: readonly Bilingual[] }) =>
      `Unknown pay mechanism "${p.received}"; known: ${list(p.known, 'en')}`,
  },
  duplicate_component: {
    zh: (p: { id: string }) => `薪酬项目编号「${p.id}」重复`,
    en: (p: { id: string }) => `Duplicate pay component id "${p.id}"`,
  },
  unknown_floor_group: {
    zh: (p: { received: string; groups: readonly string[] }) =>
      `下限分组「${p.received}」不在配置中，可选：${p.groups.map((g) => `「${g}」`).join('、')}`,
    en: (p: { received: string; groups: readonly string[] }) =>
      `Floor group "${p.received}" is not in the profile; one of: ${p.groups.join(', ')}`,
  },
  table_key: {
    zh: (p: { table: Bilingual; key: string; keyLabel: Bilingual }) =>
      `「${p.table.zh}」中的「${p.key}」不是有效的${p.keyLabel.zh}`,
    en: (p: { table: Bilingual; key: string; keyLabel: Bilingual }) =>
      `"${p.key}" in "${p.table.en}" is not a valid ${p.keyLabel.en.toLowerCase()}`,
  },
  window_order: {
    zh: (p: { post: Bilingual }) => `${p.post.zh}岗位的等级下限高于上限`,
    en: (p: { post: Bilingual }) => `The grade window of ${p.post.en} has its minimum above its maximum`,
  },
  // ── grade steps ────────────────────────────────────────────
  step_start: {
    zh: (p: { post: Bilingual; min: number; max: number }) =>
      `${p.post.zh}岗位等级范围 ${p.min}–${p.max} 级，起点 ${p.min} 级`,
    en: (p: { post: Bilingual; min: number; max: number }) =>
      `${p.post.en} window ${p.min}–${p.max}: start at grade ${p.min}`,
  },
  step_education: {
    zh: (p: { education: Bilingual; delta: number; assumed: boolean }) =>
      `学历${p.education.zh}：加 ${p.delta} 级${p.assumed ? '（未填取得学历日期，按参加社区工作时已取得计）' : ''}`,
    en: (p: { education: Bilingual; delta: number; assumed: boolean }) =>
      `education (${p.education.en}): +${p.delta}${p.assumed ? ' (no date obtained given: taken as held when service began)' : ''}`,
  },
  step_service: {
    zh: (p: { years: number; delay: number }) =>
      `社区工作满 ${p.years} 年${p.delay > 0 ? `（因考核年度顺延 ${p.delay} 年）` : ''}：加 1 级`,
    en: (p: { years: number; delay: number }) =>
      `${p.years} full years of service${p.delay > 0 ? ` (pushed back ${p.delay} year(s) by assessment years)` : ''}: +1`,
  },
  step_early: {
    zh: (p: { first: number; last: number; advanced: number | null; extra: boolean }) =>
      `${p.first}–${p.last} 年度考核连续优秀：${p.extra ? '加 1 级' : p.advanced === null ? '提前晋升 1 级' : `提前晋升 1 级（原定 ${p.advanced} 年 1 月 1 日的年限晋级提前取得，届时不再重复）`}`,
    en: (p: { first: number; last: number; advanced: number | null; extra: boolean }) =>
      `assessed excellent ${p.first}–${p.last}: ${p.extra ? 'an extra grade, +1' : p.advanced === null ? 'early step +1' : `early step +1 (the service step due 1 January ${p.advanced} taken early, not added again then)`}`,
  },
  step_certificate: {
    zh: (p: { level: Bilingual; delta: number }) => `持${p.level.zh}证书：加 ${p.delta} 级`,
    en: (p: { level: Bilingual; delta: number }) => `certificate (${p.level.en}): +${p.delta}`,
  },
  step_post_shift: {
    zh: (p: { post: Bilingual; from: string }) => `自 ${p.from} 起任${p.post.zh}：按新岗位的等级范围定级（平移）`,
    en: (p: { post: Bilingual; from: string }) =>
      `${p.post.en} from ${p.from}: graded in the new post's window (shift)`,
  },
  step_post_carry: {
    zh: (p: { post: Bilingual; from: string; held: number; carried: number }) =>
      `自 ${p.from} 起任${p.post.zh}：保留原等级 ${p.held} 级套入${p.carried === p.held ? '' : `，新岗位范围内按 ${p.carried} 级计`}`,
    en: (p: { post: Bilingual; from: string; held: number; carried: number }) =>
      `${p.post.en} from ${p.from}: grade ${p.held} carried over${p.carried === p.held ? '' : `, brought to ${p.carried} in the new window`}`,
  },
  step_clamp: {
    zh: (p: { raw: number; min: number; max: number; grade: number }) =>
      `合计 ${p.raw} 级超出岗位范围 ${p.min}–${p.max}，按 ${p.grade} 级计`,
    en: (p: { raw: number; min: number; max: number; grade: number }) =>
      `the sum ${p.raw} is outside the window ${p.min}–${p.max}: grade ${p.grade}`,
  },
  // ── summaries ──────────────────────────────────────────────
  summary_grade: {
    zh: (p: { post: Bilingual; grade: number | null }) =>
      `${p.post.zh}，${p.grade === null ? '等级无法判定' : `${p.grade} 级`}`,
    en: (p: { post: Bilingual; grade: number | null }) =>
      `${p.post.en}, ${p.grade === null ? 'grade undetermined' : `grade ${p.grade}`}`,
  },
  summary_salary: {
    zh: (p: { post: Bilingual; grade: number | null; monthly: string | null; annual: string | null }) =>
      `${p.post.zh}${p.grade === null ? '' : `，${p.grade} 级`}，${p.monthly === null ? (p.annual === null ? '工资无法判定' : `年 ${p.annual} 元`) : `月 ${p.monthly} 元，年 ${p.annual} 元`}`,
    en: (p: { post: Bilingual; grade: number | null; monthly: string | null; annual: string | null }) =>
      `${p.post.en}${p.grade === null ? '' : `, grade ${p.grade}`}, ${p.monthly === null ? (p.annual === null ? 'pay undetermined' : `${p.annual} yuan a year`) : `${p.monthly} yuan a month, ${p.annual} a year`}`,
  },
  summary_floor_only: {
    zh: (p: { post: Bilingual; floors: string }) => `${p.post.zh}，年报酬下限 ${p.floors} 元`,
    en: (p: { post: Bilingual; floors: string }) => `${p.post.en}, annual pay floor ${p.floors} yuan`,
  },
  summary_not_started: {
    zh: (p: { start: string }) => `参加社区工作时间为 ${p.start}，计算日期尚未开始社区工作，不适用`,
    en: (p: { start: string }) => `Community service starts on ${p.start}, after the date: not applicable`,
  },
  summary_projection: {
    zh: (p: { post: Bilingual; from: string; to: string; initial: number | null; changes: number }) =>
      `${p.post.zh}，${p.from} 至 ${p.to}：${p.initial === null ? '等级无法判定' : `起始 ${p.initial} 级，变动 ${p.changes} 次`}`,
    en: (p: { post: Bilingual; from: string; to: string; initial: number | null; changes: number }) =>
      `${p.post.en}, ${p.from} to ${p.to}: ${p.initial === null ? 'grade undetermined' : `grade ${p.initial} at the start, ${p.changes} change(s)`}`,
  },
} satisfies Catalogue;

/** @internal */
export const salaryMessages: Messages<typeof CATALOGUE> = /* @__PURE__ */ defineMessages('salary', CATALOGUE);

/**
 * 村(居)民委员会标准化建设全覆盖: the share of village and residents committees that meet the standard, in one of two
 * modes (the option `committeeMode`):
 * - `checklist` (the default, as before): a committee meets the standard when it meets every item of the host's
 *   checklist. No official checklist was found, so the items are host data: without them the
 *   indicator is undetermined. The latest assessment on or before the date counts; an item never assessed is not met.
 * - `statutory`: a committee meets the standard when every statutory check of `/committees`' `checkCommittee` passes
 *   (村民委员会组织法 and 城市居民委员会组织法, 2018-12-29: size, women, ethnic groups, term, subcommittees, supervision,
 *   the representative assembly, disclosure and review) and every host checklist item is met, if the host has a
 *   checklist. Where the committees profile (option `committeeProfile`) has a local score sheet (none was found for
 *   Jiangsu or 淮安: the host supplies it), the sheet decides instead. A village-level unit of the counted kinds without
 *   a `committees` row is a gap (not reported); a row missing a fact a check needs is undetermined, naming the field.
 *   Gaps list the failing checks; each check is also a measure of its own (`check:<rule>`).
 * @module
 */
import type { Catalogue } from '../../core/messages.js';
import { choiceOption } from '../../core/options.js';
import { checkCommitteesBatch, committeeProfiles, type CommitteeStandardRow } from '../../committees/index.js';
import { DIVISION_KINDS } from '../../divisions/index.js';
import { defineIndicator, type IndicatorContext } from '../indicator.js';
import { coverageMessages } from '../messages.js';
import { checklistItems, checklistResults, committees, type CoverageCommittee } from '../records.js';
import { kindLabels } from '../units.js';

/** The latest assessment of one item for one unit. */
interface Latest {
  on: string;
  met: boolean;
}

/**
 * The modes of `committee_standardization`: the host's checklist (default) or the statutory checks of `/committees`.
 * @category Coverage
 * @example
 * ```ts
 * computeCoverage('committee_standardization', registry, { asOf: '2025-12-31', committeeMode: 'statutory' });
 * ```
 */
export const COMMITTEE_MODES = ['checklist', 'statutory'] as const;

const TEXTS = {
  rule_committee_statutory: {
    zh: (p: { items: number; kinds: readonly { zh: string }[]; sheet: boolean }) =>
      `标准化建设达标率 = 达标的村（居）委会数 ÷ 村（居）委会数（${p.kinds.map((k) => k.zh).join('、')}）；${
        p.sheet
          ? '按本地评分表计分，达到及格分为达标'
          : `法定核查（村民委员会组织法、城市居民委员会组织法）全部符合${p.items > 0 ? `且使用方清单 ${p.items} 项全部达标` : ''}为达标`
      }；未报送村（居）委会信息的不算达标，缺少核查所需信息的单列为无法判定`,
    en: (p: { items: number; kinds: readonly { en: string }[]; sheet: boolean }) =>
      `Standardization = committees meeting the standard ÷ committees (${p.kinds.map((k) => k.en).join(', ')}); ${
        p.sheet
          ? 'scored on the local score sheet, standard at the pass mark'
          : `standard when every statutory check passes (the two organic laws)${p.items > 0 ? ` and all ${p.items} host checklist items are met` : ''}`
      }; a committee not reported is not standard, one missing a fact a check needs is undetermined`,
  },
  committee_kind_mismatch: {
    zh: (p: { code: string; kind: { zh: string }; tree: { zh: string } }) =>
      `区划代码 ${p.code} 在区划树中是「${p.tree.zh}」，所填类型为「${p.kind.zh}」`,
    en: (p: { code: string; kind: { en: string }; tree: { en: string } }) =>
      `Division code ${p.code} is a "${p.tree.en}" in the division tree, but the kind given is "${p.kind.en}"`,
  },
  committee_mode: {
    zh: (p: { mode: 'checklist' | 'statutory' }) => (p.mode === 'checklist' ? '使用方清单' : '法定核查'),
    en: (p: { mode: 'checklist' | 'statutory' }) => (p.mode === 'checklist' ? 'host checklist' : 'statutory checks'),
  },
} satisfies Catalogue;

const OPTIONS = {
  committeeMode: /* @__PURE__ */ choiceOption(COMMITTEE_MODES, 'checklist'),
  committeeProfile: committeeProfiles.option,
};

/**
 * Indicator `committee_standardization`.
 * @category Coverage
 * @example
 * ```ts
 * committeeStandardizationIndicator.reads.map((c) => c.name); // ['checklistItems', 'checklistResults', 'committees']
 * ```
 */
export const committeeStandardizationIndicator = /* @__PURE__ */ defineIndicator<
  'committee_standardization',
  typeof OPTIONS
>({
  id: 'committee_standardization',
  label: { zh: '村（居）民委员会标准化建设', en: 'Standardization of village and residents committees' },
  reads: [checklistItems, checklistResults, committees],
  measures: [
    {
      id: 'overall',
      label: { zh: '村（居）委会标准化建设达标率', en: 'Committees meeting the standard' },
      population: 'units',
    },
  ],
  reasons: {
    item_not_met: { zh: '标准化建设项目未达标', en: 'Checklist items not met' },
    item_not_assessed: { zh: '标准化建设项目未评估', en: 'Checklist items not assessed' },
    statutory_check_failed: { zh: '法定核查不符合', en: 'Statutory checks failed' },
    committee_not_reported: { zh: '未报送村（居）委会信息', en: 'Committee not reported' },
  },
  options: OPTIONS,
  texts: TEXTS,
  compute(ctx, options) {
    const statutory = options.committeeMode === 'statutory';
    ctx.value(
      'committee.mode',
      { zh: '标准化的口径', en: 'What standard means' },
      ctx.text('committee_mode', { mode: options.committeeMode }).zh,
    );
    const kinds = ctx.list('coverage.committee.kinds', DIVISION_KINDS);
    const items = ctx.rows(checklistItems);
    if (items.records.length === 0 && !statutory) {
      ctx.warn(coverageMessages.warning('no_checklist'));
      ctx.need([checklistItems.name]);
    }
    if (kinds === undefined || (items.records.length === 0 && !statutory)) return;
    const ids = items.records.map((i) => String(i.id));
    const latest = latestAssessments(ctx, items.positionOf);
    const perItem = ids.map((id, j) =>
      ctx.measure(`item:${id}`, {
        label: { zh: `清单项目${items.records[j]!.name ?? id}达标率`, en: `Checklist item ${id}` },
        population: 'units',
      }),
    );
    if (statutory) {
      statutoryMode(ctx, kinds, ids, latest, perItem, options.committeeProfile);
      return;
    }
    const overall = ctx.measure('overall');
    const units = ctx.tree.units;
    for (let u = 0; u < units.length; u++) {
      if (!kinds.includes(units[u]!.kind)) continue;
      const byItem = latest.get(u);
      const notMet: string[] = [];
      const notAssessed: string[] = [];
      ids.forEach((id, j) => {
        const s = byItem?.get(id);
        if (s?.met === true) perItem[j]!.covered(u);
        else if (s === undefined) {
          notAssessed.push(id);
          perItem[j]!.gap(u, 'item_not_assessed');
        } else {
          notMet.push(id);
          perItem[j]!.gap(u, 'item_not_met');
        }
      });
      if (notMet.length === 0 && notAssessed.length === 0) overall.covered(u);
      else
        overall.gap(
          u,
          notMet.length > 0 ? 'item_not_met' : 'item_not_assessed',
          undefined,
          [...notMet, ...notAssessed].join(','),
        );
    }
    ctx.value('checklist.items', { zh: '清单项目', en: 'Checklist items' }, ids.join(','));
    ctx.rule(
      'coverage.committee',
      coverageMessages.text('rule_committee', { items: ids.length, kinds: kindLabels(kinds) }),
      ctx.source('coverage.committee.kinds'),
    );
  },
});

/** The latest assessment on or before the date, per unit and item (results of unknown items are refused). */
function latestAssessments(
  ctx: IndicatorContext,
  known: ReadonlyMap<string, number>,
): Map<number, Map<string, Latest>> {
  const results = ctx.rows(checklistResults);
  const latest = new Map<number, Map<string, Latest>>();
  for (let k = 0; k < results.records.length; k++) {
    const r = results.records[k]!;
    if (!known.has(String(r.itemId))) {
      ctx.refuse(
        results,
        k,
        coverageMessages.issue('unknown_item', [checklistResults.name, results.indexes[k]!, 'itemId'], {
          item: String(r.itemId).slice(0, 40),
        }),
      );
      continue;
    }
    if (r.assessedOn > ctx.asOf) {
      ctx.outOfScope(checklistResults);
      continue;
    }
    const u = results.units[k]!;
    let byItem = latest.get(u);
    if (byItem === undefined) latest.set(u, (byItem = new Map()));
    const prev = byItem.get(String(r.itemId));
    if (prev === undefined || r.assessedOn > prev.on) byItem.set(String(r.itemId), { on: r.assessedOn, met: r.met });
  }
  return latest;
}

/** The statutory mode: every committee row through `checkCommitteesBatch`, with the checklist items of its unit. */
function statutoryMode(
  ctx: IndicatorContext,
  kinds: readonly string[],
  ids: readonly string[],
  latest: ReadonlyMap<number, ReadonlyMap<string, Latest>>,
  perItem: readonly ReturnType<IndicatorContext['measure']>[],
  profile: ReturnType<typeof committeeProfiles.resolve>,
): void {
  const rows = ctx.rows(committees);
  const units = ctx.tree.units;
  const positionOfUnit = new Map<number, number>();
  const inputs: unknown[] = [];
  const inputUnits: number[] = [];
  const inputRows: number[] = [];
  for (let k = 0; k < rows.records.length; k++) {
    const c = rows.records[k]! as CoverageCommittee;
    const u = rows.units[k]!;
    const treeKind = units[u]!.kind;
    if (c.kind !== undefined && c.kind !== treeKind) {
      ctx.refuse(rows, k, {
        code: 'inconsistent',
        path: [committees.name, rows.indexes[k]!, 'kind'],
        ...ctx.text('committee_kind_mismatch', {
          code: units[u]!.code,
          kind: kindLabels([c.kind])[0]!,
          tree: kindLabels([treeKind])[0]!,
        }),
      });
      continue;
    }
    if (!kinds.includes(treeKind)) {
      ctx.outOfScope(committees);
      continue;
    }
    const byItem = latest.get(u);
    const checklist = ids.map((id) => {
      const s = byItem?.get(id);
      return s === undefined ? { itemId: id } : { itemId: id, met: s.met };
    });
    positionOfUnit.set(u, inputs.length);
    inputs.push({ ...c, kind: treeKind, ...(checklist.length === 0 ? {} : { checklist }) });
    inputUnits.push(u);
    inputRows.push(k);
  }
  const batch = checkCommitteesBatch(inputs, { asOf: ctx.asOf, profile });
  const overall = ctx.measure('overall');
  const byRule = new Map<string, ReturnType<IndicatorContext['measure']>>();
  const ruleMeasure = (rule: string, label: { zh: string; en: string }) => {
    let m = byRule.get(rule);
    if (m === undefined)
      byRule.set(
        rule,
        (m = ctx.measure(`check:${rule}`, {
          label: { zh: `${label.zh}符合率`, en: `${label.en}: pass rate` },
          population: 'units',
        })),
      );
    return m;
  };
  const field = (name: string) => (name.startsWith('parameter:') ? name : ctx.field(committees, name));
  let sheet = false;
  for (let u = 0; u < units.length; u++) {
    if (!kinds.includes(units[u]!.kind)) continue;
    const at = positionOfUnit.get(u);
    if (at === undefined) {
      overall.gap(u, 'committee_not_reported');
      ids.forEach((_, j) => perItem[j]!.gap(u, 'item_not_assessed'));
      continue;
    }
    const row = batch.rows[at]!;
    if (row.outcome === 'error') {
      ctx.refuse(rows, inputRows[at]!, row.error.issues[0]!);
      continue;
    }
    const r = row as CommitteeStandardRow;
    for (const w of r.warnings) ctx.warn(w);
    if (r.score !== null) sheet = true;
    for (const f of r.findings) {
      if (f.outcome === 'not_applicable') continue;
      const m = ruleMeasure(f.rule, f.label);
      if (f.outcome === 'pass') m.covered(u);
      else if (f.outcome === 'fail') m.gap(u, 'statutory_check_failed', undefined, f.rule);
      else m.undetermined(u, f.missing.map(field));
    }
    r.checklist.forEach((m, j) => {
      if (m.outcome === 'pass') perItem[j]!.covered(u);
      else perItem[j]!.gap(u, m.notAssessed ? 'item_not_assessed' : 'item_not_met');
    });
    if (r.outcome === 'pass') overall.covered(u);
    else if (r.outcome === 'fail') {
      const failing = [
        ...r.findings.filter((f) => f.outcome === 'fail').map((f) => f.rule),
        ...r.checklist.filter((m) => m.outcome === 'fail').map((m) => `checklist:${m.itemId}`),
      ];
      const reason = r.findings.some((f) => f.outcome === 'fail')
        ? 'statutory_check_failed'
        : r.checklist.some((m) => !m.notAssessed && m.outcome === 'fail')
          ? 'item_not_met'
          : 'item_not_assessed';
      overall.gap(u, reason, undefined, failing.join(','));
    } else overall.undetermined(u, r.missing.length > 0 ? r.missing.map(field) : [committees.name]);
  }
  void inputUnits;
  if (ids.length > 0) ctx.value('checklist.items', { zh: '清单项目', en: 'Checklist items' }, ids.join(','));
  ctx.value(
    'committees.profile',
    { zh: '村（居）委会核查配置', en: 'Committees profile' },
    `${profile.id} ${profile.version}`,
  );
  ctx.rule(
    'coverage.committee.statutory',
    ctx.text('rule_committee_statutory', { items: ids.length, kinds: kindLabels(kinds as never), sheet }),
    { key: 'U27', title: '《村民委员会组织法》' },
  );
}

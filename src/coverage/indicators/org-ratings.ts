/**
 * 社会组织评估等级: the 民办社会工作服务机构 and 志愿服务组织 of each unit holding a grade of 3A and above, and of 4A and
 * above, valid on the date (seed: "大力培育4A及以上民办社会工作服务机构、志愿服务组织"). A grade is valid for the years
 * of 民政部令第39号 第二十八条第一款, counted by `/ratings`' `gradeValidity` (the same code as `ratingStatus`), and not
 * cancelled; an expired grade counts as none (第二十九条第二款). The measures count records; the Jiangsu 十四五 target
 * "每个县拥有3A级及以上民办社会工作服务机构不少于2个" (U17) is a minimum per county on the first measure (a count
 * target, see `coverageReport`); no target for 4A+ was published (its parameter is not found).
 *
 * Who is counted: 民办社会工作服务机构 by their kind; 志愿服务组织 by the organization's mark. A 新社会组织 without the mark
 * cannot be placed (undetermined); 行业协会, 商会 and 民办社工机构 without it are not 志愿服务组织 by their kind.
 * @module
 */
import type { Catalogue } from '../../core/messages.js';
import type { Rating } from '../../entities/organization.js';
// /ratings' public gradeValidity, from its own module: a bundle of /coverage then carries the validity code alone (a
// shared chunk of the whole /ratings entry does not shake in a host's bundler).
import { gradeValidity, type GradeValidity, type GradeValiditySettings } from '../../ratings/validity.js';
import { defineIndicator } from '../indicator.js';
import { organizations } from '../records.js';

const RANK: Readonly<Record<Rating, number>> = { '1A': 1, '2A': 2, '3A': 3, '4A': 4, '5A': 5 };

const TEXTS = {
  rule_org_ratings: {
    zh: (p: { years: number }) =>
      `按民办社会工作服务机构、志愿服务组织分别统计统计日持有三级以上、四级以上有效评估等级的组织数；评估等级有效期${p.years}年（《社会组织评估管理办法》第二十八条），满有效期未重新评估的视为无评估等级，已被取消的不计；新社会组织未标明是否为志愿服务组织的无法判定`,
    en: (p: { years: number }) =>
      `Counts, for social work service agencies and volunteer service organizations, those holding a grade of 3A or above and of 4A or above valid on the date; a grade is valid for ${p.years} years (art. 28), an expired grade counts as none, a cancelled one is not counted; a new social organization not marked as a volunteer organization cannot be classified`,
  },
} satisfies Catalogue;

/**
 * Indicator `org_ratings`.
 * @category Coverage
 * @example
 * ```ts
 * orgRatingsIndicator.measures.map((m) => m.id); // ['agencies_3a', 'agencies_4a', 'volunteer_3a', 'volunteer_4a']
 * ```
 */
export const orgRatingsIndicator = /* @__PURE__ */ defineIndicator({
  id: 'org_ratings',
  label: {
    zh: '社会组织评估等级（民办社工机构、志愿服务组织）',
    en: 'Graded social work agencies and volunteer organizations',
  },
  reads: [organizations],
  measures: [
    {
      id: 'agencies_3a',
      label: { zh: '三级以上民办社会工作服务机构', en: 'Social work agencies graded 3A or above' },
      population: 'records',
      deepest: 'township',
    },
    {
      id: 'agencies_4a',
      label: { zh: '四级以上民办社会工作服务机构', en: 'Social work agencies graded 4A or above' },
      population: 'records',
      deepest: 'township',
    },
    {
      id: 'volunteer_3a',
      label: { zh: '三级以上志愿服务组织', en: 'Volunteer organizations graded 3A or above' },
      population: 'records',
      deepest: 'township',
    },
    {
      id: 'volunteer_4a',
      label: { zh: '四级以上志愿服务组织', en: 'Volunteer organizations graded 4A or above' },
      population: 'records',
      deepest: 'township',
    },
  ],
  reasons: {
    no_grade: { zh: '没有评估等级', en: 'No grade' },
    below_3a: { zh: '评估等级低于三级', en: 'Graded below 3A' },
    below_4a: { zh: '评估等级低于四级', en: 'Graded below 4A' },
    expired: { zh: '评估等级已满有效期，视为无评估等级', en: 'Grade expired: deemed to have none' },
    cancelled: { zh: '评估等级已被取消', en: 'Grade cancelled' },
  },
  texts: TEXTS,
  compute(ctx) {
    const years = ctx.count('coverage.ratings.validityYears');
    const counting = ctx.param('coverage.ratings.counting');
    if (years === undefined || counting === undefined) return;
    // One settings object per run: gradeValidity reads it once.
    const settings = { validityYears: years, convention: counting } as unknown as GradeValiditySettings;
    const rows = ctx.rows(organizations);
    const a3 = ctx.measure('agencies_3a');
    const a4 = ctx.measure('agencies_4a');
    const v3 = ctx.measure('volunteer_3a');
    const v4 = ctx.measure('volunteer_4a');
    const ratedOn = ctx.field(organizations, 'ratedOn');
    const markMissing: readonly string[] = Object.freeze([ctx.field(organizations, 'volunteerServiceOrganization')]);
    const asOf = ctx.asOf;
    const byDay = new Map<string, GradeValidity>();
    for (let k = 0; k < rows.records.length; k++) {
      const o = rows.records[k]!;
      const agency = o.kind === 'social_work_service_agency';
      const flag = o.volunteerServiceOrganization;
      const volunteer = flag === true;
      const volunteerUnknown = flag === undefined && o.kind === 'new_social_organization';
      if (!agency && !volunteer) {
        if (volunteerUnknown) {
          ctx.undetermined(organizations);
          const u = rows.units[k]!;
          const id = String(o.id);
          v3.undetermined(u, markMissing, id);
          v4.undetermined(u, markMissing, id);
        } else ctx.outOfScope(organizations);
        continue;
      }
      const u = rows.units[k]!;
      const id = String(o.id);
      const pairs =
        agency && volunteer
          ? [
              [a3, a4],
              [v3, v4],
            ]
          : agency
            ? [[a3, a4]]
            : [[v3, v4]];
      if (o.rating === undefined) {
        for (const [m3, m4] of pairs) (m3!.gap(u, 'no_grade', id), m4!.gap(u, 'no_grade', id));
        continue;
      }
      // Without a sanction, validity depends on the day awarded alone: organizations awarded on the same day share it.
      let v: GradeValidity | undefined;
      if (o.ratingSanctions === undefined || o.ratingSanctions.length === 0) {
        const key = o.ratedOn ?? '';
        v = byDay.get(key);
        if (v === undefined) byDay.set(key, (v = gradeValidity(o, asOf, settings)));
      } else v = gradeValidity(o, asOf, settings);
      if (v.state === 'unknown') {
        const missing = v.missing.map((m) => (m === 'ratedOn' ? ratedOn : m));
        for (const [m3, m4] of pairs) (m3!.undetermined(u, missing, id), m4!.undetermined(u, missing, id));
        continue;
      }
      if (v.state !== 'valid') {
        const reason = v.state === 'none' ? 'no_grade' : v.state;
        for (const [m3, m4] of pairs) (m3!.gap(u, reason, id), m4!.gap(u, reason, id));
        continue;
      }
      const rank = RANK[o.rating];
      const below = o.rating;
      for (const [m3, m4] of pairs) {
        if (rank >= 3) m3!.covered(u);
        else m3!.gap(u, 'below_3a', id, below);
        if (rank >= 4) m4!.covered(u);
        else m4!.gap(u, 'below_4a', id, below);
      }
    }
    ctx.rule(
      'coverage.org_ratings',
      ctx.text('rule_org_ratings', { years }),
      ctx.source('coverage.ratings.validityYears'),
    );
  },
});

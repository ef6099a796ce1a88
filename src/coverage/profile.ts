/**
 * The coverage profile: every definition the indicators use (scope filters, which kinds of unit form a
 * denominator, which means count as 工作覆盖, activity windows, targets) as dated parameters with sources. Values
 * for which no official text was found carry `provisional: true`, so every result that reads them warns.
 * @module
 */
import { ErrorCode, echo, fail } from '../core/errors.js';
import type { DatedValue, Parameter, ParameterType, ParameterValue, Source } from '../core/parameters.js';
import type { Profile } from '../core/profile.js';

// Sources (keys as in docs/POLICY.md).
const S19: Source = {
  key: 'S19',
  title: '《中国共产党支部工作条例(试行)》',
  url: 'http://wdqwzzb.gov.cn/xdjddgw1/cdjysqdzb/contents/131/786.html',
  article: '第四条',
};
const S20: Source = {
  key: 'S20',
  title: '“两个覆盖的内容是什么” (quoting 中办发〔2012〕11号)',
  url: 'http://www.ahzsxh.com/mtgd/info.aspx?itemid=1692',
  article: '组织覆盖 / 工作覆盖',
};
const S21: Source = { key: 'S21', title: '中国组织人事报 on 两新 “两个覆盖” 摸排', url: 'http://yfdly.com/28302.html', article: '摸排范围' };
const T26: Source = {
  key: 'T26',
  title: '宿州市 新兴领域党建: “两企”是指混合所有制企业、非公有制企业，“三新”是指新经济组织、新社会组织、新就业群体',
  url: 'http://www.ucd5.com/cn/qk/info_70.aspx?itemid=2209',
};
const S12: Source = { key: 'S12', title: '市委社会工作部部长 speech on 行业协会商会 双审双培 (city not named)', url: 'https://kuaisuzugao.com/154936.html' };
const SEED: Source = { title: '淮安市委社会工作部 “123456” 总体思路 (seed article)', article: '实现“五个全覆盖”' };
const SEED_TRAINING: Source = { title: '淮安市委社会工作部 “123456” 总体思路 (seed article)', article: '“双审双培”: 强化党组织书记、党建指导员培养' };
const S40: Source = { key: 'S40', title: '抚州社工站 方案 (quotes the 十四五 民政规划 goal: 乡镇(街道)社工站全覆盖)', url: 'http://www.boteman.cn/paper/508203707.html' };
const S33: Source = { key: 'S33', title: '淮安 divisions, citing 2023淮安年鉴 (57 镇, 38 街道)', url: 'http://jywdfz.com/col/16727_585332/index.html' };
const NOT_FOUND = (what: string): Source => ({ title: `NOT FOUND: ${what}; placeholder until the host supplies the official definition (docs/POLICY.md)` });
const CONVENTION: Source = { title: 'Library convention: rates to 4 decimals, rounded half-up (STYLE.md: half-up unless a rule declares otherwise)' };

/** Start date used where the source gives no date: the value applies for every date this profile is used for. */
const ALWAYS = '2000-01-01';
/** 《中国共产党支部工作条例(试行)》 issued by the 中共中央 on 2018-10-28. */
const BRANCH_RULES_FROM = '2018-10-28';

function param(
  id: string,
  zh: string,
  en: string,
  unit: string,
  type: ParameterType,
  value: ParameterValue,
  source: Source,
  extra: { provisional?: boolean; from?: string; description?: { zh: string; en: string } } = {},
): Parameter {
  const v: DatedValue = { effectiveFrom: extra.from ?? ALWAYS, value, source, ...(extra.provisional ? { provisional: true } : {}) };
  return { id, label: { zh, en }, unit, type, ...(extra.description ? { description: extra.description } : {}), values: [v] };
}

const TOWN_SUBDISTRICT = ['town', 'subdistrict'];
const COMMITTEES = ['residents_committee', 'villagers_committee'];

function build(list: Parameter[]): Record<string, Parameter> {
  const out: Record<string, Parameter> = {};
  for (const p of list) out[p.id] = p;
  return out;
}

let huaian: Profile | undefined;

/**
 * The default 淮安 coverage profile. Built on first use (no work at import time).
 * Provisional values (no official source found): 工作覆盖 means, the 双审 lead time and event types, the
 * village-level kinds of indicators 3–5, the volunteer activity window, and the 持证率 target.
 * @category Coverage
 * @example
 * ```ts
 * readParameter(huaianCoverageProfile(), 'coverage.party.enterprise.minEmployees', '2026-01-01').value; // 10
 * ```
 */
export function huaianCoverageProfile(): Profile {
  if (huaian !== undefined) return huaian;
  huaian = {
    id: 'huaian-coverage',
    version: '0.1.0',
    label: { zh: '淮安市“五个全覆盖”统计口径', en: 'Huai’an “five full coverages” definitions' },
    jurisdiction: { code: '320800', name: { zh: '淮安市', en: 'Huai’an' } },
    description: {
      zh: '未找到官方口径的取值标为暂定，结果会给出提示；请用官方文件取值覆盖（withOverrides）。',
      en: 'Values with no official source are marked provisional and every result that uses them warns; override them with the official values (withOverrides).',
    },
    parameters: build([
      param('coverage.rateRounding', '覆盖率舍入方式', 'Rounding of coverage rates', 'mode', 'text', 'half-up', CONVENTION),
      // 1. 两企三新
      param(
        'coverage.party.categories',
        '“两企三新”中纳入覆盖统计的组织类别',
        'Organization categories counted under 两企三新',
        'list',
        'table',
        ['mixed_ownership_enterprise', 'non_public_enterprise', 'new_economic_organization', 'new_social_organization'],
        T26,
        {
          description: {
            zh: '新就业群体是人群而非单位，不进入单位覆盖率分母。',
            en: '新就业群体 (new employment groups) are people, not units, so they are not in a unit coverage denominator.',
          },
        },
      ),
      param('coverage.party.enterprise.minEmployees', '纳入统计的企业最低员工数', 'Minimum employees of an enterprise in scope', 'persons', 'integer', 10, S21),
      param('coverage.party.enterprise.requireFixedSite', '企业须有固定经营场所', 'An enterprise in scope must have a fixed site', 'flag', 'boolean', true, S21),
      param('coverage.party.enterprise.requireBusinessActivity', '企业须有实际生产经营活动', 'An enterprise in scope must have real business activity', 'flag', 'boolean', true, S21),
      param('coverage.party.socialOrganization.minStaff', '纳入统计的社会组织最低人数', 'Minimum staff of a social organization in scope', 'persons', 'integer', 30, S21),
      param('coverage.party.socialOrganization.includeProvincial', '省级社会组织不论人数均纳入', 'Provincial-level social organizations are in scope whatever their staff', 'flag', 'boolean', true, S21),
      param('coverage.party.excludeShells', '剔除空壳、僵尸组织', 'Shell (空壳/僵尸) organizations are out of scope', 'flag', 'boolean', true, S21),
      param(
        'coverage.party.workCoverageMeans',
        '计入工作覆盖的方式（无党组织单位）',
        'Means that count as work coverage for a unit with no party organization',
        'list',
        'table',
        ['instructor', 'liaison'],
        S20,
        {
          provisional: true,
          description: {
            zh: 'S20 列举党建工作指导员、党建联络员、工会、共青团；淮安口径未找到，默认只计指导员和联络员。',
            en: 'S20 lists 党建工作指导员, 联络员, 工会 and 共青团; the Huai’an definition was not found, so only instructors and liaisons count by default.',
          },
        },
      ),
      param(
        'coverage.branchRules',
        '党支部设置人数规则',
        'Party branch formation thresholds',
        'persons',
        'table',
        { mustFormMin: 3, committeeMin: 7, committeeSizeMin: 3, committeeSizeMax: 5, committeeSizeLimit: 7, generalBranchAbove: 50, primaryCommitteeAbove: 100 },
        S19,
        {
          from: BRANCH_RULES_FROM,
          description: {
            zh: '正式党员3人以上应当成立党支部；7人以上设支部委员会（3至5人，一般不超过7人）；不足7人设书记（必要时副书记）；超过50人可成立党总支，超过100人可成立基层党委；不足3人与邻近单位联合成立党支部（S19 第四条，S19b）。',
            en: '3+ formal members: a branch must be set up; 7+: a branch committee of 3–5 (at most 7); under 7: a secretary (and a deputy if needed); over 50: a general branch may be set up; over 100: a primary committee may be; under 3: a joint branch with neighbouring units (S19 art. 4, S19b).',
          },
        },
      ),
      param('coverage.target.party_coverage', '两企三新覆盖目标', 'Targets: 两企三新 coverage', 'ratio', 'table', { organization: '1', work: '1' }, SEED),
      // 2. 双审双培
      param(
        'coverage.dualReview.eventTypes',
        '须先审后选的负责人产生事项',
        'Leadership events that must be reviewed before the election',
        'list',
        'table',
        ['establishment', 'general_election', 'mid_term_change'],
        S12,
        { provisional: true },
      ),
      param('coverage.dualReview.minLeadDays', '审核须早于选举的天数（0 = 选举当日或之前）', 'Days by which the review must precede the election (0 = on or before election day)', 'days', 'integer', 0, NOT_FOUND('双审 lead time'), {
        provisional: true,
      }),
      param('coverage.dualReview.trainingRoles', '须培训的人员', 'Roles that must be trained', 'list', 'table', ['party_secretary', 'party_instructor'], SEED_TRAINING),
      param('coverage.target.dual_review', '双审双培覆盖目标', 'Targets: 双审双培', 'ratio', 'table', { review: '1', training: '1' }, SEED),
      // 3. 村(居)委会标准化建设
      param('coverage.committee.kinds', '标准化建设的分母：村(居)委会类型', 'Village-level kinds in the standardization denominator', 'list', 'table', COMMITTEES, NOT_FOUND('村(居)委会标准化建设 scope'), {
        provisional: true,
      }),
      param('coverage.target.committee_standardization', '村(居)委会标准化建设目标', 'Targets: committee standardization', 'ratio', 'table', { overall: '1' }, SEED),
      // 4. 志愿服务队伍
      param('coverage.volunteer.townshipKinds', '志愿服务队伍覆盖的镇街类型', 'Township kinds in the volunteer-team denominator', 'list', 'table', TOWN_SUBDISTRICT, NOT_FOUND('镇街社区志愿服务队伍全覆盖 definition'), {
        provisional: true,
      }),
      param('coverage.volunteer.villageKinds', '志愿服务队伍覆盖的村(社区)类型', 'Village kinds in the volunteer-team denominator', 'list', 'table', COMMITTEES, NOT_FOUND('镇街社区志愿服务队伍全覆盖 definition'), {
        provisional: true,
      }),
      param('coverage.volunteer.activityWindowDays', '志愿服务队伍“活跃”的活动窗口（天）', 'Activity window for an active volunteer team (days)', 'days', 'integer', 365, NOT_FOUND('active volunteer team'), {
        provisional: true,
      }),
      param(
        'coverage.volunteer.villageTeamsCoverTownship',
        '村(社区)队伍是否计入所在镇街',
        'Whether a village-level team also covers its township',
        'flag',
        'boolean',
        false,
        NOT_FOUND('镇街 team definition'),
        { provisional: true },
      ),
      param('coverage.target.volunteer_teams', '志愿服务队伍覆盖目标', 'Targets: volunteer teams', 'ratio', 'table', { township: '1', village: '1' }, SEED),
      // 5. 社会工作站
      param('coverage.stations.townshipKinds', '社工站覆盖的镇街类型', 'Township kinds in the social-work-station denominator', 'list', 'table', TOWN_SUBDISTRICT, S33, {
        description: { zh: '镇 + 街道（类似乡级单位不计），淮安 95 个镇街。', en: '镇 + 街道 (类似乡级单位 excluded): Huai’an’s 95 镇街.' },
      }),
      param('coverage.stations.villageKinds', '社会工作室覆盖的村(社区)类型', 'Village kinds in the social-work-room denominator', 'list', 'table', COMMITTEES, NOT_FOUND('村(社区) 社会工作室 scope'), {
        provisional: true,
      }),
      param('coverage.target.social_work_stations', '镇街社工站覆盖目标', 'Targets: social work stations', 'ratio', 'table', { township: '1' }, S40),
      // 社工证持证率
      param('coverage.target.certification_rate', '社区工作者持证率目标', 'Targets: certification rate', 'ratio', 'table', { overall: '1' }, NOT_FOUND('持证率 target'), {
        provisional: true,
      }),
    ]),
  };
  return huaian;
}

/**
 * Coverage profiles by id, each a function that builds the profile on first use: `huaian` (the default).
 * A host with its own definitions passes `withOverrides(huaianCoverageProfile(), { ... })` as `profile`.
 * @category Coverage
 * @example
 * ```ts
 * coverageProfiles.huaian().id; // 'huaian-coverage'
 * ```
 */
export const coverageProfiles: Readonly<Record<'huaian', () => Profile>> = { huaian: huaianCoverageProfile };

/**
 * A shipped coverage profile by id; `unknown_code` (listing the ids) for any other value.
 * @category Coverage
 * @example
 * ```ts
 * getCoverageProfile('huaian').version; // '0.1.0'
 * getCoverageProfile('nanjing');        // throws PolicyError 'unknown_code'
 * ```
 */
export function getCoverageProfile(id: string): Profile {
  if (typeof id === 'string' && Object.hasOwn(coverageProfiles, id)) return coverageProfiles[id as keyof typeof coverageProfiles]();
  const ids = Object.keys(coverageProfiles);
  return fail(ErrorCode.UnknownCode, ['profile'], `未知的覆盖率配置：${echo(id)}（可选：${ids.join('、')}）`, `Unknown coverage profile: ${echo(id)} (one of: ${ids.join(', ')})`, {
    allowed: ids,
  });
}

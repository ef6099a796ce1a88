/**
 * Names of the 统一社会信用代码 登记管理部门码 and 机构类别码, in Chinese and English. The codes and their confidence
 * live in the validators (`usccCodeConfidence`); the names live here, with the other label tables, because the
 * validators entry point has a 3 KB gzip budget. Sources and confidence: see docs/sources.md and the validators'
 * `uscc-departments` module (high: 1/5/9/Y; medium: 2, 3, 4, 6, 7, 8, A, G, J, N and 54/55; low: Q and 36).
 * @module
 */
import type { Bilingual } from '../core/parameters.js';
import type { IssuePath } from '../core/errors.js';
import { parseUscc, type ParsedUscc, type UsccCode } from '../validators/uscc.js';

/**
 * 登记管理部门 names, keyed by the first character of a USCC.
 * @category USCC
 * @example
 * ```ts
 * usccDepartmentLabels['5']; // { zh: '民政', en: 'Civil affairs' }
 * ```
 */
export const usccDepartmentLabels: Readonly<Record<string, Bilingual>> = {
  '1': { zh: '机构编制', en: 'Institutional staffing' },
  '2': { zh: '外交', en: 'Foreign affairs' },
  '3': { zh: '司法行政', en: 'Justice' },
  '4': { zh: '文化', en: 'Culture' },
  '5': { zh: '民政', en: 'Civil affairs' },
  '6': { zh: '旅游', en: 'Tourism' },
  '7': { zh: '宗教', en: 'Religious affairs' },
  '8': { zh: '工会', en: 'Trade unions' },
  '9': { zh: '工商', en: 'Industry and commerce (market regulation)' },
  A: { zh: '中央军委改革和编制办公室', en: 'CMC Reform and Organization Office' },
  G: { zh: '公安', en: 'Public security' },
  J: { zh: '住房城乡建设', en: 'Housing and urban-rural development' },
  N: { zh: '农业农村', en: 'Agriculture and rural affairs' },
  Q: { zh: '归国华侨联合会', en: 'Federation of Returned Overseas Chinese' },
  Y: { zh: '其他', en: 'Other' },
};

const OTHER: Bilingual = { zh: '其他', en: 'Other' };

/**
 * 机构类别 names, keyed by the first two characters of a USCC.
 * @category USCC
 * @example
 * ```ts
 * usccCategoryLabels['52']; // { zh: '民办非企业单位', en: 'Private non-enterprise unit' }
 * ```
 */
export const usccCategoryLabels: Readonly<Record<string, Bilingual>> = {
  '11': { zh: '机关', en: 'Government organ' },
  '12': { zh: '事业单位', en: 'Public institution' },
  '13': { zh: '中央编办直接管理机构编制的群众团体', en: 'Mass organization staffed by the central staffing office' },
  '19': OTHER,
  '21': { zh: '外国常驻新闻机构', en: 'Resident foreign news agency' },
  '29': OTHER,
  '31': { zh: '律师执业机构', en: 'Law firm' },
  '36': { zh: '商事调解组织', en: 'Commercial mediation organization' },
  '39': OTHER,
  '41': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' },
  '49': OTHER,
  '51': { zh: '社会团体', en: 'Social group' },
  '52': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
  '53': { zh: '基金会', en: 'Foundation' },
  '54': { zh: '村民委员会', en: "Villagers' committee" },
  '55': { zh: '居民委员会', en: "Residents' committee" },
  '59': OTHER,
  '61': { zh: '外国政府旅游部门常驻代表机构', en: 'Resident office of a foreign government tourism agency' },
  '62': { zh: '港澳台地区旅游部门常驻代表机构', en: 'Resident office of a Hong Kong, Macao or Taiwan tourism agency' },
  '69': OTHER,
  '71': { zh: '宗教活动场所', en: 'Venue for religious activities' },
  '72': { zh: '宗教院校', en: 'Religious college' },
  '79': OTHER,
  '81': { zh: '基层工会', en: 'Grassroots trade union' },
  '82': { zh: '非法人工会组织', en: 'Trade union without legal personality' },
  '89': OTHER,
  '91': { zh: '企业', en: 'Enterprise' },
  '92': { zh: '个体工商户', en: 'Individual business' },
  '93': { zh: '农民专业合作社', en: "Farmers' specialized cooperative" },
  '99': OTHER,
  A1: { zh: '军队文职人员用人单位', en: 'Military employer of civilian staff' },
  A9: OTHER,
  G1: { zh: '境外非政府组织代表机构', en: 'Representative office of an overseas NGO' },
  G9: OTHER,
  J1: { zh: '业主大会', en: "Homeowners' assembly" },
  J9: OTHER,
  N1: { zh: '组级集体经济组织', en: 'Group-level collective economic organization' },
  N2: { zh: '村级集体经济组织', en: 'Village-level collective economic organization' },
  N3: { zh: '乡镇级集体经济组织', en: 'Township-level collective economic organization' },
  N9: OTHER,
  Q1: { zh: '区县级侨联组织', en: 'County-level federation of returned overseas Chinese' },
  Q2: { zh: '乡镇级侨联组织', en: 'Township-level federation of returned overseas Chinese' },
  Q3: { zh: '村级侨联组织', en: 'Village-level federation of returned overseas Chinese' },
  Q9: OTHER,
  Y1: OTHER,
};

/** A USCC code with its names. @category USCC */
export type NamedUsccCode = UsccCode & Bilingual;

/**
 * A parsed 统一社会信用代码 with the names of its department and category.
 * @category USCC
 */
export interface DescribedUscc extends Omit<ParsedUscc, 'department' | 'category'> {
  /** 登记管理部门 with names. */
  readonly department: NamedUsccCode;
  /** 机构类别 with names; `undefined` for an unlisted category of a medium/low-confidence department. */
  readonly category: NamedUsccCode | undefined;
}

/**
 * {@link parseUscc} plus the Chinese and English names of the department and category. Throws like `parseUscc`.
 * @param path - where the value sits in a larger input
 * @category USCC
 * @example
 * ```ts
 * const d = describeUscc('91350100M000100Y43');
 * d.department; // { code: '9', confidence: 'high', zh: '工商', en: 'Industry and commerce (market regulation)' }
 * d.category;   // { code: '91', confidence: 'high', zh: '企业', en: 'Enterprise' }
 * ```
 */
export function describeUscc(value: unknown, path: IssuePath = []): DescribedUscc {
  const p = parseUscc(value, path);
  const named = (c: UsccCode, labels: Readonly<Record<string, Bilingual>>): NamedUsccCode => ({
    ...c,
    ...(labels[c.code] ?? OTHER),
  });
  return {
    ...p,
    department: named(p.department, usccDepartmentLabels),
    category: p.category && named(p.category, usccCategoryLabels),
  };
}

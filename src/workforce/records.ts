/**
 * The inputs of the workforce engine, built from the entities: a community worker is the `person` entity's
 * community-worker fields (post, education and its date, start of community work, certificate, social work degree,
 * yearly assessments, employment dates, division code), every one optional (a rule that needs a missing fact is
 * `undetermined` and names it), with what the 16条 checks need beyond the entity: the level of an education below a
 * bachelor's (大专, 高中或中专, 初中及以下: the entity's `college_or_below` does not say whether it is 大专) and the exit
 * cases the host has found. A resident count is a division code and its 城镇常住人口.
 * @module
 */
import { defineRecord, fields, type Bilingual, type RecordOutput, type RefineContext } from '../core/index.js';
import { checkPostHistory } from '../entities/community-worker-post.js';
import { divisionCodeField } from '../entities/fields.js';
import { personRecord } from '../entities/person.js';
import { workforceMessages as M } from './messages.js';

const b = (zh: string, en: string): Bilingual => ({ zh, en });

/** Levels of an education below a bachelor's degree, highest first. @category Workforce */
export const SUB_BACHELOR_LEVELS = ['college', 'secondary', 'below_secondary'] as const;

/** A level of an education below a bachelor's degree. @category Workforce */
export type SubBachelorLevel = (typeof SUB_BACHELOR_LEVELS)[number];

/**
 * Labels of {@link SubBachelorLevel}: 大专 (college), 高中或中专 (secondary), 初中及以下 (below secondary).
 * @category Workforce
 */
export const subBachelorLevelLabels: Readonly<Record<SubBachelorLevel, Bilingual>> = {
  college: b('大专', 'College (大专)'),
  secondary: b('高中或中专', 'Senior secondary (高中 or 中专)'),
  below_secondary: b('初中及以下', 'Junior secondary or below'),
};

/** Exit cases a host records (the 16条 lists six; the report shows two, one of them computed from assessments). @category Workforce */
export const EXIT_FLAGS = ['dereliction', 'other'] as const;

/** An exit case the host has found. @category Workforce */
export type ExitFlag = (typeof EXIT_FLAGS)[number];

/**
 * Labels of {@link ExitFlag}: `dereliction` is the case the report quotes (因工作失职，造成居民群众利益重大损失或者造成
 * 恶劣影响), a finding of fact only the host can make; `other` is one of the four cases the report does not show.
 * @category Workforce
 */
export const exitFlagLabels: Readonly<Record<ExitFlag, Bilingual>> = {
  dereliction: b(
    '因工作失职，造成居民群众利益重大损失或者造成恶劣影响',
    'Dereliction of duty causing residents major loss or a bad influence',
  ),
  other: b(
    '16条的其他退出情形（原文未见，由使用方认定）',
    'Another exit case of the 16 measures (not seen; found by the host)',
  ),
};

function checkWorker(
  w: {
    readonly education?: string;
    readonly subBachelorEducation?: SubBachelorLevel;
    readonly employedFrom?: string;
    readonly employedUntil?: string;
  },
  ctx: RefineContext,
): void {
  if (w.subBachelorEducation !== undefined && w.education !== undefined && w.education !== 'college_or_below') {
    ctx.add(M.issue('sub_bachelor_only', [...ctx.path, 'subBachelorEducation']));
  }
  if (w.employedFrom !== undefined && w.employedUntil !== undefined && w.employedUntil < w.employedFrom) {
    ctx.add(M.issue('employment_order', [...ctx.path, 'employedUntil']));
  }
}

/**
 * A community worker as the workforce engine reads it: the person entity's `name`, `divisionCode`, `post`,
 * `education`, `educationObtained`, `serviceStart`, `postHistory`, `certificate`, `socialWorkDegree`, `assessments`,
 * `employedFrom` and `employedUntil` (picked without renaming, so a person parsed in `/entities` or a worker of
 * `/salary` passes), an `id` that may be a number, `subBachelorEducation` (大专 / 高中或中专 / 初中及以下, only with
 * `education: 'college_or_below'`) and `exitFlags` (exit cases the host has found). Every field is optional; unknown
 * fields are ignored (a roster row has other columns). Chinese names of values are accepted.
 * @category Workforce
 * @example
 * ```ts
 * workforceWorkerRecord.parse({ education: '大专及以下', subBachelorEducation: '大专', serviceStart: '2022-03-01', 备注: 'x' });
 * // { education: 'college_or_below', subBachelorEducation: 'college', serviceStart: '2022-03-01' }
 * ```
 */
export const workforceWorkerRecord = /* @__PURE__ */ personRecord
  .pick('workforce-worker', [
    'name',
    'divisionCode',
    'post',
    'education',
    'educationObtained',
    'serviceStart',
    'postHistory',
    'certificate',
    'socialWorkDegree',
    'assessments',
    'employedFrom',
    'employedUntil',
  ])
  .partial('workforce-worker', ['name'])
  .extend(
    'workforce-worker',
    b('社区工作者（队伍建设）', 'Community worker (workforce)'),
    {
      id: fields.id().optional().label('编号', 'Id'),
      subBachelorEducation: fields
        .enum(SUB_BACHELOR_LEVELS, subBachelorLevelLabels, {
          专科: 'college',
          高职: 'college',
          高职高专: 'college',
          高中: 'secondary',
          中专: 'secondary',
          职高: 'secondary',
          技校: 'secondary',
          中技: 'secondary',
          初中: 'below_secondary',
          小学: 'below_secondary',
        })
        .optional()
        .label('大专及以下学历的层次', 'Level of an education below a bachelor\u2019s')
        .describe(
          '最高学历为大专及以下时，是大专、高中或中专，还是初中及以下',
          'For a highest education of college or below: college (大专), senior secondary, or junior secondary or below',
        ),
      exitFlags: fields
        .array(
          fields
            .enum(EXIT_FLAGS, exitFlagLabels, { 工作失职: 'dereliction', 失职: 'dereliction', 其他: 'other' })
            .label('退出情形', 'Exit case'),
          { unique: true },
        )
        .optional()
        .label('使用方认定的退出情形', 'Exit cases found by the host'),
    },
    {
      unknownKeys: 'strip',
      refine(w, ctx) {
        checkPostHistory(w, ctx);
        checkWorker(w, ctx);
      },
      description: b(
        '社区工作者（社区工作者队伍建设的输入）。另须满足：大专及以下学历的层次只在最高学历为大专及以下时填写；本岗位任职截止日期不早于起始日期；岗位经历按任职起始日期排列，最后一项为当前岗位。',
        'A community worker (the input of the workforce checks). Also checked: the level below a bachelor\u2019s only with a highest education of college or below; employment ends no earlier than it starts; the post history is in order and ends with the current post.',
      ),
    },
  );

/** A community worker as the workforce engine reads it. @category Workforce */
export type WorkforceWorker = RecordOutput<typeof workforceWorkerRecord>;

/**
 * The urban permanent residents (城镇常住人口) of one unit of the division tree (a community, a township or a county),
 * as the host counts them: `divisionCode` and `urbanResidents` required, the year of the count and a name optional.
 * @category Workforce
 * @example
 * ```ts
 * residentCountRecord.parse({ divisionCode: '320803001', urbanResidents: 41230, year: 2025 }).urbanResidents; // 41230
 * ```
 */
export const residentCountRecord = /* @__PURE__ */ defineRecord(
  'urban-residents',
  b('城镇常住人口', 'Urban permanent residents'),
  {
    id: fields.id().optional().label('编号', 'Id'),
    divisionCode: divisionCodeField().label('区划代码', 'Division code'),
    name: fields.text().optional().label('单位名称', 'Unit name'),
    urbanResidents: fields.integer({ min: 0 }).label('城镇常住人口（人）', 'Urban permanent residents'),
    year: fields.integer({ min: 1949, max: 9999 }).optional().label('统计年度', 'Year of the count'),
  },
  {
    unknownKeys: 'strip',
    description: b(
      '一个区划单位（社区、镇街或县区）的城镇常住人口，由使用方提供',
      'The urban permanent residents of one division unit (a community, a township or a county), as the host counts them',
    ),
  },
);

/** A resident count. @category Workforce */
export type ResidentCount = RecordOutput<typeof residentCountRecord>;

/**
 * Coverage registries from sheets: one sheet (or file) per collection, named in English (`socialWorkStations`) or
 * Chinese (社工站, 组织, 党组织 …); the columns are the collection record's fields or their labels.
 * @module
 */
import { recordOptionsArg } from './args.js';
import { PolicyError, maskIds, typeName } from '../core/errors.js';
import { coverageCollections } from '../coverage/compute.js';
import type { AnyCollection } from '../coverage/collection.js';
import { normaliseHeader } from './columns.js';
import { sheetsMessages as M } from './messages.js';
import { readRecordSheet, type RecordSheet, type RecordSheetOptions } from './records.js';
import type { SheetRowsInput } from './sheet-rows.js';

/**
 * The names a collection's file or sheet may have, besides its own name and its record's Chinese label.
 * @category Sheets
 */
export const COLLECTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  organizations: ['组织', '两企三新', '两企三新组织', '企业和社会组织', '新经济组织和新社会组织', '单位'],
  partyOrganizations: ['党组织', '基层党组织'],
  associationEvents: ['社会团体负责人变动', '换届', '负责人变动', '双审'],
  trainees: ['双培对象', '培训对象', '双培', '学员'],
  checklistItems: ['标准化建设清单', '清单项目', '标准化清单'],
  checklistResults: ['标准化建设评估结果', '评估结果', '达标情况', '标准化评估'],
  committees: ['村（居）民委员会', '村居委会', '居委会', '村委会'],
  volunteerTeams: ['志愿服务队伍', '志愿服务队', '志愿队'],
  socialWorkStations: ['社工站', '社会工作站', '镇街社工站'],
  socialWorkRooms: ['社工室', '社会工作室', '村社区社工室'],
  communityWorkers: ['社区工作者', '社工', '花名册'],
};

/**
 * Headers clerks give a collection's columns besides the fields' labels (`站点名称` for a station's 名称), by
 * collection and field. A header written like a label with 时间 for 日期 or 人数 for 数 is read without being listed
 * (see `mapHeaders`). 序号 is not an id here: a register may have both 序号 (the line) and 编号 (the id).
 * @internal
 */
export const COLLECTION_HEADERS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  organizations: { name: ['单位名称', '组织名称', '企业名称'] },
  partyOrganizations: { name: ['党组织名称'] },
  volunteerTeams: { name: ['队伍名称', '志愿服务队名称', '志愿队名称'], memberCount: ['队员数', '人数'] },
  socialWorkStations: {
    id: ['站点编号'],
    name: ['站点名称', '社工站名称', '站名'],
    establishedOn: ['建站日期', '成立日期'],
    staffCount: ['工作人员', '在岗人员数'],
  },
  socialWorkRooms: {
    id: ['站点编号'],
    name: ['站点名称', '社工室名称'],
    establishedOn: ['建室日期', '成立日期'],
    staffCount: ['工作人员', '在岗人员数'],
  },
};

function collections(): AnyCollection[] {
  return coverageCollections();
}

/**
 * The collection a file or sheet holds, from its name: `socialWorkStations.csv`, `social_work_stations.xlsx`,
 * `社工站.csv`, a sheet named 组织; the folder and the extension are ignored.
 * @param name - a file name (with or without folders) or a sheet name
 * @returns the collection's name, or `undefined`
 * @category Sheets
 * @example
 * ```ts
 * collectionOfName('数据/社工站.csv'); // 'socialWorkStations'
 * collectionOfName('party-organizations.xlsx'); // 'partyOrganizations'
 * collectionOfName('备注'); // undefined
 * ```
 */
export function collectionOfName(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = normaliseHeader(base.replace(/\.(csv|txt|tsv|xlsx|json)$/i, ''));
  if (stem === '') return undefined;
  for (const c of collections()) {
    const names = [c.name, c.label.zh, c.label.en, ...(COLLECTION_NAMES[c.name] ?? [])];
    if (names.some((n) => normaliseHeader(n) === stem)) return c.name;
  }
  return undefined;
}

/** A collection read from a sheet. @category Sheets */
export interface CollectionSheet extends RecordSheet {
  /** The collection's name. */
  readonly collection: string;
}

/**
 * Reads one collection of a coverage registry from a sheet.
 * @param rows - the sheet's rows, the header first
 * @param collection - the collection's name, in English or Chinese (`socialWorkStations`, `社工站`)
 * @param options - date system, more header spellings, and the row number of `rows[0]`
 * @throws PolicyError `sheet_unknown_collection` naming the known names
 * @category Sheets
 * @example
 * ```ts
 * const s = readCollectionSheet([['编号', '所在镇街区划代码', '建成日期'], ['S1', '320803001000', '2023/5/1']], '社工站');
 * s.collection; // 'socialWorkStations'
 * s.rows[0].value; // { id: 'S1', divisionCode: '320803001000', establishedOn: '2023-05-01' }
 * ```
 */
export function readCollectionSheet(
  rows: SheetRowsInput,
  collection: string,
  options: RecordSheetOptions & { readonly firstRow?: number } = {},
): CollectionSheet {
  recordOptionsArg(options);
  const name = collectionOfName(collection);
  const c = collections().find((x) => x.name === name);
  if (c === undefined)
    throw new PolicyError([
      M.issue('sheet_unknown_collection', ['collection'], {
        name: typeof collection === 'string' ? maskIds(collection.slice(0, 100)) : typeName(collection),
        known: collections().map((x) => `${x.name}（${(COLLECTION_NAMES[x.name] ?? [x.label.zh])[0]}）`),
      }),
    ]);
  const aliases = {
    divisionCode: ['区划代码', '行政区划代码', '所在区划'],
    ...COLLECTION_HEADERS[c.name],
    ...(options.aliases ?? {}),
  };
  return { collection: c.name, ...readRecordSheet(rows, c.record, { ...options, aliases }) };
}

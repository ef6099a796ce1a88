/**
 * A register (台账: petitions, organizations, committees) read whole from a sheet file, its header mapped to the
 * record's columns: the steps and refusals every register command shares.
 * @module
 */
import type { ColumnSpec, HeaderMap } from '../sheets/columns.js';
import { UsageError, encodingOf, multilineOf, type CommandArgs } from './args.js';
import type { CliIO } from './io.js';
import { nameList, preview, say } from './messages.js';
import { readWholeSheet, type TextSheet } from './sheet.js';
import { sheetOf } from './sheet-errors.js';

/**
 * Reads `file` whole (CSV in any encoding, or a workbook's sheet) and maps its header with `mapHeader`. Refused (exit
 * 2): an empty file, a required column missing, two columns for one field, then whatever `check` refuses; columns the
 * command does not read are noted on stderr.
 */
export async function readRegisterSheet(
  io: CliIO,
  file: string,
  args: CommandArgs,
  mapHeader: (header: readonly string[]) => HeaderMap,
  check?: (map: HeaderMap, header: readonly string[]) => void,
): Promise<{ readonly sheet: TextSheet; readonly map: HeaderMap }> {
  const sheet = await readWholeSheet(io, file, {
    file,
    encoding: encodingOf(args),
    sheet: sheetOf(args),
    ...multilineOf(args),
  });
  if (sheet.header.length === 0)
    throw new UsageError(`「${file}」是空文件（没有表头）`, `${file} is empty (no header row)`);
  const map = mapHeader(sheet.header);
  if (map.missing.length > 0) {
    const names = (s: ColumnSpec) => `「${s.zh}」/${s.en}`;
    throw new UsageError(
      `表头缺少必需的列：${map.missing.map(names).join('、')}。表头是：${preview(sheet.header.join(','))}`,
      `the header row lacks required columns: ${map.missing.map(names).join(', ')}. The header is: ${preview(sheet.header.join(','))}`,
    );
  }
  if (map.conflicts.length > 0) {
    const c = map.conflicts[0]!;
    throw new UsageError(
      `表头${c.columns.map((k) => `第 ${k.index + 1} 列「${preview(k.header, 40)}」`).join('和')}都对应同一字段，无法确定以哪一列为准：请删除或改名其中一列`,
      `header columns ${c.columns.map((k) => `${k.index + 1} ("${preview(k.header, 40)}")`).join(' and ')} mean the same field: delete or rename one of them`,
    );
  }
  check?.(map, sheet.header);
  if (map.unknown.length > 0)
    await io.stderr.write(
      say(
        args.lang,
        `提示：忽略无法识别的列：${nameList(args.lang, map.unknown)}\n`,
        `note: ignoring unrecognised columns: ${nameList(args.lang, map.unknown)}\n`,
      ),
    );
  return { sheet, map };
}

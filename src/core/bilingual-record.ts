/**
 * The record of a text in Chinese and English as data files write it (a profile's names and notes, a period
 * convention's name, a holiday's name): one definition, so every file format refuses it in the same words.
 * @module
 */
import { defineRecord, fields } from './record.js';

/** `{ zh, en }`, both non-empty, nothing else. @internal */
export const bilingualRecord = /* @__PURE__ */ defineRecord(
  'bilingual',
  { zh: '中英文本', en: 'bilingual text' },
  { zh: fields.text().label('中文', 'Chinese'), en: fields.text().label('英文', 'English') },
  { unknownKeys: 'strict' },
);

/**
 * 社会工作者职业资格证书 (职业水平证书): its level (助理社会工作师, 社会工作师, 高级社会工作师) and the date it was
 * obtained. A person's highest certificate; the salary engine pays for it from that date, the coverage engine counts
 * certified community workers.
 * @module
 */
import type { IssuePath, SafeParseResult } from '../core/errors.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import { label, type ValueLabels } from './fields.js';

/** 社会工作者职业资格 levels, lowest first. @category Entities */
export const SOCIAL_WORK_CERTIFICATE_LEVELS = ['assistant', 'intermediate', 'senior'] as const;

/** A 社会工作者职业资格 level. @category Entities */
export type SocialWorkCertificateLevel = (typeof SOCIAL_WORK_CERTIFICATE_LEVELS)[number];

/**
 * Labels of {@link SocialWorkCertificateLevel} (the Chinese names are accepted as input).
 * @category Entities
 */
export const socialWorkCertificateLevelLabels: ValueLabels<SocialWorkCertificateLevel> = {
  assistant: label('助理社会工作师', 'Assistant social worker'),
  intermediate: label('社会工作师', 'Social worker'),
  senior: label('高级社会工作师', 'Senior social worker'),
};

/**
 * The record of a 社会工作者职业资格证书. `obtained` may be absent when the date is not known (an engine that needs
 * it makes it required with `required`, or reports it missing).
 * @category Entities
 */
export const socialWorkCertificateRecord = /* @__PURE__ */ defineRecord(
  'social-work-certificate',
  label('社会工作者职业资格证书', 'Social work certificate'),
  {
    level: fields
      .enum(SOCIAL_WORK_CERTIFICATE_LEVELS, socialWorkCertificateLevelLabels)
      .label('证书等级', 'Certificate level'),
    obtained: fields.date().optional().label('取得证书日期', 'Date obtained'),
  },
  {
    unknownKeys: 'strict',
    description: label(
      '社会工作者职业资格证书：等级与取得日期',
      'A social work certificate: its level and the date it was obtained',
    ),
  },
);

/** A social work certificate (output of {@link parseSocialWorkCertificate}). @category Entities */
export type SocialWorkCertificate = RecordOutput<typeof socialWorkCertificateRecord>;

/**
 * Validates a social work certificate; throws a `PolicyError` (`invalid_type`, `required`, `unknown_enum_value`,
 * `invalid_date`, `unrecognized_keys`). The Chinese level names are accepted and normalised.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * parseSocialWorkCertificate({ level: '社会工作师', obtained: '2021-06-30' }); // { level: 'intermediate', obtained: '2021-06-30' }
 * ```
 */
export function parseSocialWorkCertificate(value: unknown, path?: IssuePath): SocialWorkCertificate {
  return socialWorkCertificateRecord.parse(value, path);
}

/**
 * Non-throwing {@link parseSocialWorkCertificate}.
 * @param value - the input
 * @param path - where the value sits in a larger input
 * @category Entities
 * @example
 * ```ts
 * safeParseSocialWorkCertificate({ level: 'social_worker' }).success; // false: the level is 'intermediate'
 * ```
 */
export function safeParseSocialWorkCertificate(
  value: unknown,
  path?: IssuePath,
): SafeParseResult<SocialWorkCertificate> {
  return socialWorkCertificateRecord.safeParse(value, path);
}

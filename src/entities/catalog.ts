/**
 * Every entity record, in a stable order. The JSON Schema export (`scripts/export-schemas.ts`, `docs/schemas/`) is
 * generated from this list; a host can use it to build forms or import templates (each record carries its fields'
 * labels, enum values with their labels, and what its cross-field rule checks).
 * @module
 */
import type { RecordDef } from '../core/record.js';
import { associationEventRecord } from './association-event.js';
import { associationPostRecord } from './association-post.js';
import { centerRecord } from './center.js';
import { committeeRecord } from './committee.js';
import { committeeChecklistItemRecord, committeeChecklistResultRecord } from './committee-checklist.js';
import { divisionUnitRecord } from './division-unit.js';
import { organizationRecord } from './organization.js';
import { partyOrganizationRecord } from './party-organization.js';
import { personRecord } from './person.js';
import { peopleSuggestionRecord, petitionRecord } from './petition.js';
import { socialWorkCertificateRecord } from './social-work-certificate.js';
import { socialWorkRoomRecord, socialWorkStationRecord } from './social-work-site.js';
import { traineeRecord } from './trainee.js';
import { volunteerTeamRecord } from './volunteer-team.js';

/**
 * All entity records, in a stable order (`docs/schemas/<name>.schema.json` each).
 * @category Entities
 * @example
 * ```ts
 * entityRecords.map((r) => r.name); // ['division-unit', 'organization', 'party-organization', 'person', …]
 * ```
 */
export const entityRecords: readonly RecordDef<unknown>[] = [
  divisionUnitRecord,
  organizationRecord,
  partyOrganizationRecord,
  personRecord,
  socialWorkCertificateRecord,
  volunteerTeamRecord,
  socialWorkStationRecord,
  socialWorkRoomRecord,
  centerRecord,
  associationPostRecord,
  associationEventRecord,
  traineeRecord,
  committeeChecklistItemRecord,
  committeeChecklistResultRecord,
  committeeRecord,
  petitionRecord,
  peopleSuggestionRecord,
] as readonly unknown[] as readonly RecordDef<unknown>[];

/**
 * The department's world as records (division units, organizations, party organizations, people, certificates,
 * volunteer teams, 社会工作站/室, the three centers, posts in associations and their leadership changes, 双培 trainees,
 * the committee checklist): one vocabulary for every engine, each record a field table with Chinese and English labels
 * for every field and value, a generated fast check, a JSON Schema (`docs/schemas/`), and parsers that return
 * `PolicyError`s naming fields by their labels. Engines build their inputs from these records with `pick`,
 * `extend`, `required` and `partial`. Also: the names of USCC department and category codes.
 * @module entities
 */
export {
  countField,
  divisionCodeField,
  idField,
  idListField,
  residentIdField,
  usccField,
  type ValueLabels,
} from './fields.js';
export * from './uscc-labels.js';
export * from './division-unit.js';
export * from './organization.js';
export * from './party-organization.js';
export * from './person.js';
export * from './social-work-certificate.js';
export * from './volunteer-team.js';
export * from './social-work-site.js';
export * from './center.js';
export * from './association-post.js';
export * from './association-event.js';
export * from './trainee.js';
export * from './committee-checklist.js';
export * from './committee.js';
// By name: petitionDateOrder is the petitions engine's helper (@internal), not package API.
export {
  PETITION_INTAKES,
  petitionIntakeLabels,
  PETITION_FORMS,
  petitionFormLabels,
  PETITION_CATEGORIES,
  petitionCategoryLabels,
  PETITION_ROUTES,
  petitionRouteLabels,
  petitionRecord,
  parsePetition,
  safeParsePetition,
  SUGGESTION_LEGAL_CHANNELS,
  suggestionLegalChannelLabels,
  SUGGESTION_ADOPTIONS,
  suggestionAdoptionLabels,
  peopleSuggestionRecord,
  parsePeopleSuggestion,
  safeParsePeopleSuggestion,
  type PetitionIntake,
  type PetitionForm,
  type PetitionCategory,
  type PetitionRoute,
  type PetitionDateField,
  type Petition,
  type SuggestionLegalChannel,
  type SuggestionAdoption,
  type PeopleSuggestion,
} from './petition.js';
export * from './catalog.js';

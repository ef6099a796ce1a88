/**
 * The inputs of the petitions engine, built from the entities: a 信访事项 is the `petition` entity as it is; a check of
 * a new submission adds the earlier item of the same matter and two facts (submitted to a superior body, the same
 * facts and reasons); a classification adds the facts of arts. 29–31; a 人民建议 is the `people-suggestion` entity.
 * @module
 */
import { fields, type RecordDef, type RecordOutput } from '../core/index.js';
import {
  peopleSuggestionRecord,
  petitionDateOrder,
  petitionRecord,
  type PeopleSuggestion,
  type Petition,
} from '../entities/petition.js';

const b = (zh: string, en: string) => fields.boolean().optional().label(zh, en);

/**
 * The input of `checkPetition`: a new submission (a 信访事项), the earlier item of the same matter if there is one, and
 * whether the submission went to a superior of the body handling the earlier item (art. 19 ¶3) and repeats its facts
 * and reasons (art. 36 ¶3).
 * @category Petitions
 */
export const petitionCheckRecord = /* @__PURE__ */ petitionRecord.extend(
  'petition-check',
  { zh: '信访事项核查', en: 'Petition check' },
  {
    prior: fields.object(petitionRecord).optional().label('同一事项的前一信访事项', 'Earlier item of the same matter'),
    toSuperior: b('向办理机关的上级提出', 'Submitted to a superior of the handling body'),
    sameFactsAndReasons: b('同一事实和理由', 'Same facts and reasons'),
  },
  { unknownKeys: 'strict', refine: (p, ctx) => petitionDateOrder(p, ctx) },
);

/** The input of `checkPetition`. @category Petitions */
export type PetitionCheckInput = RecordOutput<typeof petitionCheckRecord>;

/**
 * The input of `classifyPetition`: the category and route if the office has set them, and the facts from which arts.
 * 29–31 decide them (each optional: a fact not given is unknown, never false).
 * @category Petitions
 */
export const petitionFactsRecord = /* @__PURE__ */ petitionRecord
  .pick('petition-facts', ['id', 'office', 'category', 'route'])
  .extend(
    'petition-facts',
    { zh: '信访事项分类事实', en: 'Facts for classifying a petition' },
    {
      offersSuggestion: b('反映情况、提出建议意见', 'Offers information, suggestions or opinions'),
      reportsMisconduct: b('检举、揭发、控告违纪违法行为', 'Reports or accuses misconduct'),
      makesClaim: b('提出投诉请求（申诉、求决）', 'Makes a complaint or claim'),
      judicialMatter: b(
        '应当通过诉讼、复议、检察或公安法律程序处理',
        'A matter for a court, reconsideration, procuratorial or police procedure',
      ),
      arbitrable: b('应当通过仲裁解决', 'A matter for arbitration'),
      partyAppeal: b('可以通过党员申诉、申请复审解决', 'Can be solved by a party member appeal or re-examination'),
      administrativeProcedure: b(
        '可以通过行政复议、行政裁决、行政确认、行政许可、行政处罚等行政程序解决',
        'Can be solved by an administrative procedure',
      ),
      protectionRequest: b(
        '申请查处违法行为、履行保护人身权或者财产权等合法权益职责',
        'Asks to act against a violation or to protect rights',
      ),
    },
    { unknownKeys: 'strict' },
  );

/** The input of `classifyPetition`. @category Petitions */
export type PetitionFacts = RecordOutput<typeof petitionFactsRecord>;

/** A 信访事项 as the engine reads it (the `petition` entity). @category Petitions */
export const petitionCaseRecord: RecordDef<Petition> = petitionRecord;

/** A 人民建议 as the engine reads it (the `people-suggestion` entity). @category Petitions */
export const suggestionRecord: RecordDef<PeopleSuggestion> = peopleSuggestionRecord;

export type { Petition, PeopleSuggestion };

/**
 * The posts of a community worker (三岗) and a worker's post history: which post was held from which date. The person
 * record carries both; the salary engine reads the history to know the post on a date and what a change of post does
 * to the grade.
 * @module
 */
import { defineRecord, fields, type Field, type RefineContext } from '../core/record.js';
import { label, type ValueLabels } from './fields.js';
import { inconsistent } from './messages.js';

/**
 * The three posts (三岗) of a community worker: `principal` 正职 (社区党组织书记、居委会主任), `deputy` 副职
 * (副书记、副主任), `staff` 其他社区工作者.
 * @category Entities
 */
export const COMMUNITY_WORKER_POSTS = ['principal', 'deputy', 'staff'] as const;

/** A post of a community worker. @category Entities */
export type CommunityWorkerPost = (typeof COMMUNITY_WORKER_POSTS)[number];

/**
 * Labels of {@link CommunityWorkerPost} (其他工作人员 is accepted for `staff` too).
 * @category Entities
 */
export const communityWorkerPostLabels: ValueLabels<CommunityWorkerPost> = {
  principal: label('正职', 'Principal'),
  deputy: label('副职', 'Deputy'),
  staff: label('其他社区工作者', 'Staff'),
};

/** One entry of a post history: a post and the date it was taken up. @internal */
export const postHeldRecord = /* @__PURE__ */ defineRecord(
  'post-held',
  label('岗位经历', 'Post held'),
  {
    post: fields
      .enum(COMMUNITY_WORKER_POSTS, communityWorkerPostLabels, { 其他工作人员: 'staff' })
      .label('岗位', 'Post'),
    from: fields.date().label('任职起始日期', 'From'),
  },
  { unknownKeys: 'strict' },
);

const HISTORY_LABEL = label('岗位经历', 'Post history');

/**
 * The post-history field: the posts held, oldest first, each from the date it was taken up; the last is the current
 * post, and the first is taken as held from the start of service. Checked across fields by {@link checkPostHistory}.
 * @internal
 */
export function postHistoryField(): Field<{ post: CommunityWorkerPost; from: string }[]> {
  return fields
    .array(fields.object(postHeldRecord).label('岗位经历', 'Post held'), { min: 1 })
    .label(HISTORY_LABEL.zh, HISTORY_LABEL.en)
    .describe(
      '担任过的岗位，按任职起始日期从早到晚，最后一项为当前岗位；第一项视为自参加社区工作时起担任',
      'The posts held, oldest first, the last being the current post; the first is taken as held from the start of service',
    );
}

/**
 * The rule across fields of a record with a post history: start dates strictly increasing, and the last entry is the
 * current post (when the record gives one). Records built from the person with `pick` add it back as their rule.
 * @internal
 */
export function checkPostHistory(
  p: {
    readonly post?: CommunityWorkerPost;
    readonly postHistory?: readonly { readonly post: CommunityWorkerPost; readonly from: string }[];
  },
  ctx: RefineContext,
): void {
  const history = p.postHistory;
  if (history === undefined) return;
  for (let i = 1; i < history.length; i++) {
    if (history[i]!.from <= history[i - 1]!.from) {
      inconsistent(ctx, ['postHistory', i, 'from'], 'post_history_order', { field: HISTORY_LABEL });
      return;
    }
  }
  const last = history[history.length - 1]!;
  if (p.post !== undefined && last.post !== p.post) {
    inconsistent(ctx, ['postHistory', history.length - 1, 'post'], 'post_history_current', {
      field: HISTORY_LABEL,
      post: communityWorkerPostLabels[p.post],
      last: communityWorkerPostLabels[last.post],
    });
  }
}

/**
 * Sources cited in code rather than in a profile parameter (the reviewer table, the "no criteria" finding), kept in one
 * place with the same wording as the profile data. Keys refer to POLICY.md.
 * @module
 */
import type { Source } from '../core/index.js';

/** S12: one 市委社会工作部's description of 双审双培 (city not named; confidence M). @internal */
export const S12: Source = { key: 'S12', title: '市委社会工作部部长关于行业协会商会“双审双培”的讲话（城市未具名）', url: 'https://kuaisuzugao.com/154936.html' };

/**
 * Votes (村委会组织法 第十五条第二款、第十六条第二款): an election is valid when 登记参加选举的村民过半数投票; a candidate is
 * elected with 参加投票的村民过半数的选票; in a 另行选举 the candidates with most votes are elected, 但是所得票数不得少于
 * 已投选票总数的三分之一 (whether a run-off also needs the turnout is a provisional reading); a recall needs 过半数投票
 * and 投票的村民过半数通过. Exactly half is not 过半数; exactly one third is not less than one third.
 * @module
 * @internal
 */
import {
  derived,
  leastShare,
  meetsShare,
  parseShareRule,
  type Bilingual,
  type ExactShare,
  type ParameterRead,
} from '../../core/index.js';
import { BASIS } from '../basis.js';
import { badParameter, isRead, missingFinding, missingText, readGroup, type CommitteeContext } from '../context.js';
import { makeFinding, traced, type CommitteeFinding } from '../finding.js';
import { committeeMessages as M } from '../messages.js';
import { ballotRecord, type BallotInput } from '../records.js';

/** A candidate and whether the votes elect them. @category Committees */
export interface CandidateResult {
  /** The candidate's name, or `候选人 n`. */
  readonly name: string;
  /** Votes received. */
  readonly votes: number;
  /** Elected by the votes (`null` when it cannot be decided: the turnout or the ballots cast are missing). */
  readonly elected: boolean | null;
  /** Why. */
  readonly text: Bilingual;
}

const LABELS = {
  turnout: { zh: '投票人数', en: 'Turnout' },
  approval: { zh: '罢免表决', en: 'Recall vote' },
};
const IDS = ['selfgov.electionValidity', 'selfgov.runoffNeedsTurnout', 'selfgov.recallValidity'] as const;

function shares(read: ParameterRead, keys: readonly string[]): Readonly<Record<string, ExactShare>> {
  const v = read.value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return badParameter(read, { zh: '应为各项比例的表', en: 'expected a table of shares' });
  const out: Record<string, ExactShare> = {};
  for (const k of keys) out[k] = parseShareRule(v[k], ['parameters', read.id, 'value', k]);
  return out;
}
const electionShares = (r: ParameterRead) => shares(r, ['turnout', 'winner', 'runoffWinner']);
const recallShares = (r: ParameterRead) => shares(r, ['turnout', 'approval']);
const text = (s: ExactShare) => ({ numerator: s.numerator, denominator: s.denominator, bound: s.bound });

/** The findings (turnout; for a recall the vote) and each candidate's result. @internal */
export function ballot(
  v: BallotInput,
  ctx: CommitteeContext,
): { findings: CommitteeFinding[]; candidates: CandidateResult[] } {
  const scope = ctx.scope;
  const basis = v.kind === 'recall' ? BASIS.recall : BASIS.election;
  const label = (f: string) => ballotRecord.fields[f]!.label;
  const need = (rule: string, l: Bilingual, fields: readonly string[]) =>
    missingFinding(
      scope,
      makeFinding(rule, l, 'undetermined', missingText(scope, fields, label), basis, fields),
      label,
    );
  const reads = readGroup(scope, IDS);
  if (!isRead(reads)) {
    const t = missingText(scope, reads);
    return {
      findings: [traced(scope, makeFinding(`${v.kind}.turnout`, LABELS.turnout, 'undetermined', t, basis, reads))],
      candidates: (v.candidates ?? []).map((c, i) => ({
        name: c.name ?? `候选人${i + 1}`,
        votes: c.votes,
        elected: null,
        text: t,
      })),
    };
  }
  const findings: CommitteeFinding[] = [];
  const s = v.kind === 'recall' ? derived(reads[2]!, recallShares) : derived(reads[0]!, electionShares);
  const needsTurnout = v.kind !== 'runoff' || reads[1]!.value === true;
  let valid: boolean | undefined;
  if (!needsTurnout) {
    findings.push(
      traced(
        scope,
        makeFinding('runoff.turnout', LABELS.turnout, 'not_applicable', M.text('runoff_turnout_na'), basis),
      ),
    );
    valid = true;
  } else if (v.registeredVoters === undefined || v.ballotsCast === undefined) {
    findings.push(
      need(`${v.kind}.turnout`, LABELS.turnout, [
        ...(v.registeredVoters === undefined ? ['registeredVoters'] : []),
        ...(v.ballotsCast === undefined ? ['ballotsCast'] : []),
      ]),
    );
  } else {
    valid = meetsShare(v.ballotsCast, v.registeredVoters, s.turnout!);
    const p = {
      part: v.ballotsCast,
      whole: v.registeredVoters,
      share: text(s.turnout!),
      least: leastShare(v.registeredVoters, s.turnout!)!,
      met: valid,
    };
    findings.push(
      traced(
        scope,
        makeFinding(`${v.kind}.turnout`, LABELS.turnout, valid ? 'pass' : 'fail', M.text('turnout', p), basis),
      ),
    );
  }
  if (v.kind === 'recall') {
    if (v.votesFor === undefined || v.ballotsCast === undefined)
      findings.push(
        need('recall.approval', LABELS.approval, [
          ...(v.votesFor === undefined ? ['votesFor'] : []),
          ...(v.ballotsCast === undefined ? ['ballotsCast'] : []),
        ]),
      );
    else if (valid === false)
      findings.push(
        traced(scope, makeFinding('recall.approval', LABELS.approval, 'fail', M.text('recall_invalid'), basis)),
      );
    else {
      const ok = meetsShare(v.votesFor, v.ballotsCast, s.approval!);
      findings.push(
        traced(
          scope,
          makeFinding(
            'recall.approval',
            LABELS.approval,
            ok ? 'pass' : 'fail',
            M.text('recall', {
              part: v.votesFor,
              whole: v.ballotsCast,
              share: text(s.approval!),
              least: leastShare(v.ballotsCast, s.approval!)!,
              met: ok,
            }),
            basis,
          ),
        ),
      );
    }
    return { findings, candidates: [] };
  }
  const winner = v.kind === 'runoff' ? s.runoffWinner! : s.winner!;
  const candidates = (v.candidates ?? []).map((c, i): CandidateResult => {
    const name = c.name ?? `候选人${i + 1}`;
    const nameEn = c.name ?? `candidate ${i + 1}`;
    if (valid === false) {
      const t = M.text('winner_invalid', { name });
      return {
        name,
        votes: c.votes,
        elected: false,
        text: { zh: t.zh, en: M.text('winner_invalid', { name: nameEn }).en },
      };
    }
    if (v.ballotsCast === undefined || valid === undefined)
      return {
        name,
        votes: c.votes,
        elected: null,
        text: missingText(scope, v.ballotsCast === undefined ? ['ballotsCast'] : ['registeredVoters'], label),
      };
    const ok = meetsShare(c.votes, v.ballotsCast, winner);
    const p = {
      part: c.votes,
      whole: v.ballotsCast,
      share: text(winner),
      least: leastShare(v.ballotsCast, winner)!,
      met: ok,
    };
    const result = {
      name,
      votes: c.votes,
      elected: ok,
      text: { zh: M.text('winner', { ...p, name }).zh, en: M.text('winner', { ...p, name: nameEn }).en },
    };
    if (scope.trace.recording)
      scope.trace.rule({
        rule: `${v.kind}.candidate`,
        text: result.text,
        outcome: ok ? 'pass' : 'fail',
        source: basis,
      });
    return result;
  });
  return { findings, candidates };
}

// Shared helpers and fixtures of the committees tests.

export { refusal } from '../support/refusal.js';

/** A 村民委员会 that passes every statutory check on 2025-12-31 (made-up data). */
export const VILLAGE = {
  id: 'c1',
  divisionCode: '320803101201',
  name: '某村村民委员会',
  kind: 'villagers_committee',
  memberCount: 5,
  womenMembers: 1,
  multiEthnic: false,
  termStartedOn: '2021-01-15',
  households: 420,
  subcommittees: ['people_mediation', 'public_security', 'public_health_family_planning'],
  supervisoryBody: true,
  supervisoryMembers: 3,
  supervisoryRelatedMembers: 0,
  supervisoryExpertMembers: 1,
  representativeAssembly: true,
  representatives: 40,
  womenRepresentatives: 15,
  representativesChosenBy: 'households',
  assemblyMeetings: ['2024-12-20', '2025-03-20', '2025-06-18', '2025-09-25'],
  generalDisclosedOn: '2025-12-20',
  financeFrequent: true,
  financeDisclosedOn: '2025-12-25',
  democraticReviewOn: '2025-12-20',
} as const;

/** A 居民委员会 that passes every statutory check on 2025-12-31 (made-up data). */
export const RESIDENTS = {
  id: 'r1',
  divisionCode: '320803001001',
  name: '某社区居民委员会',
  kind: 'residents_committee',
  memberCount: 7,
  multiEthnic: false,
  termStartedOn: '2021-01-10',
  households: 650,
  subcommittees: ['people_mediation', 'public_security', 'public_health'],
} as const;

/** Chinese output with the versions taken out. */
export function zhText(text: string): string {
  return text.replace(/程序版本 \S+/g, '程序版本').replace(/配置版本 [^，\s]+/g, '配置版本');
}

/**
 * English output with citations taken out: a document's title, number and article are cited as written (in Chinese),
 * up to the key of the sources table (`[U27]`).
 */
export function enText(text: string): string {
  return text
    .replace(/《[^》]*》[^[\n]*\[/g, '[')
    .replace(/[^;(\n]*[\u3000-\u9fff][^;(\n]*(?=\[[A-Z]+\d+[a-z]?\])/g, '');
}

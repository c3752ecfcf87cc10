import { exclusionReasons } from './eligibility';
import { minutesToHours } from './hours';
import type {
  Candidate,
  EmploymentType,
  Excluded,
  RankingContext,
  RankingResult,
  ShiftToFill,
} from './ranking-types';

export * from './ranking-types';

const RELIABILITY_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

const EMPLOYMENT_ORDER: Record<EmploymentType, number> = { full_time: 0, part_time: 1, on_call: 2 };
const URGENT_EMPLOYMENT_ORDER: Record<EmploymentType, number> = {
  on_call: 0,
  full_time: 1,
  part_time: 2,
};
const EMPLOYMENT_LABEL: Record<EmploymentType, string> = {
  full_time: 'full-time',
  part_time: 'part-time',
  on_call: 'on-call',
};

interface Scored {
  candidate: Candidate;
  /** Compared in order, lower first. */
  keys: number[];
  reasons: string[];
}

/**
 * Who may work this shift, best first, and why each other person may not. Order: speaks the
 * client's language (a visit goes nowhere if the two cannot talk), employment
 * (full-time, part-time, on-call; on-call first when urgent), the client's preferred
 * organisations, the worker the client liked last time, reliability, fewer hours this week,
 * then person id.
 */
export function rankCandidates(
  shift: ShiftToFill,
  candidates: Candidate[],
  context: RankingContext,
): RankingResult {
  const excluded: Excluded[] = [];
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const reasons = exclusionReasons(shift, candidate, context);
    if (reasons.length > 0) excluded.push({ personId: candidate.personId, reasons });
    else scored.push(score(candidate, context));
  }
  scored.sort(
    (a, b) => compareKeys(a.keys, b.keys) || compareIds(a.candidate.personId, b.candidate.personId),
  );
  excluded.sort((a, b) => compareIds(a.personId, b.personId));
  return {
    eligible: scored.map((s, i) => ({
      personId: s.candidate.personId,
      rank: i + 1,
      reasons: s.reasons,
    })),
    excluded,
  };
}

function score(candidate: Candidate, context: RankingContext): Scored {
  const order = context.urgent ? URGENT_EMPLOYMENT_ORDER : EMPLOYMENT_ORDER;
  const preferred = context.client.preferredOrganisationIds.includes(candidate.organisationId);
  const last = context.client.lastWorker;
  const liked = last !== undefined && last.liked && last.personId === candidate.personId;
  const { noShows, drops, unwell } = recentReliability(candidate, context.now);
  const employment = EMPLOYMENT_LABEL[candidate.employment];
  const clientLanguage = context.client.language;
  const speaks = clientLanguage !== undefined && candidate.language === clientLanguage;

  const reasons = [
    context.urgent && candidate.employment === 'on_call'
      ? 'on-call, first for an urgent replacement'
      : employment,
  ];
  if (speaks) reasons.push(`speaks the client's language (${clientLanguage})`);
  if (preferred) reasons.push("client's preferred organisation");
  if (liked) reasons.push('client liked them last time');
  reasons.push(reliabilityReason(noShows, drops, unwell));
  reasons.push(`${minutesToHours(candidate.confirmedMinutesThisWeek)} h this week`);

  return {
    candidate,
    keys: [
      speaks || clientLanguage === undefined ? 0 : 1,
      order[candidate.employment],
      preferred ? 0 : 1,
      liked ? 0 : 1,
      noShows * 2 + drops,
      candidate.confirmedMinutesThisWeek,
    ],
    reasons,
  };
}

/** No-shows and drops count against a worker; drops for being unwell are only shown. */
function recentReliability(
  candidate: Candidate,
  now: Date,
): { noShows: number; drops: number; unwell: number } {
  const since = now.getTime() - RELIABILITY_WINDOW_DAYS * DAY_MS;
  const recent = candidate.reliability.filter(
    (e) => e.at.getTime() >= since && e.at.getTime() <= now.getTime(),
  );
  return {
    noShows: recent.filter((e) => e.kind === 'no_show').length,
    drops: recent.filter((e) => e.kind === 'drop' && e.reason !== 'unwell').length,
    unwell: recent.filter((e) => e.kind === 'drop' && e.reason === 'unwell').length,
  };
}

function reliabilityReason(noShows: number, drops: number, unwell: number): string {
  const within = `in ${RELIABILITY_WINDOW_DAYS} days`;
  const sick = unwell > 0 ? ` (${unwell} unwell, not counted)` : '';
  if (noShows === 0 && drops === 0) return `no no-shows or drops ${within}${sick}`;
  const parts = [
    ...(noShows > 0 ? [`${noShows} no-show${noShows === 1 ? '' : 's'}`] : []),
    ...(drops > 0 ? [`${drops} drop${drops === 1 ? '' : 's'}`] : []),
  ];
  return `${parts.join(' and ')} ${within}${sick}`;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

import type { Aim, AimKind } from './aims';
import type { ReliabilityCounts } from './reliability';
import { isAvailable, type Availability } from './availability';
import { minutesToHours } from './hours';
import { namesWords } from './partnership-scope';

/**
 * The aims work on offer can answer: `work_type` is a chance to try the work searched for.
 * `other` is free text, with nothing to match.
 */
export const OFFERED_AIM_KINDS = [
  'more_hours',
  'work_type',
  'steady_job',
  'training',
] as const satisfies readonly AimKind[];
export type OfferedAim = (typeof OFFERED_AIM_KINDS)[number];

/** What an organisation asks of the people it may invite (GET /candidates). */
export interface CandidateSearch {
  skills: string[];
  badges: string[];
  /** What the work on offer answers: people who aim for it rank first. */
  aims: OfferedAim[];
  /** A type of work they have done ("food bank", "cleaning"): its name in any language. */
  work?: string;
  /** At least this share of their counted shifts on time, in percent. */
  minReliability?: number;
  /** Free for the whole of this time, by their weekly availability. */
  available?: { start: Date; end: Date };
  /** A place their address names ("Brooklyn"). */
  area?: string;
}

/** One person the caller may see, as their record shows them: no I/O. */
export interface CandidateFacts {
  personId: string;
  name: string;
  skills: string[];
  badges: string[];
  /** Confirmed minutes by type of work, with the work's names in each language. */
  work: { names: string[]; minutes: number }[];
  totalMinutes: number;
  reliability: ReliabilityCounts;
  availability: Availability;
  /** The zone their availability is written in. */
  zone: string;
  /** Their address, when the caller may match on it; absent: no area is matched. */
  address?: string;
  /** What they would like next, when the caller may see it; none: no aim is matched. */
  aims: Pick<Aim, 'kind' | 'words'>[];
}

export interface RankedCandidate {
  personId: string;
  rank: number;
  skillsMatched: string[];
  badgesMatched: string[];
  /** Their aims the work on offer answers, in the order the search names them. */
  aimsMatched: OfferedAim[];
  /** Confirmed minutes of the work asked for (0 when none was asked). */
  workMinutes: number;
  /** Percent of counted shifts on time; null when none is counted yet. */
  reliability: number | null;
  areaMatched: boolean;
  /** Why they are where they are, best reasons first. */
  reasons: string[];
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const day = (date: Date) => date.toISOString().slice(0, 10);

/** On-time shifts over every counted one (on time, late, no-show, dropped), in percent. */
export function reliabilityPercent(r: CandidateFacts['reliability']): number | null {
  const counted = r.onTime + r.late + r.noShows + r.drops;
  return counted === 0 ? null : Math.round((r.onTime / counted) * 100);
}

function reliabilityReason(r: CandidateFacts['reliability'], percent: number | null): string {
  if (percent === null) return 'no shifts counted yet';
  const counted = r.onTime + r.late + r.noShows + r.drops;
  const period = r.firstShift && r.lastShift ? `, ${day(r.firstShift)} to ${day(r.lastShift)}` : '';
  return `reliability ${percent}% (${r.onTime} of ${counted} shifts on time${period})`;
}

const AIM_REASONS: Record<Exclude<OfferedAim, 'work_type'>, string> = {
  more_hours: 'wants more hours',
  steady_job: 'wants a steady job',
  training: 'wants training',
};

/** Whether a held aim is the one offered: a `work_type` only when it and the work searched name each other. */
function answers(
  search: CandidateSearch,
  offered: OfferedAim,
  held: CandidateFacts['aims'][number],
) {
  if (held.kind !== offered) return false;
  if (offered !== 'work_type') return true;
  const { work } = search;
  return !!held.words && !!work && (namesWords(held.words, work) || namesWords(work, held.words));
}

/** The person's aims the work on offer answers, each with the reason it gives. */
function aimsAnswered(search: CandidateSearch, person: CandidateFacts) {
  return search.aims.flatMap((offered) => {
    const aim = person.aims.find((held) => answers(search, offered, held));
    if (!aim) return [];
    const reason =
      offered === 'work_type' ? `wants to try ${aim.words} work` : AIM_REASONS[offered];
    return [{ kind: offered, reason }];
  });
}

interface Scored {
  result: Omit<RankedCandidate, 'rank'>;
  name: string;
  /** Compared in order, lower first. */
  keys: number[];
}

function score(search: CandidateSearch, person: CandidateFacts): Scored | undefined {
  const wanted = (asked: string[], has: string[]) => {
    const held = new Set(has.map(fold));
    return asked.filter((one) => held.has(fold(one)));
  };
  const skillsMatched = wanted(search.skills, person.skills);
  const badgesMatched = wanted(search.badges, person.badges);
  const aims = aimsAnswered(search, person);
  const { work: asked, area } = search;
  const workMinutes = asked
    ? person.work
        .filter((w) => w.names.some((name) => namesWords(name, asked)))
        .reduce((sum, w) => sum + w.minutes, 0)
    : 0;
  const areaMatched = !!area && !!person.address && namesWords(person.address, area);
  const reliability = reliabilityPercent(person.reliability);

  if (search.minReliability !== undefined && (reliability ?? -1) < search.minReliability)
    return undefined;
  const { available } = search;
  if (available && !isAvailable(person.availability, person.zone, available.start, available.end))
    return undefined;
  const askedAnything =
    search.skills.length > 0 || search.badges.length > 0 || asked !== undefined || !!area;
  // Aims only lift: asked alone they leave no one out, and matched they bring someone in.
  const matchedAnything =
    aims.length > 0 ||
    skillsMatched.length > 0 ||
    badgesMatched.length > 0 ||
    workMinutes > 0 ||
    areaMatched;
  if (askedAnything && !matchedAnything) return undefined;

  const reasons: string[] = aims.map((aim) => aim.reason);
  if (skillsMatched.length > 0) reasons.push(`skills: ${skillsMatched.join(', ')}`);
  if (badgesMatched.length > 0) reasons.push(`badges: ${badgesMatched.join(', ')}`);
  if (asked !== undefined) reasons.push(`${minutesToHours(workMinutes)} h of ${asked} work done`);
  reasons.push(reliabilityReason(person.reliability, reliability));
  if (areaMatched) reasons.push(`lives in ${area}`);
  if (available) reasons.push('available for the whole time asked');
  reasons.push(`${minutesToHours(person.totalMinutes)} h confirmed in all`);

  return {
    result: {
      personId: person.personId,
      skillsMatched,
      badgesMatched,
      aimsMatched: aims.map((aim) => aim.kind),
      workMinutes,
      reliability,
      areaMatched,
      reasons,
    },
    name: person.name,
    // What the person says they want next comes before what they have done.
    keys: [
      -aims.length,
      -(skillsMatched.length + badgesMatched.length),
      -workMinutes,
      areaMatched ? 0 : 1,
      -(reliability ?? -1),
      -person.totalMinutes,
    ],
  };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The people who fit the search, best first, each with the reasons for their place. Hard
 * limits: the reliability asked for (someone with no counted shift has none) and availability
 * for the whole time asked. Of what is asked for besides, a person must match at least one
 * thing (an aim the work on offer answers counts). Order: most aims answered, most skills and
 * badges matched, most hours of the work asked for, in the area, most reliable, most hours
 * confirmed, then name and id.
 */
export function rankSearchCandidates(
  search: CandidateSearch,
  people: readonly CandidateFacts[],
): RankedCandidate[] {
  return people
    .flatMap((person) => score(search, person) ?? [])
    .sort(
      (a, b) =>
        compareKeys(a.keys, b.keys) ||
        a.name.localeCompare(b.name) ||
        (a.result.personId < b.result.personId ? -1 : 1),
    )
    .map((s, i) => ({ ...s.result, rank: i + 1 }));
}

import type { ReliabilityCounts } from './reliability';
import { isAvailable, type Availability } from './availability';
import { minutesToHours } from './hours';
import { namesWords } from './partnership-scope';

/** What an organisation asks of the people it may invite (GET /candidates). */
export interface CandidateSearch {
  skills: string[];
  badges: string[];
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
}

export interface RankedCandidate {
  personId: string;
  rank: number;
  skillsMatched: string[];
  badgesMatched: string[];
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
  const matchedAnything =
    skillsMatched.length > 0 || badgesMatched.length > 0 || workMinutes > 0 || areaMatched;
  if (askedAnything && !matchedAnything) return undefined;

  const reasons: string[] = [];
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
      workMinutes,
      reliability,
      areaMatched,
      reasons,
    },
    name: person.name,
    // Aims (what the person says they want to do next) would rank here, before the rest.
    keys: [
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
 * thing. Order: most skills and badges matched, most hours of the work asked for, in the area,
 * most reliable, most hours confirmed, then name and id.
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

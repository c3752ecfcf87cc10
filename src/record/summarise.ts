/**
 * A worker's own track record from the facts about their work: pure, no I/O. The record page
 * shows it to the worker; organisations they share it with see the same (src/record/).
 */
import type { Aim } from '../domain/aims';
import type { ReliabilityCounts } from '../domain/reliability';
import { badgesEarned, type BadgeChange, type BadgeEarned } from './badges-earned';

/** A name in each language; a task, or a skill or programme name (the same in all three). */
export type Names = Partial<Record<'en' | 'es' | 'fr', string | null>>;

export type FactKind = 'hours_confirmed' | 'checked_in' | 'late' | 'no_show' | 'drop';

export interface RecordFacts {
  /** The person's work records of the kinds above. */
  records: { kind: FactKind; shift?: string; assignment?: string; minutes?: number }[];
  shifts: {
    id: string;
    organisation: string;
    start: Date;
    task?: Names;
    requiredSkills: string[];
    programme?: string;
  }[];
  organisations: { id: string; name: string }[];
  programmes: { id: string; name: string; organisation: string; minutesPerParticipant: number }[];
  skills: string[];
  badges: string[];
  /** Every grant and withdrawal of the person's badges, by any organisation. */
  badgeChanges: BadgeChange[];
  aims: Aim[];
}

/** An aim as the record shows it: whether the worker said it or a coordinator recorded it. */
export interface RecordAim {
  kind: Aim['kind'];
  words?: string;
  text: string;
  statedAt: Date;
  statedBy: 'self' | 'coordinator';
}

export interface WorkerRecord {
  hours: {
    totalMinutes: number;
    /** By type of work; `work` absent: none was named (the page says "other work"). */
    byWork: { work?: Names; minutes: number }[];
    byOrganisation: { organisation: string; name: string; minutes: number }[];
  };
  /** Programmes they worked in; completed once their confirmed hours reach its allotment. */
  programmes: {
    programme: string;
    name: string;
    organisationName: string;
    minutesConfirmed: number;
    minutesPerParticipant: number;
    completed: boolean;
  }[];
  reliability: ReliabilityCounts;
  skills: string[];
  badges: string[];
  /** When the badges above were earned; a badge given before grants were kept has no date. */
  badgesEarned: BadgeEarned[];
  /** What they would like next, oldest first. */
  aims: RecordAim[];
}

/**
 * The type of work a shift was: its task (a visit's service), else its required skills, else
 * its programme's name; undefined when none is named.
 */
function workOf(
  shift: RecordFacts['shifts'][number],
  programmes: ReadonlyMap<string, RecordFacts['programmes'][number]>,
): Names | undefined {
  if (shift.task && Object.values(shift.task).some(Boolean)) return shift.task;
  if (shift.requiredSkills.length > 0) {
    const skills = shift.requiredSkills.join(', ');
    return { en: skills, es: skills, fr: skills };
  }
  const programme = shift.programme ? programmes.get(shift.programme) : undefined;
  return programme && { en: programme.name, es: programme.name, fr: programme.name };
}

function addTo<K>(totals: Map<K, number>, key: K, minutes: number): void {
  totals.set(key, (totals.get(key) ?? 0) + minutes);
}

const byMinutesThenName = <T extends { minutes: number }>(
  a: T,
  b: T,
  name: (item: T) => string,
): number => b.minutes - a.minutes || name(a).localeCompare(name(b));

export function summariseRecord(facts: RecordFacts): WorkerRecord {
  const shifts = new Map(facts.shifts.map((s) => [s.id, s]));
  const organisations = new Map(facts.organisations.map((o) => [o.id, o.name]));
  const programmes = new Map(facts.programmes.map((p) => [p.id, p]));
  const confirmed = facts.records.filter((r) => r.kind === 'hours_confirmed');

  const byWork = new Map<string, { work?: Names; minutes: number }>();
  const byOrganisation = new Map<string, number>();
  const byProgramme = new Map<string, number>();
  let totalMinutes = 0;
  for (const record of confirmed) {
    const minutes = Math.max(0, Math.round(record.minutes ?? 0));
    const shift = record.shift ? shifts.get(record.shift) : undefined;
    totalMinutes += minutes;
    if (!shift) continue;
    const work = workOf(shift, programmes);
    const key = JSON.stringify(work ?? null);
    const entry = byWork.get(key) ?? (work ? { work, minutes: 0 } : { minutes: 0 });
    entry.minutes += minutes;
    byWork.set(key, entry);
    addTo(byOrganisation, shift.organisation, minutes);
    if (shift.programme) addTo(byProgramme, shift.programme, minutes);
  }

  const count = (kind: FactKind) =>
    new Set(facts.records.filter((r) => r.kind === kind).map((r) => r.assignment ?? r.shift)).size;
  const late = count('late');
  const badges = [...new Set(facts.badges)].sort();
  const counted = facts.records.filter((r) => r.kind !== 'hours_confirmed');
  const dates = [...counted, ...confirmed]
    .flatMap((r) => (r.shift && shifts.get(r.shift) ? [shifts.get(r.shift)!.start] : []))
    .sort((a, b) => a.getTime() - b.getTime());

  return {
    hours: {
      totalMinutes,
      byWork: [...byWork.values()].sort((a, b) => byMinutesThenName(a, b, (w) => w.work?.en ?? '')),
      byOrganisation: [...byOrganisation]
        .map(([organisation, minutes]) => ({
          organisation,
          name: organisations.get(organisation) ?? '',
          minutes,
        }))
        .sort((a, b) => byMinutesThenName(a, b, (o) => o.name)),
    },
    programmes: [...byProgramme].flatMap(([id, minutes]) => {
      const programme = programmes.get(id);
      if (!programme) return [];
      return [
        {
          programme: id,
          name: programme.name,
          organisationName: organisations.get(programme.organisation) ?? '',
          minutesConfirmed: minutes,
          minutesPerParticipant: programme.minutesPerParticipant,
          completed:
            programme.minutesPerParticipant > 0 && minutes >= programme.minutesPerParticipant,
        },
      ];
    }),
    reliability: {
      onTime: Math.max(0, count('checked_in') - late),
      late,
      noShows: count('no_show'),
      drops: count('drop'),
      ...(dates.length > 0 && { firstShift: dates[0]!, lastShift: dates.at(-1)! }),
    },
    skills: [...new Set(facts.skills)].sort(),
    badges,
    badgesEarned: badgesEarned(badges, facts.badgeChanges),
    aims: [...facts.aims]
      .sort((a, b) => a.statedAt.getTime() - b.statedAt.getTime())
      .map(({ by, words, ...aim }) => ({
        ...aim,
        ...(words && { words }),
        statedBy: by === 'self' ? 'self' : 'coordinator',
      })),
  };
}

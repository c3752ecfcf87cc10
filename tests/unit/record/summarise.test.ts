import { summariseRecord, type RecordFacts } from '../../../src/record/summarise';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 14));
const shift = (id: string, d: number, extra: Partial<RecordFacts['shifts'][number]> = {}) => ({
  id,
  organisation: 'parks',
  start: day(d),
  requiredSkills: [],
  ...extra,
});

const FACTS: RecordFacts = {
  records: [
    { kind: 'hours_confirmed', shift: 's1', minutes: 240 },
    { kind: 'hours_confirmed', shift: 's2', minutes: 360 },
    { kind: 'hours_confirmed', shift: 's3', minutes: 90 },
    { kind: 'checked_in', shift: 's1', assignment: 'a1' },
    { kind: 'checked_in', shift: 's2', assignment: 'a2' },
    { kind: 'late', shift: 's2', assignment: 'a2' },
    { kind: 'checked_in', shift: 's3', assignment: 'a3' },
    { kind: 'no_show', shift: 's4', assignment: 'a4' },
    { kind: 'drop', shift: 's5', assignment: 'a5' },
  ],
  shifts: [
    shift('s1', 20, { programme: 'p1' }),
    shift('s2', 21, { programme: 'p1' }),
    shift('s3', 24, { organisation: 'care', task: { en: 'Groceries', es: 'Compras' } }),
    shift('s4', 10, { requiredSkills: ['first aid'] }),
    shift('s5', 27),
  ],
  organisations: [
    { id: 'parks', name: 'Parks' },
    { id: 'care', name: 'Home Care' },
  ],
  programmes: [
    { id: 'p1', name: 'Clean Streets', organisation: 'parks', minutesPerParticipant: 600 },
  ],
  skills: ['litter picking', 'first aid', 'litter picking'],
  badges: ['forklift'],
  badgeChanges: [],
  aims: [],
};

describe('a worker record from the facts of their work', () => {
  it('adds hours by type of work (task, else skills, else programme) and by organisation', () => {
    const { hours } = summariseRecord(FACTS);
    expect(hours.totalMinutes).toBe(690);
    expect(hours.byWork).toEqual([
      { work: { en: 'Clean Streets', es: 'Clean Streets', fr: 'Clean Streets' }, minutes: 600 },
      { work: { en: 'Groceries', es: 'Compras' }, minutes: 90 },
    ]);
    expect(hours.byOrganisation).toEqual([
      { organisation: 'parks', name: 'Parks', minutes: 600 },
      { organisation: 'care', name: 'Home Care', minutes: 90 },
    ]);
  });

  it('counts a programme completed once its confirmed hours reach the allotment', () => {
    expect(summariseRecord(FACTS).programmes).toEqual([
      expect.objectContaining({ name: 'Clean Streets', minutesConfirmed: 600, completed: true }),
    ]);
    const short = { ...FACTS, records: FACTS.records.filter((r) => r.shift !== 's2') };
    expect(summariseRecord(short).programmes).toEqual([
      expect.objectContaining({ minutesConfirmed: 240, completed: false }),
    ]);
  });

  it('counts on time as check-ins that were not late, with the dates of the shifts counted', () => {
    expect(summariseRecord(FACTS).reliability).toEqual({
      onTime: 2,
      late: 1,
      noShows: 1,
      drops: 1,
      firstShift: day(10),
      lastShift: day(27),
    });
  });

  it('lists each skill and badge once', () => {
    const record = summariseRecord(FACTS);
    expect(record.skills).toEqual(['first aid', 'litter picking']);
    expect(record.badges).toEqual(['forklift']);
  });
});

describe('when each badge was earned', () => {
  const change = (
    organisation: string,
    badge: string,
    kind: 'granted' | 'withdrawn',
    d: number,
  ) => ({ organisation, badge, change: kind, at: day(d) });

  it('dates a held badge by the grant in force, the earliest of several organisations', () => {
    const record = summariseRecord({
      ...FACTS,
      badges: ['forklift', 'first aid'],
      badgeChanges: [
        change('parks', 'forklift', 'granted', 3),
        change('parks', 'forklift', 'withdrawn', 5),
        change('parks', 'forklift', 'granted', 9),
        change('care', 'first aid', 'granted', 12),
        change('parks', 'first aid', 'granted', 7),
      ],
    });
    expect(record.badgesEarned).toEqual([
      { badge: 'first aid', earnedAt: day(7) },
      { badge: 'forklift', earnedAt: day(9) },
    ]);
  });

  it('shows no date for a badge withdrawn by its organisation, nor for one given before grants were kept', () => {
    const record = summariseRecord({
      ...FACTS,
      badges: ['forklift', 'first aid'],
      badgeChanges: [
        change('parks', 'forklift', 'granted', 3),
        change('care', 'forklift', 'granted', 4),
        change('care', 'forklift', 'withdrawn', 6),
        change('parks', 'tractor', 'granted', 2),
      ],
    });
    expect(record.badgesEarned).toEqual([{ badge: 'forklift', earnedAt: day(3) }]);
  });
});

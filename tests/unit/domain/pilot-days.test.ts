import { tallyPilotDays, type PilotFacts } from '../../../src/domain/pilot-days';

const base: PilotFacts = {
  days: ['2026-12-01', '2026-12-02'],
  badge: 'social_prescriber',
  cohort: ['ana', 'ben'],
  shifts: [],
  held: [],
  confirmed: [],
};

describe('tallyPilotDays', () => {
  it('answers every day asked for, with zeros on a day with nothing', () => {
    const { days, totals } = tallyPilotDays(base);
    expect(days).toEqual([
      { date: '2026-12-01', bookings: 0, hoursConfirmed: 0, areas: [], otherSkills: [] },
      { date: '2026-12-02', bookings: 0, hoursConfirmed: 0, areas: [], otherSkills: [] },
    ]);
    expect(totals).toEqual({ bookings: 0, hoursConfirmed: 0, areas: [], otherSkills: [] });
  });

  it("counts the cohort's places and confirmed hours by the shift's day and area, no one else's", () => {
    const { days, totals } = tallyPilotDays({
      ...base,
      shifts: [
        { id: 's1', day: '2026-12-01', area: 'Eastside', places: 2, requires: [] },
        { id: 's2', day: '2026-12-01', area: 'Westside', places: 1, requires: [] },
        { id: 's3', day: '2026-12-02', area: 'Eastside', places: 1, requires: [] },
      ],
      held: [
        { shift: 's1', person: 'ana' },
        { shift: 's1', person: 'zoe' },
        { shift: 's2', person: 'ben' },
        { shift: 's3', person: 'ana' },
      ],
      confirmed: [
        { shift: 's1', person: 'ana', minutes: 90 },
        { shift: 's1', person: 'zoe', minutes: 600 },
        { shift: 's2', person: 'ben', minutes: 240 },
      ],
    });
    expect(days[0]).toEqual({
      date: '2026-12-01',
      bookings: 2,
      hoursConfirmed: 5.5,
      areas: [
        { area: 'Eastside', bookings: 1, hoursConfirmed: 1.5 },
        { area: 'Westside', bookings: 1, hoursConfirmed: 4 },
      ],
      otherSkills: [],
    });
    expect(days[1]).toMatchObject({ bookings: 1, hoursConfirmed: 0 });
    expect(totals.areas).toEqual([
      { area: 'Eastside', bookings: 2, hoursConfirmed: 1.5 },
      { area: 'Westside', bookings: 1, hoursConfirmed: 4 },
    ]);
    expect(totals).toMatchObject({ bookings: 3, hoursConfirmed: 5.5 });
  });

  it("counts demand for every skill a shift needs except the pilot's badge: posted, filled by anyone, unfilled", () => {
    const { days, totals } = tallyPilotDays({
      ...base,
      shifts: [
        {
          id: 's1',
          day: '2026-12-01',
          area: 'Eastside',
          places: 3,
          requires: ['forklift', 'social_prescriber'],
        },
        { id: 's2', day: '2026-12-02', area: 'Eastside', places: 2, requires: ['forklift'] },
        {
          id: 's3',
          day: '2026-12-02',
          area: 'Eastside',
          places: 1,
          requires: ['social_prescriber'],
        },
      ],
      held: [
        { shift: 's1', person: 'zoe' },
        { shift: 's3', person: 'ana' },
      ],
    });
    expect(days[0]!.otherSkills).toEqual([
      { skill: 'forklift', places: 3, filled: 1, unfilled: 2 },
    ]);
    expect(days[1]!.otherSkills).toEqual([
      { skill: 'forklift', places: 2, filled: 0, unfilled: 2 },
    ]);
    expect(totals.otherSkills).toEqual([{ skill: 'forklift', places: 5, filled: 1, unfilled: 4 }]);
  });

  it('leaves out places and hours on shifts outside the days (no shift known for them)', () => {
    const { totals } = tallyPilotDays({
      ...base,
      held: [{ shift: 'elsewhere', person: 'ana' }],
      confirmed: [{ shift: 'elsewhere', person: 'ana', minutes: 60 }],
    });
    expect(totals).toMatchObject({ bookings: 0, hoursConfirmed: 0 });
  });
});

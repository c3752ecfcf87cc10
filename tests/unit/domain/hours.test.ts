import {
  capReportedMinutes,
  chargeCents,
  hourlyChargeCents,
  hoursToMinutes,
  minutesBetween,
  minutesToHours,
  roundToIncrement,
} from '../../../src/domain/hours';

describe('hours', () => {
  it('counts whole minutes between instants', () => {
    expect(minutesBetween(new Date('2026-06-01T09:00:00Z'), new Date('2026-06-01T13:30:20Z'))).toBe(
      270,
    );
    expect(minutesBetween(new Date('2026-06-01T13:00:00Z'), new Date('2026-06-01T09:00:00Z'))).toBe(
      0,
    );
  });

  it('rounds worked minutes to the nearest increment, like a time clock', () => {
    expect([0, 7, 8, 137, 143].map((m) => roundToIncrement(m, 15))).toEqual([0, 0, 15, 135, 150]);
    expect(roundToIncrement(137, 1)).toBe(137);
    expect(() => roundToIncrement(137, 0)).toThrow(RangeError);
  });

  it('takes the scheduled length when no hours are reported', () => {
    expect(capReportedMinutes(undefined, 240)).toBe(240);
  });

  it('never confirms more than the shift length', () => {
    expect(capReportedMinutes(hoursToMinutes(9), 240)).toBe(240);
    expect(capReportedMinutes(hoursToMinutes(2.5), 240)).toBe(150);
    expect(capReportedMinutes(-30, 240)).toBe(0);
  });

  it('charges integer cents, rounding half a cent up', () => {
    expect(chargeCents(240, 2250)).toBe(9000);
    expect(chargeCents(1, 2250)).toBe(38);
    expect(() => chargeCents(1.5, 2250)).toThrow(RangeError);
  });

  it('turns minutes into hours for messages', () => {
    expect(minutesToHours(150)).toBe(2.5);
    expect(minutesToHours(100)).toBe(1.67);
  });

  it("charges a partner's worker at the partnership's rate and an own worker at the organisation's", () => {
    const shift = { organisationId: 'parks', ownRateCentsPerHour: 1800 };
    const partnerships = [
      {
        providerOrganisationId: 'riverside',
        clientOrganisationId: 'parks',
        chargeCentsPerHour: 2500,
      },
      {
        providerOrganisationId: 'riverside',
        clientOrganisationId: 'lake',
        chargeCentsPerHour: 900,
      },
    ];
    expect(hourlyChargeCents({ organisationId: 'riverside' }, shift, partnerships)).toEqual({
      rateCentsPerHour: 2500,
      partnership: true,
    });
    expect(hourlyChargeCents({ organisationId: 'parks' }, shift, partnerships)).toEqual({
      rateCentsPerHour: 1800,
      partnership: false,
    });
  });
});

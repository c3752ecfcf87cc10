import {
  offerSendTime,
  placeReminder,
  quietPeriodAt,
  type ReminderInput,
} from '../../../src/domain/quiet-hours';

const zone = 'America/New_York';
const quietHours = { start: '21:00', end: '08:00' };
const HOUR = 3600_000;

/** A reminder `leadHours` before a shift starting at `start` (ISO), booked at `now`. */
function reminder(start: string, leadHours: number, now = '2026-06-01T00:00:00Z'): ReminderInput {
  const shiftStart = new Date(start);
  return {
    due: new Date(shiftStart.getTime() - leadHours * HOUR),
    shiftStart,
    now: new Date(now),
    quietHours,
    zone,
  };
}

const placed = (input: ReminderInput) => {
  const p = placeReminder(input);
  return p && { at: p.at.toISOString(), urgent: p.urgent, rule: p.rule };
};

describe('quiet hours', () => {
  it('finds the overnight quiet period around an instant, in local time', () => {
    // 23:00 EDT on 10 June.
    expect(quietPeriodAt(new Date('2026-06-11T03:00:00Z'), quietHours, zone)).toEqual({
      start: new Date('2026-06-11T01:00:00Z'),
      end: new Date('2026-06-11T12:00:00Z'),
    });
    // 06:00 EDT on 11 June: the period began the evening before.
    expect(quietPeriodAt(new Date('2026-06-11T10:00:00Z'), quietHours, zone)).toEqual({
      start: new Date('2026-06-11T01:00:00Z'),
      end: new Date('2026-06-11T12:00:00Z'),
    });
    expect(quietPeriodAt(new Date('2026-06-11T16:00:00Z'), quietHours, zone)).toBeNull();
  });

  it('spans the night clocks go back at its local times', () => {
    // 23:00 EDT on 31 October → 08:00 EST on 1 November is 10 hours, not 9.
    const period = quietPeriodAt(new Date('2026-11-01T03:00:00Z'), quietHours, zone);
    expect(period).toEqual({
      start: new Date('2026-11-01T01:00:00Z'),
      end: new Date('2026-11-01T13:00:00Z'),
    });
  });

  it('sends a reminder outside quiet hours as scheduled', () => {
    // Shift 14:00 EDT on 11 June; 24 h reminder at 14:00 EDT on 10 June.
    expect(placed(reminder('2026-06-11T18:00:00Z', 24))).toEqual({
      at: '2026-06-10T18:00:00.000Z',
      urgent: false,
      rule: 'as_scheduled',
    });
  });

  it('moves a reminder in quiet hours to the last minute before they began', () => {
    // Shift 07:00 EDT on 11 June; 24 h reminder due 07:00 on 10 June → 20:59 on 9 June.
    expect(placed(reminder('2026-06-11T11:00:00Z', 24))).toEqual({
      at: '2026-06-10T00:59:00.000Z',
      urgent: false,
      rule: 'before_quiet_hours',
    });
  });

  it('moves it to the end of quiet hours when earlier would add more than half its lead', () => {
    // Shift 08:30 EDT; 1 h reminder due 07:30 → 08:00 (20:59 the night before is far too early).
    expect(placed(reminder('2026-06-11T12:30:00Z', 1))).toEqual({
      at: '2026-06-11T12:00:00.000Z',
      urgent: false,
      rule: 'after_quiet_hours',
    });
  });

  it('moves it to the end of quiet hours when the last minute before them has passed', () => {
    // Booked at 22:00 EDT for a 10:00 shift next morning: the 12 h reminder (22:00) would move
    // to 20:59, which is gone, so it goes at 08:00.
    expect(placed(reminder('2026-06-11T14:00:00Z', 12, '2026-06-11T01:30:00Z'))).toEqual({
      at: '2026-06-11T12:00:00.000Z',
      urgent: false,
      rule: 'after_quiet_hours',
    });
  });

  it('sends it as scheduled, urgent, when quiet hours end only after the shift starts', () => {
    // Shift 07:00 EDT; 1 h reminder due 06:00: 08:00 is too late, 20:59 too early.
    expect(placed(reminder('2026-06-11T11:00:00Z', 1))).toEqual({
      at: '2026-06-11T10:00:00.000Z',
      urgent: true,
      rule: 'urgent_in_quiet_hours',
    });
  });

  it('skips a reminder already due when the shift is booked', () => {
    expect(placed(reminder('2026-06-11T18:00:00Z', 24, '2026-06-11T00:00:00Z'))).toBeNull();
  });

  it('sends everything as scheduled when the organisation has no quiet hours', () => {
    expect(placed({ ...reminder('2026-06-11T11:00:00Z', 1), quietHours: null })).toMatchObject({
      rule: 'as_scheduled',
    });
  });

  it('handles quiet hours that do not cross midnight', () => {
    const input = {
      ...reminder('2026-06-11T18:00:00Z', 1),
      quietHours: { start: '12:00', end: '14:00' },
    };
    // Due 13:00 EDT; 11:59 is 1 h early (more than half of 1 h); 14:00 is the start: urgent.
    expect(placed(input)).toMatchObject({ rule: 'urgent_in_quiet_hours' });
    const twoHours = {
      ...reminder('2026-06-11T19:00:00Z', 2),
      quietHours: { start: '12:00', end: '14:00' },
    };
    // Due 13:00 EDT for a 15:00 start: 11:59 is 61 min early, over half of 2 h, so 14:00.
    expect(placed(twoHours)).toMatchObject({
      at: '2026-06-11T18:00:00.000Z',
      rule: 'after_quiet_hours',
    });
    const longer = {
      ...reminder('2026-06-11T20:00:00Z', 3),
      quietHours: { start: '12:00', end: '14:00' },
    };
    // Due 13:00 EDT for a 16:00 start: 11:59 is 61 min early, within half of 3 h.
    expect(placed(longer)).toEqual({
      at: '2026-06-11T15:59:00.000Z',
      urgent: false,
      rule: 'before_quiet_hours',
    });
  });
});

describe('when an offer is sent', () => {
  // 02:00 EDT on 11 June; quiet hours end at 08:00 EDT (12:00Z).
  const night = {
    now: new Date('2026-06-11T06:00:00Z'),
    quietHours,
    zone,
    urgent: false,
    urgentInQuietHours: false,
  };
  const at = (input: Partial<Parameters<typeof offerSendTime>[0]>) =>
    offerSendTime({
      ...night,
      shiftStart: new Date('2026-06-12T13:00:00Z'),
      ...input,
    }).toISOString();

  it('goes at once outside quiet hours, and at their end inside them', () => {
    expect(at({ now: new Date('2026-06-11T16:00:00Z') })).toBe('2026-06-11T16:00:00.000Z');
    expect(at({})).toBe('2026-06-11T12:00:00.000Z');
    expect(at({ quietHours: null })).toBe('2026-06-11T06:00:00.000Z');
  });

  it("reads quiet hours in the recipient's zone", () => {
    // 02:00 in New York is 23:00 in Los Angeles: quiet there until 08:00 PDT (15:00Z).
    expect(at({ zone: 'America/Los_Angeles' })).toBe('2026-06-11T15:00:00.000Z');
    // 02:00 in New York is 08:00 in Paris: not quiet there.
    expect(at({ zone: 'Europe/Paris' })).toBe('2026-06-11T06:00:00.000Z');
  });

  it('lets an urgent replacement go at night only if allowed and the shift starts before 10am, two hours after quiet hours end', () => {
    const soon = new Date('2026-06-11T13:59:00Z'); // 09:59 EDT
    const later = new Date('2026-06-11T14:00:00Z'); // 10:00 EDT
    expect(at({ urgent: true, urgentInQuietHours: true, shiftStart: soon })).toBe(
      '2026-06-11T06:00:00.000Z',
    );
    expect(at({ urgent: true, urgentInQuietHours: true, shiftStart: later })).toBe(
      '2026-06-11T12:00:00.000Z',
    );
    expect(at({ urgent: true, urgentInQuietHours: false, shiftStart: soon })).toBe(
      '2026-06-11T12:00:00.000Z',
    );
    expect(at({ urgent: false, urgentInQuietHours: true, shiftStart: soon })).toBe(
      '2026-06-11T12:00:00.000Z',
    );
  });
});

import { join } from 'node:path';
import { attendanceContext, attendanceFlow } from '../../../flows/attendance';
import { start } from '../../../src/engine/transition';
import type { Effect } from '../../../src/engine/types';
import { runGoldenFile } from './golden';

describe('attendance flow (golden)', () => {
  runGoldenFile(attendanceFlow, join(__dirname, 'golden', 'attendance.json'));
});

const timersOf = (effects: Effect[]) =>
  effects.flatMap((e) =>
    e.type === 'setTimer'
      ? [
          {
            id: e.id,
            at: e.at.toISOString(),
            urgent: 'urgent' in e.event ? e.event.urgent : undefined,
          },
        ]
      : [],
  );

const booking = (timeZone: string, shiftStart: string, shiftEnd: string) =>
  attendanceContext({
    assignmentId: 'a1',
    shiftId: 's1',
    personId: 'ana',
    workerName: 'Ana',
    place: 'Riverside Park',
    timeZone,
    shiftStart,
    shiftEnd,
  });

describe('attendance reminders around quiet hours', () => {
  it('uses the default schedule: 24 h and 1 h before, grace 10 min, quiet 21:00–08:00', () => {
    const context = booking(
      'America/New_York',
      '2026-06-06T17:00:00.000Z',
      '2026-06-06T21:00:00.000Z',
    );
    expect(context).toMatchObject({
      reminderMinutesBefore: [1440, 60],
      quietHours: { start: '21:00', end: '08:00' },
      graceMinutes: 10,
      graceAt: '2026-06-06T17:10:00.000Z',
    });
    expect(
      timersOf(start(attendanceFlow, context, new Date('2026-06-01T00:00:00Z')).effects),
    ).toEqual([
      { id: 'assignment:a1:reminder-1440', at: '2026-06-05T17:00:00.000Z', urgent: false },
      { id: 'assignment:a1:reminder-60', at: '2026-06-06T16:00:00.000Z', urgent: false },
      { id: 'assignment:a1:grace-0', at: '2026-06-06T17:10:00.000Z', urgent: undefined },
    ]);
  });

  it('places reminders in local time across the night New York clocks go back', () => {
    // Sunday 1 Nov 2026, 07:30 EST. 24 elapsed hours before is 08:30 EDT Saturday, outside quiet
    // hours. The 1 h reminder (06:30 EST, quiet) cannot move 9 h early and 08:00 is after the
    // start, so it goes at 06:30, urgent.
    const context = booking(
      'America/New_York',
      '2026-11-01T12:30:00.000Z',
      '2026-11-01T16:30:00.000Z',
    );
    expect(
      timersOf(start(attendanceFlow, context, new Date('2026-10-20T00:00:00Z')).effects),
    ).toEqual([
      { id: 'assignment:a1:reminder-1440', at: '2026-10-31T12:30:00.000Z', urgent: false },
      { id: 'assignment:a1:reminder-60', at: '2026-11-01T11:30:00.000Z', urgent: true },
      { id: 'assignment:a1:grace-0', at: '2026-11-01T12:40:00.000Z', urgent: undefined },
    ]);
  });

  it('places reminders in local time across the night Paris clocks go forward', () => {
    // Sunday 29 Mar 2026, 08:30 CEST (06:30Z). 24 elapsed hours before is 07:30 CET Saturday,
    // quiet, so it moves to 20:59 CET Friday (10.5 h earlier, within half of 24 h). The 1 h
    // reminder is due 07:30 CEST (quiet) and goes at 08:00 CEST, still before the start.
    const context = booking('Europe/Paris', '2026-03-29T06:30:00.000Z', '2026-03-29T10:30:00.000Z');
    expect(
      timersOf(start(attendanceFlow, context, new Date('2026-03-20T00:00:00Z')).effects),
    ).toEqual([
      { id: 'assignment:a1:reminder-1440', at: '2026-03-27T19:59:00.000Z', urgent: false },
      { id: 'assignment:a1:reminder-60', at: '2026-03-29T06:00:00.000Z', urgent: false },
      { id: 'assignment:a1:grace-0', at: '2026-03-29T06:40:00.000Z', urgent: undefined },
    ]);
  });
});

describe('a replacement booked after the shift started', () => {
  it('is given time to travel before "are you on your way?", never past the end', () => {
    const context = booking(
      'America/New_York',
      '2026-11-25T14:00:00.000Z',
      '2026-11-25T18:00:00.000Z',
    );
    const at = (iso: string) => timersOf(start(attendanceFlow, context, new Date(iso)).effects);
    // Booked at 9:31 for a 9am start: asked at 9:31 + 45 min travel + 10 min grace.
    expect(at('2026-11-25T14:31:00.000Z')).toEqual([
      { id: 'assignment:a1:grace-0', at: '2026-11-25T15:26:00.000Z', urgent: undefined },
    ]);
    // Booked at 12:40 for a shift ending at 1pm: asked at the end at the latest.
    expect(at('2026-11-25T17:40:00.000Z')).toEqual([
      { id: 'assignment:a1:grace-0', at: '2026-11-25T18:00:00.000Z', urgent: undefined },
    ]);
  });
});

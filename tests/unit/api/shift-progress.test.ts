import { shiftProgress, type SeatStates } from '../../../src/http/api/v1/views/shift-progress';

const seat = (attendance: string | null, completion: string | null = null): SeatStates => ({
  attendance,
  completion,
});
const booked = seat('booked');
const working = seat('checked_in', 'working');
const confirmed = seat('checked_in', 'confirmed');

describe("a shift's progress on the board", () => {
  it('is cancelled once cancelled, whatever its places say', () => {
    expect(shiftProgress({ cancelled: true, ended: false, places: 1, seats: [confirmed] })).toBe(
      'cancelled',
    );
  });

  it('is open while places are free and nobody has arrived', () => {
    expect(shiftProgress({ cancelled: false, ended: false, places: 2, seats: [] })).toBe('open');
    expect(shiftProgress({ cancelled: false, ended: false, places: 2, seats: [booked] })).toBe(
      'open',
    );
  });

  it('is unfilled, not open, once nobody is left to offer a missing place, or it ended unfilled', () => {
    const free = { cancelled: false, places: 2, seats: [booked] };
    expect(shiftProgress({ ...free, ended: false, nobodyLeft: true })).toBe('unfilled');
    expect(shiftProgress({ ...free, ended: true })).toBe('unfilled');
    expect(shiftProgress({ ...free, ended: false, nobodyLeft: false })).toBe('open');
    expect(
      shiftProgress({ ...free, ended: false, nobodyLeft: true, seats: [booked, booked] }),
    ).toBe('filled');
  });

  it('is filled when every place is taken and nobody has arrived', () => {
    expect(
      shiftProgress({ cancelled: false, ended: false, places: 2, seats: [booked, seat(null)] }),
    ).toBe('filled');
  });

  it('is in progress once someone has checked in', () => {
    expect(
      shiftProgress({ cancelled: false, ended: false, places: 2, seats: [booked, working] }),
    ).toBe('in_progress');
    expect(
      shiftProgress({ cancelled: false, ended: false, places: 3, seats: [confirmed, working] }),
    ).toBe('in_progress');
  });

  it.each(['reported', 'reminded', 'escalated'])(
    'awaits confirmation while reported hours are %s',
    (completion) => {
      const reported = seat('checked_in', completion);
      expect(
        shiftProgress({ cancelled: false, ended: false, places: 2, seats: [working, reported] }),
      ).toBe('awaiting_confirmation');
    },
  );

  it('is disputed when any hours are disputed, even with others awaiting confirmation', () => {
    const disputed = seat('checked_in', 'disputed');
    const reported = seat('checked_in', 'reported');
    expect(
      shiftProgress({ cancelled: false, ended: false, places: 2, seats: [reported, disputed] }),
    ).toBe('disputed');
  });

  it('is confirmed only when every place is taken and every place confirmed', () => {
    expect(
      shiftProgress({ cancelled: false, ended: false, places: 2, seats: [confirmed, confirmed] }),
    ).toBe('confirmed');
    expect(shiftProgress({ cancelled: false, ended: false, places: 2, seats: [confirmed] })).toBe(
      'in_progress',
    );
    expect(
      shiftProgress({
        cancelled: false,
        ended: false,
        places: 2,
        seats: [confirmed, seat('checked_in', 'reported')],
      }),
    ).toBe('awaiting_confirmation');
  });

  it('is confirmed after the end when every place taken was confirmed, even with a place never filled', () => {
    expect(shiftProgress({ cancelled: false, ended: true, places: 2, seats: [confirmed] })).toBe(
      'confirmed',
    );
    expect(shiftProgress({ cancelled: false, ended: true, places: 2, seats: [] })).toBe('unfilled');
    expect(
      shiftProgress({
        cancelled: false,
        ended: true,
        places: 2,
        seats: [confirmed, seat('checked_in', 'reported')],
      }),
    ).toBe('awaiting_confirmation');
  });
});

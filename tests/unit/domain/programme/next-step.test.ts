import { earnedNextStep } from '../../../../src/domain/programme';

describe("a programme's next step is earned", () => {
  const threshold = { minutesConfirmed: 600, maxNoShows: 1 };

  it('with the confirmed minutes and no more no-shows than allowed', () => {
    expect(earnedNextStep({ usedMinutes: 600, noShows: 0 }, threshold)).toBe(true);
    expect(earnedNextStep({ usedMinutes: 720, noShows: 1 }, threshold)).toBe(true);
  });

  it('not before the minutes are confirmed, nor with too many no-shows', () => {
    expect(earnedNextStep({ usedMinutes: 599, noShows: 0 }, threshold)).toBe(false);
    expect(earnedNextStep({ usedMinutes: 600, noShows: 2 }, threshold)).toBe(false);
  });
});

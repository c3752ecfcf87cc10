import { seedHarbour, type World } from '../support/harbour';
import { Scenario } from '../support/scenario';

jest.setTimeout(180_000);

/** Harbour books with 2 hours' notice; groceries 8am-7pm; the afternoon is 1-5pm, the evening 5-8pm. */
describe('a part of the day asked for once it has begun', () => {
  let s: Scenario;
  let w: World;

  afterEach(() => s.stop());

  describe('at 1:40pm on Monday 23 Nov 2026 in New York', () => {
    beforeEach(async () => {
      s = await Scenario.start('2026-11-23T18:40:00Z');
      w = await seedHarbour(s);
    });

    it('books "this afternoon" at its next bookable time, not a time already gone', async () => {
      const maria = w.maria.phone!;
      await s.text(maria, 'can someone help me with groceries this afternoon?');
      expect(s.inbox(maria)).toEqual([
        'Groceries, Mon 23 Nov, 4-6pm, at your home. Reply YES to book or tell me what to change.',
      ]);
      await s.text(maria, 'yes');
      const shifts = await s.models.Shift.find({ client: w.maria._id }).lean();
      expect(shifts.map((x) => x.start.toISOString())).toEqual(['2026-11-23T21:00:00.000Z']);
    });

    it('does the same for "esta tarde" in Spanish', async () => {
      const rosa = w.rosa.phone!;
      await s.text(rosa, 'necesito ayuda con las compras esta tarde');
      expect(s.inbox(rosa)).toEqual([
        'Compras, lun 23 nov, 16-18 h, en su casa. Responda SI para reservar o cuénteme qué cambiar.',
      ]);
    });
  });

  describe('at 8:30pm on Monday 23 Nov 2026 in New York', () => {
    beforeEach(async () => {
      s = await Scenario.start('2026-11-24T01:30:00Z');
      w = await seedHarbour(s);
    });

    it('answers "tonight" once the evening is over with the nearest times, one of which the client picks', async () => {
      const maria = w.maria.phone!;
      await s.text(maria, 'groceries tonight');
      expect(s.inbox(maria)).toEqual([
        "It's too late for tonight. Nearest times: 1) Tue 24 Nov, 8am 2) Tue 24 Nov, 8:30am 3) Tue 24 Nov, 9am. Reply with a number or another time.",
      ]);
      await s.text(maria, '3');
      expect(s.inbox(maria)).toEqual([
        'Groceries, Tue 24 Nov, 9-11am, at your home. Reply YES to book or tell me what to change.',
      ]);
    });

    it('does the same for "ce soir" in French', async () => {
      const louis = w.louis.phone!;
      await s.text(louis, 'des courses ce soir');
      expect(s.inbox(louis)).toEqual([
        'Il est trop tard pour ce soir. Heures les plus proches : 1) mar. 24 nov., 8 h 2) mar. 24 nov., 8 h 30 3) mar. 24 nov., 9 h. Répondez par un numéro ou une autre heure.',
      ]);
    });
  });
});

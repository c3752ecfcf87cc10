import { reconcile } from '../../src/jobs/reconciler';
import { HOUR, MINUTE } from '../support/cast';
import { seedHarbour, type World } from '../support/harbour';
import { loseRedisData } from '../support/lose-redis-data';
import { codeIn, Scenario } from '../support/scenario';

jest.setTimeout(180_000);

/** Harbour tells a client whose visit nobody has taken 24 hours before it (the default). */
describe('a visit nobody has taken by its notice time', () => {
  let s: Scenario;
  let w: World;

  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    w = await seedHarbour(s);
  });
  afterEach(() => s.stop());

  async function bookDeclined(phone: string, request: string, yes: string) {
    await s.text(phone, request);
    await s.text(phone, yes);
    s.inbox(phone);
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `no ${codeIn(offer)}`);
    s.inbox(w.ana.phone!);
    s.inbox(w.cora.phone!);
  }

  it('offers the client other times a day before, tells the coordinator, and moves it to the one picked', async () => {
    const maria = w.maria.phone!;
    await bookDeclined(maria, 'groceries wednesday at 10am', 'yes');

    await s.advance(25 * HOUR - MINUTE);
    expect(s.inbox(maria)).toEqual([]);
    await s.advance(2 * MINUTE);
    expect(s.inbox(maria)).toEqual([
      'No one has taken your visit on Wed 25 Nov, 10am-12pm yet. Other times: 1) Thu 26 Nov, 10am 2) Fri 27 Nov, 10am 3) Sat 28 Nov, 10am. Reply with a number to move it, or NO to keep it.',
    ]);
    expect(s.inbox(w.cora.phone!)).toEqual([
      "No one has taken Maria's visit (Groceries) on Wed 25 Nov, 10am-12pm yet. They were offered other times.",
    ]);

    // The client may answer hours later: the dialog waits, without a closing note.
    await s.advance(3 * HOUR);
    expect(s.inbox(maria)).toEqual([]);
    await s.text(maria, '2');
    expect(s.inbox(maria)).toEqual([
      'Move your visit to Fri 27 Nov, 10am-12pm? Reply YES to move it or tell me what to change.',
    ]);
    await s.text(maria, 'yes');
    expect(s.inbox(maria)).toEqual([
      "Moved: your visit is now Fri 27 Nov, 10am-12pm. We'll text you who is coming.",
    ]);
    const shifts = await s.models.Shift.find({ client: w.maria._id }).sort({ start: 1 }).lean();
    expect(shifts.map((x) => [x.start.toISOString(), x.state])).toEqual([
      ['2026-11-25T15:00:00.000Z', 'cancelled'],
      ['2026-11-27T15:00:00.000Z', 'open'],
    ]);
  });

  it('keeps the visit as it is when the client answers NO', async () => {
    const maria = w.maria.phone!;
    await bookDeclined(maria, 'groceries wednesday at 10am', 'yes');
    await s.advance(25 * HOUR + MINUTE);
    s.inbox(maria);
    await s.text(maria, 'no');
    expect(s.inbox(maria)).toEqual(['OK, your visit stays as it was.']);
    const shifts = await s.models.Shift.find({ client: w.maria._id }).lean();
    expect(shifts.map((x) => x.state)).toEqual(['open']);
  });

  it('closes an unanswered offer of other times when the visit starts, without a note', async () => {
    const maria = w.maria.phone!;
    await bookDeclined(maria, 'groceries wednesday at 10am', 'yes');
    await s.advance(25 * HOUR + MINUTE);
    s.inbox(maria);
    await s.advance(24 * HOUR);
    expect(s.inbox(maria)).toEqual([]);
    const request = await s.models.VisitRequest.findOne({ client: w.maria._id, purpose: 'move' });
    expect(request?.state).toBe('expired');
  });

  it('still tells the client on time when Redis lost its timers, rebuilt by the reconciler', async () => {
    const maria = w.maria.phone!;
    await bookDeclined(maria, 'groceries wednesday at 10am', 'yes');
    expect(await loseRedisData(s)).toBeGreaterThan(0);
    await reconcile(s.runtime);
    await s.advance(25 * HOUR - MINUTE);
    expect(s.inbox(maria)).toEqual([]);
    await s.advance(2 * MINUTE);
    expect(s.inbox(maria)).toEqual([
      expect.stringMatching(/^No one has taken your visit on Wed 25 Nov, 10am-12pm yet\./),
    ]);
  });

  it('says nothing when a worker took the visit', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'groceries wednesday at 10am');
    await s.text(maria, 'yes');
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    s.inbox(maria);
    s.inbox(w.cora.phone!);
    await s.advance(26 * HOUR);
    expect(s.inbox(maria)).toEqual([]);
    expect(s.inbox(w.cora.phone!)).toEqual([]);
  });

  it('tells a client who booked with less notice half-way to the visit, in Spanish', async () => {
    const rosa = w.rosa.phone!;
    // Booked at 9am for 3pm the same day: told at noon.
    await bookDeclined(rosa, 'compras hoy a las 3 de la tarde', 'si');
    await s.advance(3 * HOUR - MINUTE);
    expect(s.inbox(rosa)).toEqual([]);
    await s.advance(2 * MINUTE);
    expect(s.inbox(rosa)).toEqual([
      'Por ahora nadie ha tomado su visita del lun 23 nov, 15-17 h. Otras horas: 1) mar 24 nov, 15 h 2) mié 25 nov, 15 h 3) jue 26 nov, 15 h. Responda con la que prefiera para cambiarla, o NO para mantenerla.',
    ]);
  });
});

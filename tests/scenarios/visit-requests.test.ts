import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import { MINUTE } from '../support/cast';
import { seedHarbour, type World } from '../support/harbour';
import { codeIn, Scenario } from '../support/scenario';

jest.setTimeout(180_000);

describe('clients book visits by text, in their own words', () => {
  let s: Scenario;
  let w: World;

  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    w = await seedHarbour(s);
  });
  afterEach(() => s.stop());

  it('books a visit asked for in two texts in English, and tells the client who is coming', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'can someone help me with groceries tuesday?');
    expect(s.inbox(maria)).toEqual(['What time on Tue 24 Nov?']);
    await s.text(maria, '10am');
    expect(s.inbox(maria)).toEqual([
      'Groceries, Tue 24 Nov, 10am-12pm, at your home. Reply YES to book or tell me what to change.',
    ]);
    await s.text(maria, 'yes');
    expect(s.inbox(maria)).toEqual([
      "Booked: Groceries, Tue 24 Nov, 10am-12pm, at your home. We'll text you who is coming.",
    ]);
    const [offer] = s.inbox(w.ana.phone!);
    expect(offer).toContain('Tue 24 Nov, 10am-12pm, Maria (home)');

    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    expect(s.inbox(maria)).toEqual([
      'Ana is coming for your groceries visit on Tue 24 Nov, 10am-12pm. Reply STATUS any time.',
    ]);
    const shifts = await s.models.Shift.find({ client: w.maria._id }).lean();
    expect(shifts.map((x) => [x.service, x.start.toISOString(), x.state])).toEqual([
      ['groceries', '2026-11-24T15:00:00.000Z', 'filled'],
    ]);

    await s.text(maria, 'STATUS');
    expect(s.inbox(maria)).toEqual(['Your next visit:\nTue 24 Nov, 10am-12pm, Groceries: Ana']);
  });

  it.each([
    {
      language: 'Spanish',
      client: 'rosa' as const,
      texts: ['necesito ayuda con las compras el miércoles', 'a las 11', 'si'],
      answers: [
        '¿A qué hora el mié 25 nov?',
        'Compras, mié 25 nov, 11-13 h, en su casa. Responda SI para reservar o cuénteme qué cambiar.',
        'Reservado: Compras, mié 25 nov, 11-13 h, en su casa. Le diremos quién viene.',
      ],
      coming:
        'Ana viene para su visita de compras del mié 25 nov, 11-13 h. Responda STATUS cuando quiera.',
    },
    {
      language: 'French',
      client: 'louis' as const,
      texts: ["besoin d'aide pour les courses jeudi", '14h', 'oui'],
      answers: [
        'À quelle heure le jeu. 26 nov. ?',
        'Courses, jeu. 26 nov., 14 h-16 h, chez vous. Répondez OUI pour réserver ou dites-moi quoi changer.',
        'Réservé : Courses, jeu. 26 nov., 14 h-16 h, chez vous. Nous vous dirons qui vient.',
      ],
      coming:
        'Ana vient pour votre visite (courses) du jeu. 26 nov., 14 h-16 h. Répondez STATUS à tout moment.',
    },
  ])('books and fills a visit asked for in two texts in $language', async (c) => {
    const phone = w[c.client].phone!;
    for (const [n, text] of c.texts.entries()) {
      await s.text(phone, text);
      expect(s.inbox(phone)).toEqual([c.answers[n]]);
    }
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    expect(s.inbox(phone)).toEqual([c.coming]);
  });

  it('books a series of 5 weekly visits, each its own shift', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'groceries every monday morning for 5 weeks');
    expect(s.inbox(maria)).toEqual([
      'Groceries, Mon 30 Nov, 9-11am, then every week: 5 visits, at your home. Reply YES to book or tell me what to change.',
    ]);
    await s.text(maria, 'YES');
    expect(s.inbox(maria)).toEqual([
      "Booked 5 visits: Groceries, Mon 30 Nov, 9-11am and every week after. We'll text you who is coming.",
    ]);
    const shifts = await s.models.Shift.find({ client: w.maria._id }).sort({ start: 1 }).lean();
    expect(shifts.map((x) => x.start.toISOString())).toEqual([
      '2026-11-30T14:00:00.000Z',
      '2026-12-07T14:00:00.000Z',
      '2026-12-14T14:00:00.000Z',
      '2026-12-21T14:00:00.000Z',
      '2026-12-28T14:00:00.000Z',
    ]);
    expect(new Set(shifts.map((x) => x.visitRequest?.toString())).size).toBe(1);
    // Each visit is offered on its own: Ana has five offers.
    expect(s.inbox(w.ana.phone!)).toHaveLength(5);
  });

  it('moves a booked visit, telling its worker, then calls the new one off', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'groceries tuesday at 10am');
    await s.text(maria, 'yes');
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    s.inbox(maria);
    s.inbox(w.ana.phone!);

    await s.text(maria, 'can we do 3pm instead?');
    expect(s.inbox(maria)).toEqual([
      'Move your visit to Tue 24 Nov, 3-5pm? Reply YES to move it or tell me what to change.',
    ]);
    await s.text(maria, 'yes');
    expect(s.inbox(maria)).toEqual([
      "Moved: your visit is now Tue 24 Nov, 3-5pm. We'll text you who is coming.",
    ]);
    const [cancelled, newOffer] = s.inbox(w.ana.phone!);
    expect(cancelled).toContain('Tue 24 Nov, 10am-12pm');
    expect(newOffer).toContain('Tue 24 Nov, 3-5pm');
    await s.text(w.ana.phone!, `yes ${codeIn(newOffer!)}`);
    s.inbox(maria);
    s.inbox(w.ana.phone!);

    await s.text(maria, 'CALL OFF');
    expect(s.inbox(maria)).toEqual([
      'Call off your visit on Tue 24 Nov, 3-5pm? Reply YES to call it off.',
    ]);
    await s.text(maria, 'yes');
    expect(s.inbox(maria)).toEqual(['Your visit on Tue 24 Nov, 3-5pm is called off.']);
    const [told] = s.inbox(w.ana.phone!);
    expect(told).toContain('Tue 24 Nov, 3-5pm');
    const states = await s.models.Shift.find({ client: w.maria._id }).sort({ start: 1 }).lean();
    expect(states.map((x) => x.state)).toEqual(['cancelled', 'cancelled']);
  });

  it('offers the nearest times when the one asked for cannot be booked', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'groceries today at 10am');
    const [refused] = s.inbox(maria);
    expect(refused).toMatch(/^We need 2 hours' notice\. Nearest times: 1\) .+/);
    await s.text(maria, '1');
    expect(s.inbox(maria)[0]).toMatch(/^Groceries, Mon 23 Nov, .+ Reply YES to book/);
  });

  it('hands a request not understood twice to a coordinator, visible through the API', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'the thing with the stuff');
    expect(s.inbox(maria)).toEqual([
      'Sorry, I didn\'t understand. Tell me what help you need and when, e.g. "groceries Tuesday 10am".',
    ]);
    await s.text(maria, 'you know, like last time');
    expect(s.inbox(maria)).toEqual([
      "I've passed your message to a coordinator at Harbour Home Care, who will contact you soon.",
    ]);
    expect(s.inbox(w.cora.phone!)).toEqual([
      `Maria (${maria}) needs help with a visit request: "the thing with the stuff / you know, like last time"`,
    ]);

    const key = await createApiKey(
      s.models,
      { organisation: w.org._id, role: 'read_only', name: 'scenario' },
      s.clock.now(),
    );
    const res = await fetch(`http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1/hand-offs`, {
      headers: { authorization: `Bearer ${key.key}` },
    });
    const body = (await res.json()) as { items: { reason: string; transcript: unknown[] }[] };
    expect(body.items).toMatchObject([
      {
        reason: 'not_understood',
        transcript: [
          { from: 'client', text: 'the thing with the stuff' },
          { from: 'client', text: 'you know, like last time' },
        ],
      },
    ]);
  });

  it('hands a text from an unknown number to a coordinator once, however many follow', async () => {
    const stranger = '+15557654321';
    await s.text(stranger, 'hi I need help with shopping for my mum');
    await s.text(stranger, 'hello?');
    // Answered once a day (issue 15.6: each answer to an unknown number costs a text).
    expect(s.inbox(stranger)).toEqual([
      "Hi, this is Harbour Home Care. We don't have your number yet. To join or get help, please call 555-0100.",
    ]);
    expect(s.inbox(w.cora.phone!)).toEqual([
      `A text from an unknown number ${stranger}: "hi I need help with shopping for my mum". Please contact them.`,
    ]);
    const [handOff] = await s.models.HandOff.find({ from: stranger }).lean();
    expect(handOff?.transcript.map((l) => l.text)).toEqual([
      'hi I need help with shopping for my mum',
      'hello?',
    ]);
  });

  it('closes a dialog left half-way with a short note, and books nothing', async () => {
    const maria = w.maria.phone!;
    await s.text(maria, 'meal help thursday');
    expect(s.inbox(maria)).toEqual(['What time on Thu 26 Nov?']);
    await s.advance(59 * MINUTE);
    expect(s.inbox(maria)).toEqual([]);
    await s.advance(2 * MINUTE);
    expect(s.inbox(maria)).toEqual([
      "We closed this conversation as we didn't hear back, and nothing was changed. Text us again any time.",
    ]);
    await s.text(maria, '10am');
    // A new dialog: "10am" alone names no service, so it asks for one.
    expect(s.inbox(maria)).toEqual([
      'What help do you need? Reply with a number: 1) Groceries 2) Meal',
    ]);
    expect(await s.models.Shift.countDocuments({ client: w.maria._id })).toBe(0);
  });
});

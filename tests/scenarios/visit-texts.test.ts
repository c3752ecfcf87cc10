import { HOUR, MINUTE } from '../support/cast';
import { seedHarbour, type World } from '../support/harbour';
import { codeIn, Scenario } from '../support/scenario';
import { seedPerson } from '../support/seed';

jest.setTimeout(180_000);

/** What a visit's texts say: where, what, who comes, and how the client is addressed (issue 16). */
describe('visit texts', () => {
  let s: Scenario;
  let w: World;

  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
    w = await seedHarbour(s);
  });
  afterEach(() => s.stop());

  const book = async (phone: string, texts: string[]) => {
    for (const text of texts) await s.text(phone, text);
    s.inbox(phone);
  };

  it('offers a home visit by its area, and tells the booked worker the address and how to get in', async () => {
    await s.models.Person.updateOne(
      { _id: w.maria._id },
      { $set: { address: '12 Elm St, Apt 4B, Brooklyn, NY 11201', accessNotes: 'buzzer 4B' } },
    );
    await book(w.maria.phone!, ['groceries tuesday at 10am', 'yes']);
    const [offer] = s.inbox(w.ana.phone!);
    const code = codeIn(offer);
    expect(offer).toBe(
      `New groceries visit from Harbour Home Care: Tue 24 Nov, 10am-12pm, Brooklyn, NY 11201. Reply YES ${code} to take it or NO ${code}.`,
    );
    await s.text(w.ana.phone!, `yes ${code}`);
    expect(s.inbox(w.ana.phone!)).toEqual([
      "You're booked for the groceries visit: Tue 24 Nov, 10am-12pm, Maria, 12 Elm St, Apt 4B, Brooklyn, NY 11201. Access: buzzer 4B. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
  });

  it('tells a Spanish-speaking worker the address and how to get in, in Spanish', async () => {
    const pilar = await seedPerson(s.models, w.org, { name: 'Pilar', language: 'es' });
    await s.models.Person.updateOne(
      { _id: w.rosa._id },
      { $set: { address: '45 Oak Ave, Apt 2, Queens, NY 11101', accessNotes: 'timbre 2' } },
    );
    await book(w.rosa.phone!, ['necesito ayuda con las compras el miércoles', 'a las 11', 'si']);
    const [offer] = s.inbox(pilar.phone!);
    const code = /SI ([A-Z0-9]{3})\b/.exec(offer ?? '')?.[1];
    expect(offer).toBe(
      `Harbour Home Care: Visita de compras disponible el mié 25 nov, 11-13 h, Queens, NY 11101. Responde SI ${code} para aceptar o NO ${code}.`,
    );
    await s.text(pilar.phone!, `si ${code}`);
    expect(s.inbox(pilar.phone!)).toEqual([
      '¡Listo! Tu visita de compras es el mié 25 nov, 11-13 h, Rosa, 45 Oak Ave, Apt 2, Queens, NY 11101. Acceso: timbre 2. Escribe HERE al llegar. Si no puedes ir, escribe DROP.',
    ]);
  });

  it('names the service in the client\'s "who is coming" and the worker\'s reminders', async () => {
    await book(w.maria.phone!, ['groceries tuesday at 10am', 'yes']);
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    s.inbox(w.ana.phone!);
    expect(s.inbox(w.maria.phone!)).toEqual([
      'Ana is coming for your groceries visit on Tue 24 Nov, 10am-12pm. Reply STATUS any time.',
    ]);
    // To 9am on Tuesday: the 24-hour and 1-hour reminders.
    await s.advance(24 * HOUR);
    expect(s.inbox(w.ana.phone!)).toEqual([
      "Reminder: your groceries visit starts in 24 hours (Tue 24 Nov, 10am-12pm, Maria (home)). Text HERE when you arrive, or DROP if you can't go.",
      "Reminder: your groceries visit starts in 1 hour (Tue 24 Nov, 10am-12pm, Maria (home)). Text HERE when you arrive, or DROP if you can't go.",
    ]);
  });

  it('names the service when the worker drops the visit, to both of them', async () => {
    await book(w.maria.phone!, ['groceries tuesday at 10am', 'yes']);
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    s.inbox(w.ana.phone!);
    s.inbox(w.maria.phone!);
    await s.text(w.ana.phone!, 'DROP');
    expect(s.inbox(w.ana.phone!)).toEqual([
      'Drop your groceries visit on Tue 24 Nov, 10am-12pm? Reply DROP again to confirm.',
    ]);
    await s.text(w.ana.phone!, 'DROP');
    expect(s.inbox(w.ana.phone!)).toEqual([
      "OK, you're no longer booked for the groceries visit on Tue 24 Nov, 10am-12pm. Thanks for telling us.",
    ]);
    expect(s.inbox(w.maria.phone!)).toEqual([
      "Ana can't come for your groceries visit on Tue 24 Nov, 10am-12pm. We are finding someone else and will text you.",
    ]);
  });

  it('has the coordinator confirm the hours of a visit only when there is no supervisor', async () => {
    await book(w.maria.phone!, ['groceries tuesday at 10am', 'yes']);
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    const [shift] = await s.models.Shift.find({ client: w.maria._id }).lean();
    expect(shift?.supervisor.toString()).toBe(w.cora.id);
  });

  it('names the service when the client calls the visit off', async () => {
    await book(w.maria.phone!, ['groceries tuesday at 10am', 'yes']);
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    s.inbox(w.ana.phone!);
    await book(w.maria.phone!, ['CALL OFF', 'yes']);
    expect(s.inbox(w.ana.phone!)).toEqual([
      "Harbour Home Care cancelled your groceries visit on Tue 24 Nov, 10am-12pm. You don't need to go. Sorry for the change.",
    ]);
  });

  it("offers a Spanish client's visit first to the worker who speaks Spanish, in Spanish with the service", async () => {
    const pilar = await seedPerson(s.models, w.org, {
      name: 'Pilar',
      language: 'es',
      employmentType: 'part_time',
    });
    await book(w.rosa.phone!, ['necesito ayuda con las compras el miércoles', 'a las 11', 'si']);
    expect(s.inbox(w.ana.phone!)).toEqual([]);
    const [offer] = s.inbox(pilar.phone!);
    const code = /SI ([A-Z0-9]{3})\b/.exec(offer ?? '')?.[1];
    expect(offer).toBe(
      `Harbour Home Care: Visita de compras disponible el mié 25 nov, 11-13 h, Rosa (home). Responde SI ${code} para aceptar o NO ${code}.`,
    );
    const [ranked] = await s.models.Offer.find({ person: pilar._id }).lean();
    expect(ranked?.reasons).toContain("speaks the client's language (es)");
  });

  it('has a supervisor, not the coordinator, confirm the hours of a visit', async () => {
    const sam = await seedPerson(s.models, w.org, {
      name: 'Sam',
      roles: [{ organisation: w.org._id, role: 'supervisor' }],
    });
    await book(w.maria.phone!, ['groceries tuesday at 10am', 'yes']);
    const [offer] = s.inbox(w.ana.phone!);
    await s.text(w.ana.phone!, `yes ${codeIn(offer)}`);
    await s.advance(25 * HOUR);
    await s.text(w.ana.phone!, 'HERE');
    await s.advance(2 * HOUR);
    await s.text(w.ana.phone!, 'DONE');
    const [asked] = s.inbox(sam.phone!);
    expect(asked).toBe(
      `Ana reports done: Tue 24 Nov, 10am-12pm (2 h). Reply OK ${codeIn(asked)} to confirm or NO ${codeIn(asked)}.`,
    );
    expect(s.inbox(w.cora.phone!)).toEqual([]);
  });

  it('addresses Spanish clients as usted, or as tú when the organisation says so', async () => {
    const rosa = w.rosa.phone!;
    await s.text(rosa, 'necesito ayuda con las compras el miércoles a las 11');
    expect(s.inbox(rosa)).toEqual([
      'Compras, mié 25 nov, 11-13 h, en su casa. Responda SI para reservar o cuénteme qué cambiar.',
    ]);
    await s.text(rosa, 'no');
    s.inbox(rosa);
    await s.models.Organisation.updateOne(
      { _id: w.org._id },
      { $set: { clientAddress: 'familiar' } },
    );
    await s.advance(MINUTE);
    await s.text(rosa, 'necesito ayuda con las compras el jueves a las 11');
    expect(s.inbox(rosa)).toEqual([
      'Compras, jue 26 nov, 11-13 h, en tu casa. Responde SI para reservar o dime qué cambiar.',
    ]);
  });
});

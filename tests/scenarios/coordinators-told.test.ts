import type { Types } from 'mongoose';
import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import { HOUR, MINUTE, postWednesdayShift, seedCast, takeOffer } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';

const SHIFT = 'Wed 25 Nov, 9am-1pm, Riverside Park, north gate';
const BOOKED = `You're booked: ${SHIFT}. Text HERE when you arrive. Can't make it? Text DROP.`;

const speaks = (s: Scenario, person: { _id: unknown }, language: 'es' | 'fr') =>
  s.models.Person.updateOne({ _id: person._id }, { $set: { language } });

/** The shift's progress as the admin API shows it to a coordinator's key (the board's groups). */
async function progressInApi(
  s: Scenario,
  org: { _id: Types.ObjectId },
  shift: { _id: unknown },
): Promise<string> {
  const { key } = await createApiKey(
    s.models,
    { organisation: org._id, role: 'coordinator', name: 'Cora at the desk' },
    s.clock.now(),
  );
  const res = await fetch(
    `http://127.0.0.1:${s.h.shiftline.web!.port}/api/v1/shifts/${String(shift._id)}`,
    { headers: { authorization: `Bearer ${key}` } },
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { progress: string }).progress;
}

describe('a shift nobody is left to offer', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('is reported to its coordinator once, with the places missing, and reads unfilled, not open', async () => {
    const cast = await seedCast(s, ['ana', 'ben', 'sam', 'cora']);
    const { ana, ben, sam, cora } = cast;
    const shift = await postWednesdayShift(s, cast);
    expect(await progressInApi(s, cast.org, shift)).toBe('open');

    const [offer] = s.inbox(ana.phone!);
    await s.text(ana.phone!, `NO ${codeIn(offer)}`);
    expect(s.inbox(cora.phone!)).toEqual([]);
    expect(s.inbox(ben.phone!)).toHaveLength(1); // Ben's turn, 30 minutes
    expect(await progressInApi(s, cast.org, shift)).toBe('open');

    await s.advance(30 * MINUTE); // Ben never answers: nobody left
    expect(s.inbox(ben.phone!)).toEqual([
      `Sorry, the offer for ${SHIFT} has closed. We'll text you next time.`,
    ]);
    expect(s.inbox(cora.phone!)).toEqual([
      `Unfilled: nobody is left to offer ${SHIFT}. 1 place is still missing. Please find someone or change the shift.`,
    ]);
    expect(s.inbox(sam.phone!)).toEqual([]);
    expect(await progressInApi(s, cast.org, shift)).toBe('unfilled');

    await s.advance(60 * HOUR); // past the shift: told once, and it still reads unfilled
    expect(s.inbox(cora.phone!)).toEqual([]);
    expect(await progressInApi(s, cast.org, shift)).toBe('unfilled');
  }, 60_000);

  it('offered to everyone at once: the offers closing together tell the coordinator once, in Spanish', async () => {
    const cast = await seedCast(s, ['ana', 'ben', 'sam', 'cora'], {
      offerStrategy: { kind: 'broadcast' },
    });
    const { ana, ben, cora } = cast;
    await speaks(s, cora, 'es');
    const shift = await postWednesdayShift(s, cast);
    expect(s.inbox(ana.phone!)).toHaveLength(1);
    expect(s.inbox(ben.phone!)).toHaveLength(1);

    await s.advance(48 * HOUR + MINUTE); // Wed 9:01am: both offers closed at the start
    expect(s.inbox(cora.phone!)).toEqual([
      'Sin cubrir: ya no queda nadie a quien ofrecer el mié 25 nov, 9-13 h, Riverside Park, north gate. Falta 1 persona. Busca a alguien o cambia el turno.',
    ]);
    expect(await progressInApi(s, cast.org, shift)).toBe('unfilled');
  }, 60_000);
});

describe('a replacement taking a place someone left', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it('after a no-show: the coordinator and the supervisor hear who is covering, named as the organisation knows them', async () => {
    const cast = await seedCast(s, ['ana', 'cleo', 'sam', 'cora'], {
      graceMinutes: 10,
      noShowAfterMinutes: 20,
    });
    const { ana, cleo, sam, cora, org } = cast;
    // Riverside added Cleo under her full name after another organisation had added her.
    await s.models.Person.updateOne(
      { _id: cleo._id },
      {
        $set: {
          [`records.${org.id}`]: {
            organisation: org._id,
            name: 'Cleo Martin',
            employmentType: 'on_call',
          },
        },
      },
    );
    await postWednesdayShift(s, cast);
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([BOOKED]);

    await s.advance(48 * HOUR + 31 * MINUTE); // Wed 9:31am: the no-show
    expect(s.inbox(sam.phone!)).toEqual([`No-show: Ana has not checked in for ${SHIFT}.`]);
    expect(s.inbox(cora.phone!)).toEqual([
      `No-show: Ana has not checked in for ${SHIFT}. We're looking for a replacement now.`,
    ]);

    await takeOffer(s, cleo);
    expect(s.inbox(cleo.phone!)).toEqual([BOOKED]);
    expect(s.inbox(cora.phone!)).toEqual([`Cleo Martin is covering ${SHIFT}.`]);
    expect(s.inbox(sam.phone!)).toEqual([`Cleo Martin is covering ${SHIFT}.`]);
  }, 60_000);

  it('after a drop: the coordinator hears who is covering, in French; the supervisor, never told of the drop, is not', async () => {
    const cast = await seedCast(s, ['ana', 'cleo', 'sam', 'cora']);
    const { ana, cleo, sam, cora } = cast;
    await speaks(s, cora, 'fr');
    await speaks(s, sam, 'fr');
    await postWednesdayShift(s, cast);
    await takeOffer(s, ana);
    expect(s.inbox(ana.phone!)).toEqual([BOOKED]);

    await s.text(ana.phone!, 'DROP');
    await s.text(ana.phone!, 'DROP');
    expect(s.inbox(cora.phone!)).toEqual([]);
    await takeOffer(s, cleo);
    expect(s.inbox(cleo.phone!)).toEqual([BOOKED]);
    expect(s.inbox(cora.phone!)).toEqual([
      'Cleo assure le mer. 25 nov., 9 h-13 h, Riverside Park, north gate.',
    ]);
    expect(s.inbox(sam.phone!)).toEqual([]);
  }, 60_000);

  it('a first booking tells nobody', async () => {
    const cast = await seedCast(s, ['ana', 'sam', 'cora']);
    await postWednesdayShift(s, cast);
    await takeOffer(s, cast.ana);
    expect(s.inbox(cast.ana.phone!)).toEqual([BOOKED]);
    expect(s.inbox(cast.cora.phone!)).toEqual([]);
    expect(s.inbox(cast.sam.phone!)).toEqual([]);
  }, 60_000);
});

describe('a booked worker who texts STOP', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  async function anaBooked(organisation: Record<string, unknown> = {}) {
    const cast = await seedCast(s, ['ana', 'cleo', 'sam', 'cora'], organisation);
    const shift = await postWednesdayShift(s, cast);
    await takeOffer(s, cast.ana);
    expect(s.inbox(cast.ana.phone!)).toEqual([BOOKED]);
    const seats = () =>
      s.models.Assignment.find({ shift: shift._id })
        .lean()
        .then((all) => all.map((a) => a.person.toString()));
    return { ...cast, shift, seats };
  }

  it('stays booked by default, and the coordinator is told we can no longer text them', async () => {
    const { ana, cleo, cora, seats } = await anaBooked();
    await s.text(ana.phone!, 'STOP');
    expect(s.inbox(cora.phone!)).toEqual([
      `Ana has opted out of our texts, so we can't text them any more. They are still booked for ${SHIFT}: please contact them.`,
    ]);
    expect(await seats()).toEqual([ana.id]);
    expect(s.inbox(cleo.phone!)).toEqual([]);
  }, 60_000);

  it('with placeOnWorkerOptOut release: the place is offered again as after a drop, and the coordinator told who covers', async () => {
    const { ana, cleo, cora, seats } = await anaBooked({ placeOnWorkerOptOut: 'release' });
    await s.text(ana.phone!, 'STOP');
    expect(s.inbox(cora.phone!)).toEqual([
      `Ana has opted out of our texts, so we can't text them any more. Their place on ${SHIFT} is being offered to others.`,
    ]);
    expect(await seats()).toEqual([]);
    const [urgent] = s.inbox(cleo.phone!);
    const code = codeIn(urgent);
    expect(urgent).toBe(
      `Urgent: shift starting soon, ${SHIFT} (Riverside Outreach). Reply YES ${code} to take it or NO ${code}.`,
    );

    await s.text(cleo.phone!, `YES ${code}`);
    expect(s.inbox(cleo.phone!)).toEqual([BOOKED]);
    expect(await seats()).toEqual([cleo.id]);
    expect(s.inbox(cora.phone!)).toEqual([`Cleo is covering ${SHIFT}.`]);
    expect(s.inbox(ana.phone!)).toEqual([]);
  }, 60_000);

  it('tells a Spanish-speaking coordinator in Spanish', async () => {
    const { ana, cora } = await anaBooked();
    await speaks(s, cora, 'es');
    await s.text(ana.phone!, 'STOP');
    expect(s.inbox(cora.phone!)).toEqual([
      'Ana se dio de baja de nuestros mensajes y ya no podemos escribirle. Su lugar del mié 25 nov, 9-13 h, Riverside Park, north gate sigue reservado: por favor, llámale.',
    ]);
  }, 60_000);
});

import { HOUR, MINUTE, seedCast } from '../support/cast';
import { codeIn, Scenario } from '../support/scenario';
import { apiAs } from '../support/scenario-api';
import { seedOrganisation, seedPerson } from '../support/seed';

const BAKERY = '+15005550007';

/**
 * Riverside's workers Ana and Ben; Bakery Brothers (its own number, no workers of its own) with
 * its supervisor Bo and coordinator Cy. Ana and Ben share their records with the bakery by text.
 */
async function world(s: Scenario, bakeryQuietHours: { start: string; end: string } | null = null) {
  const { org: riverside, ana, ben } = await seedCast(s, ['ana', 'ben']);
  const bakery = await seedOrganisation(s.models, {
    name: 'Bakery Brothers',
    smsNumbers: [BAKERY],
    offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
    quietHours: bakeryQuietHours,
  });
  const bo = await seedPerson(s.models, bakery, {
    name: 'Bo',
    roles: [{ organisation: bakery._id, role: 'supervisor' }],
  });
  const cy = await seedPerson(s.models, bakery, {
    name: 'Cy',
    roles: [{ organisation: bakery._id, role: 'coordinator' }],
  });
  for (const worker of [ana, ben]) {
    await s.text(worker.phone!, 'SHARE Bakery Brothers');
    expect(s.inbox(worker.phone!)).toEqual([
      'Your record is now shared with Bakery Brothers. To stop, text UNSHARE Bakery Brothers.',
    ]);
  }
  const api = await apiAs(s, bakery, 'coordinator', 'Hiring desk');
  const postShift = async () => {
    const res = await api('post', '/shifts', {
      place: 'Bakery, 4 Mill Lane',
      start: '2026-11-25T14:00:00.000Z',
      end: '2026-11-25T18:00:00.000Z',
      places: 1,
      supervisorId: bo.id,
      coordinatorId: cy.id,
    });
    expect(res.status).toBe(201);
    await s.settle();
    s.inbox(cy.phone!);
    return res.body.id as string;
  };
  return { riverside, ana, ben, bakery, bo, cy, api, postShift };
}

describe('inviting a person found in the candidate search', () => {
  let s: Scenario;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 9am in New York.
    s = await Scenario.start('2026-11-23T14:00:00Z');
  });
  afterEach(() => s.stop());

  it("offers another organisation's worker a shift they find by search; their YES books them, and the shift is worked and confirmed as any", async () => {
    const { ana, bo, api, postShift } = await world(s);
    const shiftId = await postShift();

    const found = await api('get', '/candidates');
    expect(found.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ personId: ana.id, via: 'shared' })]),
    );
    const invited = await api('post', `/candidates/${ana.id}/invitations`, {
      kind: 'shift',
      shiftId,
      message: 'We liked your food bank work.',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      personId: ana.id,
      kind: 'shift',
      shiftId,
      message: 'We liked your food bank work.',
      offer: { sendAt: '2026-11-23T14:00:00.000Z' },
    });
    await s.settle();
    const [offer] = s.inbox(ana.phone!);
    expect(offer).toBe(
      `Bakery Brothers invites you: Shift Wed 25 Nov, 9am-1pm, Bakery, 4 Mill Lane. They say: "We liked your food bank work." Reply YES ${codeIn(offer)} to take it or NO ${codeIn(offer)}.`,
    );

    // Ana has no role at the bakery: her YES to its number is still hers, and takes the place.
    await s.text(ana.phone!, 'YES', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      "You're booked: Wed 25 Nov, 9am-1pm, Bakery, 4 Mill Lane. Text HERE when you arrive. Can't make it? Text DROP.",
    ]);
    expect(await s.models.Assignment.countDocuments({ shift: shiftId, person: ana._id })).toBe(1);

    // The shift's page shows the offer came from an invitation, and by whom.
    const detail = await api('get', `/shifts/${shiftId}`);
    expect(JSON.stringify(detail.body)).toContain('invited by Hiring desk');
    const audit = await s.models.AuditEvent.findOne({ action: 'candidate.invite' }).lean();
    expect(audit).toMatchObject({
      outcome: 'shift',
      data: { shift: shiftId, by: 'Hiring desk' },
    });

    // Wednesday: HERE, DONE, and the bakery's supervisor confirms the hours by text.
    await s.advance(new Date('2026-11-25T13:55:00Z').getTime() - s.clock.now().getTime());
    s.inbox(ana.phone!);
    await s.text(ana.phone!, 'HERE', BAKERY);
    await s.advance(4 * HOUR + 5 * MINUTE);
    await s.text(ana.phone!, 'DONE', BAKERY);
    const [ask] = s.inbox(bo.phone!).slice(-1);
    expect(ask).toContain('Ana');
    await s.text(bo.phone!, `OK ${codeIn(ask)}`, BAKERY);
    expect(
      await s.models.WorkRecord.countDocuments({ person: ana._id, kind: 'hours_confirmed' }),
    ).toBe(1);

    // An invitation is not a role: a week past the shift, Ana is a stranger to the bakery again.
    s.inbox(ana.phone!);
    await s.advance(6 * 24 * HOUR);
    await s.text(ana.phone!, 'STATUS', BAKERY);
    expect(s.inbox(ana.phone!)).not.toEqual([
      expect.stringContaining("We don't have your number yet"),
    ]);
    await s.advance(24 * HOUR);
    await s.text(ana.phone!, 'STATUS', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      expect.stringContaining("Hi, this is Bakery Brothers. We don't have your number yet."),
    ]);
  }, 120_000);

  it('asks to talk: YES gives the coordinators the name and number, NO tells them only that it was declined', async () => {
    const { ana, ben, cy, api } = await world(s);
    const words = 'We are hiring bakers for the spring. Can we call you?';

    expect(
      (await api('post', `/candidates/${ana.id}/invitations`, { kind: 'talk', message: words }))
        .status,
    ).toBe(201);
    await s.settle();
    const [asked] = s.inbox(ana.phone!);
    expect(asked).toBe(
      `Bakery Brothers would like to talk with you. They say: "${words}" Reply YES ${codeIn(asked)} to share your number with Bakery Brothers, NO ${codeIn(asked)} to decline.`,
    );
    await s.text(ana.phone!, 'yes', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks. We've passed your name and number to Bakery Brothers. They'll contact you.",
    ]);
    expect(s.inbox(cy.phone!)).toEqual([
      `Ana (${ana.phone}) accepted your invitation to talk. Please contact them.`,
    ]);
    expect(
      await s.models.AuditEvent.findOne({ action: 'candidate.talk', person: ana._id }).lean(),
    ).toMatchObject({ outcome: 'number_shared' });

    await api('post', `/candidates/${ben.id}/invitations`, { kind: 'talk', message: words });
    await s.settle();
    s.inbox(ben.phone!);
    await s.text(ben.phone!, 'NO', BAKERY);
    expect(s.inbox(ben.phone!)).toEqual(['OK. Your number was not shared with Bakery Brothers.']);
    const told = s.inbox(cy.phone!);
    expect(told).toEqual(['A person you invited to talk declined. Nothing was shared.']);
    expect(told.join()).not.toContain('Ben');
    expect(told.join()).not.toContain(ben.phone!.slice(2));
  }, 120_000);

  it("lets an invitation to talk lapse after two weeks: a late YES is a stranger's and consents to nothing", async () => {
    const { ana, cy, api } = await world(s);
    await api('post', `/candidates/${ana.id}/invitations`, {
      kind: 'talk',
      message: 'Can we call you about a steady job?',
    });
    await s.settle();
    s.inbox(ana.phone!);
    s.inbox(cy.phone!);
    await s.advance(15 * 24 * HOUR);
    await s.text(ana.phone!, 'YES', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      expect.stringContaining("Hi, this is Bakery Brothers. We don't have your number yet."),
    ]);
    // A stranger's text to its number, as any: the bakery is not told who she is.
    const told = s.inbox(cy.phone!).join('\n');
    expect(told).not.toContain('accepted your invitation');
    expect(told).not.toContain('Ana');
    expect(await s.models.AuditEvent.exists({ action: 'candidate.talk' })).toBeNull();
  }, 120_000);

  it('lists an open invitation to talk in STATUS and HELP with its code, and no longer once answered', async () => {
    const { ana, api } = await world(s);
    await api('post', `/candidates/${ana.id}/invitations`, {
      kind: 'talk',
      message: 'Can we call you about a steady job?',
    });
    await s.settle();
    const code = codeIn(s.inbox(ana.phone!)[0]);

    await s.text(ana.phone!, 'STATUS', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      "You have no upcoming shifts. We'll text you when there's work.\n" +
        `Bakery Brothers would like to talk: reply YES ${code} or NO ${code}`,
    ]);
    await s.text(ana.phone!, 'HELP', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      expect.stringContaining(`YES ${code} or NO ${code} to answer Bakery Brothers`),
    ]);

    await s.text(ana.phone!, `NO ${code}`, BAKERY);
    expect(s.inbox(ana.phone!)).toEqual(['OK. Your number was not shared with Bakery Brothers.']);
    await s.text(ana.phone!, 'STATUS', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      "You have no upcoming shifts. We'll text you when there's work.",
    ]);
  }, 120_000);

  it('no longer lists an unanswered invitation to talk once it has run out, two weeks on', async () => {
    const { riverside, ana, api } = await world(s);
    const RIVERSIDE = riverside.smsNumbers[0]!;
    await api('post', `/candidates/${ana.id}/invitations`, { kind: 'talk', message: 'Call?' });
    await s.settle();
    s.inbox(ana.phone!);
    // Asked from Riverside's number: two weeks on, Ana is a stranger to the bakery's.
    await s.advance(13 * 24 * HOUR);
    await s.text(ana.phone!, 'STATUS', RIVERSIDE);
    expect(s.inbox(ana.phone!).join()).toContain('Bakery Brothers would like to talk');
    await s.advance(24 * HOUR + MINUTE);
    await s.text(ana.phone!, 'STATUS', RIVERSIDE);
    expect(s.inbox(ana.phone!)).toEqual([
      "You have no upcoming shifts. We'll text you when there's work.",
    ]);
  }, 120_000);

  it('asks which one when a shift offer and an invitation to talk are both open, and a code picks', async () => {
    const { ana, cy, api, postShift } = await world(s);
    const shiftId = await postShift();
    await api('post', `/candidates/${ana.id}/invitations`, { kind: 'shift', shiftId });
    await api('post', `/candidates/${ana.id}/invitations`, {
      kind: 'talk',
      message: 'Can we call you about a steady job?',
    });
    await s.settle();
    const [offer, talk] = s.inbox(ana.phone!);
    expect(offer).toContain('Bakery Brothers invites you: Shift Wed 25 Nov');
    await s.text(ana.phone!, 'YES', BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      `You have 2 waiting for an answer. Add the code to your reply, like YES ${codeIn(offer)}\n` +
        `${codeIn(offer)}: Wed 25 Nov, 9am-1pm, Bakery, 4 Mill Lane\n` +
        `${codeIn(talk)}: Bakery Brothers would like to talk with you`,
    ]);
    expect(await s.models.Assignment.countDocuments({ shift: shiftId })).toBe(0);
    await s.text(ana.phone!, `YES ${codeIn(talk)}`, BAKERY);
    expect(s.inbox(ana.phone!)).toEqual([
      "Thanks. We've passed your name and number to Bakery Brothers. They'll contact you.",
    ]);
    expect(s.inbox(cy.phone!)).toEqual([
      `Ana (${ana.phone}) accepted your invitation to talk. Please contact them.`,
    ]);
    expect(await s.models.Assignment.countDocuments({ shift: shiftId })).toBe(0);
  }, 120_000);

  it("holds an invitation's text through the person's quiet hours, and takes no answer before it goes", async () => {
    const { ana, api, postShift } = await world(s, { start: '21:00', end: '08:00' });
    const shiftId = await postShift();
    // 11pm in New York.
    await s.advance(new Date('2026-11-24T04:00:00Z').getTime() - s.clock.now().getTime());
    const offered = await api('post', `/candidates/${ana.id}/invitations`, {
      kind: 'shift',
      shiftId,
    });
    expect(offered.body.offer).toMatchObject({ sendAt: '2026-11-24T13:00:00.000Z' });
    await api('post', `/candidates/${ana.id}/invitations`, {
      kind: 'talk',
      message: 'Can we call you about a steady job?',
    });
    await s.settle();
    expect(s.inbox(ana.phone!)).toEqual([]);
    await s.text(ana.phone!, 'YES', BAKERY);
    expect(await s.models.AuditEvent.countDocuments({ action: 'candidate.talk' })).toBe(0);
    expect(await s.models.Assignment.countDocuments({ shift: shiftId })).toBe(0);
    s.inbox(ana.phone!);
    await s.text(ana.phone!, 'STATUS', BAKERY);
    expect(s.inbox(ana.phone!).join()).not.toContain('would like to talk');

    // 8am: both go out.
    await s.advance(9 * HOUR);
    const texts = s.inbox(ana.phone!);
    expect(texts).toHaveLength(2);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Bakery Brothers invites you: Shift Wed 25 Nov'),
        expect.stringContaining('Bakery Brothers would like to talk with you.'),
      ]),
    );
  }, 120_000);
});

import type { Types } from 'mongoose';
import { createApiKey } from '../../../../src/http/api/v1/auth/api-keys';
import type { ApiWorld } from '../../../support/api';
import { seedOrganisation, seedPerson, testNumber } from '../../../support/seed';

export const LATER = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** Records of Riverside (the caller) for the contract test, one for each change it makes. */
export interface Fixtures {
  organisation: string;
  staff: string;
  worker: string;
  workerPhone: string;
  /** Holds the badge `held`. */
  badgeHolder: string;
  otherPhone: string;
  keyToRevoke: string;
  proposal: string;
  offered: string;
  toEnd: string;
  ended: string;
  newClient: string;
  inForce: string;
  /** City Parks: Riverside's partner, whose figures under the partnership Riverside may read. */
  partner: string;
  /** An organisation Riverside has no partnership with. */
  stranger: string;
  shift: string;
  toCancel: string;
  completed: string;
  programme: string;
  /** Riverside's pilot of Wren, to read and change. */
  pilot: string;
  participant: string;
  service: string;
  serviceToWithdraw: string;
  handOff: string;
  /** A worker who shares their record with Riverside. */
  sharer: string;
  /** Riverside's published terms, to withdraw. */
  ownTerms: string;
  /** Terms published by Lake Five, to accept; and by Harbour, which Riverside partners already. */
  termsToAccept: string;
  harbourTerms: string;
}

const id = (doc: { _id: unknown }) => String(doc._id);

export async function makeFixtures(w: ApiWorld): Promise<Fixtures> {
  const m = w.h.models;
  const admin = w.as(w.keys.riverside.admin);
  const staff = await seedPerson(m, w.riverside, {
    name: 'Stella Staff',
    roles: ['supervisor', 'coordinator', 'client'].map((role) => ({
      organisation: w.riverside._id,
      role,
    })),
  });
  const worker = await seedPerson(m, w.riverside, { name: 'Wren Worker' });
  const participant = await seedPerson(m, w.riverside, { name: 'Pip Participant' });
  // One of Riverside's: another organisation's person's number is answered as a free one.
  const other = await seedPerson(m, w.riverside, { name: 'Otto Other' });
  const clients = await Promise.all(
    ['Lake One', 'Lake Two', 'Lake Three'].map((name) =>
      seedOrganisation(m, { name, smsNumbers: [] }),
    ),
  );
  const partnership = (provider: Types.ObjectId, client: Types.ObjectId, extra: object = {}) =>
    m.Partnership.create({ provider, client, chargeCentsPerHour: 1000, ...extra });
  const shift = async (hours: number) => {
    const res = await admin('post', '/shifts', {
      place: `Contract shift ${hours}`,
      start: LATER(hours),
      end: LATER(hours + 2),
      places: 1,
      supervisorId: staff.id,
    });
    return res.body.id as string;
  };
  const completed = await shift(40);
  await m.Shift.updateOne({ _id: completed }, { $set: { state: 'completed' } });
  const programme = await m.Programme.create({
    organisation: w.riverside._id,
    name: 'Contract programme',
    slug: 'contract-programme',
    budgetCents: 100_000,
    hourlyRateCents: 2_000,
    minutesPerParticipant: 600,
    participants: [{ person: participant._id, payType: 'wage' }],
    supervisors: [staff._id],
    createdAt: new Date(),
  });
  const service = (key: string) =>
    m.Service.create({
      organisation: w.riverside._id,
      key,
      names: { en: [key], es: [], fr: [] },
      defaultMinutes: 60,
      createdAt: new Date(),
    });
  await m.Share.create({
    person: worker._id,
    organisation: w.riverside._id,
    active: true,
    sharedAt: new Date(),
  });
  const handOff = await m.HandOff.create({
    organisation: w.riverside._id,
    reason: 'unknown_number',
    from: testNumber(),
    createdAt: new Date(),
  });
  await m.OutboundMessage.create({
    dedupeKey: 'contract-1',
    organisation: w.riverside._id,
    person: worker._id,
    key: 'offer',
    language: 'en',
    body: 'An offer',
    createdAt: new Date(),
  });
  const key = await createApiKey(
    m,
    { organisation: w.riverside._id, role: 'read_only', name: 'to revoke' },
    new Date(),
  );
  const terms = (organisation: Types.ObjectId) =>
    m.PartnershipTerms.create({
      organisation,
      version: 1,
      chargeCentsPerHour: 2_000,
      published: true,
      publishedAt: new Date(),
    });
  const lakeFive = await seedOrganisation(m, { name: 'Lake Five', smsNumbers: [] });
  const inForce = await m.Partnership.findOne({ provider: w.riverside._id, client: w.parks._id });
  return {
    organisation: w.riverside.id,
    staff: staff.id,
    worker: worker.id,
    workerPhone: worker.phone!,
    badgeHolder: (await seedPerson(m, w.riverside, { name: 'Hal Held', badges: ['held'] })).id,
    otherPhone: other.phone!,
    keyToRevoke: id(key.record),
    proposal: id(await partnership(w.riverside._id, clients[0]!._id, { pending: true })),
    offered: id(await partnership(w.harbour._id, w.riverside._id, { pending: true })),
    toEnd: id(await partnership(w.riverside._id, clients[1]!._id)),
    ended: id(await partnership(clients[2]!._id, w.riverside._id, { endedAt: new Date() })),
    newClient: id(await seedOrganisation(m, { name: 'Lake Four', smsNumbers: [] })),
    inForce: id(inForce!),
    partner: id(w.parks),
    stranger: id(await seedOrganisation(m, { name: 'Far Five', smsNumbers: [] })),
    shift: await shift(30),
    toCancel: await shift(35),
    completed,
    programme: id(programme),
    pilot: id(
      await m.Pilot.create({
        organisation: w.riverside._id,
        name: 'Contract pilot',
        badge: 'held',
        cohort: [worker._id],
        from: '2026-12-01',
        to: '2026-12-31',
        createdBy: { key: key.record._id, name: 'to revoke' },
        createdAt: new Date(),
      }),
    ),
    participant: participant.id,
    service: id(await service('errands')),
    serviceToWithdraw: id(await service('laundry')),
    handOff: id(handOff),
    sharer: worker.id,
    ownTerms: id(await terms(w.riverside._id)),
    termsToAccept: id(await terms(lakeFive._id)),
    harbourTerms: id(await terms(w.harbour._id)),
  };
}

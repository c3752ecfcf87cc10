import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Logger } from '../log';
import type { Models } from '../models';
import type { Organisation } from '../models/organisation';
import type { Person } from '../models/person';
import type { Shift } from '../models/shift';
import { onWrites } from '../models/write-notices';
import { CachedLookups } from './cached-lookups';

export type OrganisationDoc = Organisation & { _id: Person['organisation'] };
export type PersonDoc = Person;
export type Channel = 'sms' | 'whatsapp';

/** A net under any write the notices could miss (a write made outside mongoose). */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Organisations, people and shifts by _id (and the first two by number), from memory when it has
 * them. They are read on every text in and out and change rarely. Every write through mongoose in this process forgets
 * what it changed at once; other processes hear of it on a Redis channel; a process that lost the
 * channel (Redis restarted) forgets everything. Callers get shared documents: never mutate them.
 */
export class Directory {
  private readonly organisations = new CachedLookups<OrganisationDoc>({
    maxEntries: 5_000,
    maxAgeMs: MAX_AGE_MS,
    keysOf: (o) => [
      ...o.smsNumbers.map((n) => `sms:${n}`),
      ...o.whatsappNumbers.map((n) => `whatsapp:${n}`),
    ],
  });
  private readonly people = new CachedLookups<PersonDoc>({
    maxEntries: 100_000,
    maxAgeMs: MAX_AGE_MS,
    keysOf: (p) => [
      ...(p.phone ? [`sms:${p.phone}`] : []),
      ...(p.whatsapp ? [`whatsapp:${p.whatsapp}`] : []),
    ],
  });
  private readonly shifts = new CachedLookups<Shift>({
    maxEntries: 20_000,
    maxAgeMs: MAX_AGE_MS,
    keysOf: () => [],
  });
  private readonly stopListening: () => void;

  constructor(
    private readonly models: Models,
    connection: Connection,
    private readonly bus?: { publisher: Redis; subscriber: Redis; channel: string; log: Logger },
  ) {
    this.stopListening = onWrites(connection, (kind, id) => {
      this.forget(kind, id);
      void bus?.publisher.publish(bus.channel, `${kind}:${id ?? '*'}`).catch(() => undefined);
    });
    if (bus) {
      bus.subscriber.on('message', (channel: string, message: string) => {
        if (channel !== bus.channel) return;
        const [kind, id] = message.split(':');
        this.forget(kind ?? '', id === '*' ? undefined : id);
      });
      // Notices sent while the connection was down are lost: start afresh on every (re)connect.
      bus.subscriber.on('ready', () => this.forgetEverything());
      void bus.subscriber.subscribe(bus.channel).catch((error: Error) => {
        bus.log.warn({ err: error.message }, 'directory notices not subscribed');
      });
    }
  }

  organisation(id: { toString(): string }): Promise<OrganisationDoc | null> {
    const key = id.toString();
    return this.organisations.get(key, () =>
      this.models.Organisation.findById(key).lean<OrganisationDoc>(),
    );
  }

  /** organisation(), for a reference that must resolve (a shift's organisation). */
  async organisationOrFail(id: { toString(): string }): Promise<OrganisationDoc> {
    const found = await this.organisation(id);
    if (!found) throw new Error(`no organisation ${id.toString()}`);
    return found;
  }

  organisationByNumber(channel: Channel, e164: string): Promise<OrganisationDoc | null> {
    const field = channel === 'whatsapp' ? 'whatsappNumbers' : 'smsNumbers';
    return this.organisations.getBy(`${channel}:${e164}`, () =>
      this.models.Organisation.findOne({ [field]: e164 }).lean<OrganisationDoc>(),
    );
  }

  person(id: { toString(): string }): Promise<PersonDoc | null> {
    const key = id.toString();
    return this.people.get(key, () => this.models.Person.findById(key).lean<PersonDoc>());
  }

  /** Loads the people of a fan-out not yet held, in one query. */
  warmPeople(ids: { toString(): string }[]): Promise<void> {
    return this.people.warm(ids.map(String), (missing) =>
      this.models.Person.find({ _id: { $in: missing } }).lean<PersonDoc[]>(),
    );
  }

  /** Runs a query of whole people (ranking's candidates) and holds them for the texts to come. */
  keepPeople(load: () => Promise<PersonDoc[]>): Promise<PersonDoc[]> {
    return this.people.keepAll(load);
  }

  /** person(), for a reference that must resolve. */
  async personOrFail(id: { toString(): string }): Promise<PersonDoc> {
    const found = await this.person(id);
    if (!found) throw new Error(`no person ${id.toString()}`);
    return found;
  }

  /** A shift: read on every claim, notice and offer; written when it fills or is cancelled. */
  shift(id: { toString(): string }): Promise<Shift | null> {
    const key = id.toString();
    return this.shifts.get(key, () => this.models.Shift.findById(key).lean<Shift>());
  }

  async shiftOrFail(id: { toString(): string }): Promise<Shift> {
    const found = await this.shift(id);
    if (!found) throw new Error(`no shift ${id.toString()}`);
    return found;
  }

  personByAddress(channel: Channel, e164: string): Promise<PersonDoc | null> {
    const field = channel === 'whatsapp' ? 'whatsapp' : 'phone';
    return this.people.getBy(`${channel}:${e164}`, () =>
      this.models.Person.findOne({ [field]: e164 }).lean<PersonDoc>(),
    );
  }

  close(): void {
    this.stopListening();
  }

  private forget(kind: string, id: string | undefined): void {
    const lookups = { organisation: this.organisations, person: this.people, shift: this.shifts }[
      kind
    ];
    if (!lookups) return;
    if (id === undefined) lookups.forgetAll();
    else lookups.forget(id);
  }

  /** For whatever writes around mongoose (a test emptying collections). */
  forgetEverything(): void {
    this.organisations.forgetAll();
    this.people.forgetAll();
    this.shifts.forgetAll();
  }
}

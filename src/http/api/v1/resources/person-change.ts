import type { Types, UpdateQuery } from 'mongoose';
import { isDuplicateKeyError } from '../../../../db/duplicate-key';
import { recordOf, type OrganisationRecord, type Person } from '../../../../models/person';
import type { Runtime } from '../../../../runtime';
import { ApiError } from '../errors/api-error';
import type { PersonPatch, PersonRole } from '../schemas/person';
import { asSeenBy, personVisibility, type Tenancy } from '../tenancy';

export const numberTaken = () =>
  new ApiError(409, 'already_exists', 'phone already belongs to another person');

export const rolesWith = (organisation: Types.ObjectId, roles: PersonRole[]) =>
  roles.map((role) => ({ organisation, role }));

/** The people who have the numbers given, as the person's own (unique) numbers. */
export async function holdersOf(
  runtime: Runtime,
  numbers: { phone?: string | null; whatsapp?: string | null },
): Promise<Person[]> {
  const { Person } = runtime.models;
  const holders = await Promise.all([
    numbers.phone ? Person.findOne({ phone: numbers.phone }).lean<Person>() : null,
    numbers.whatsapp ? Person.findOne({ whatsapp: numbers.whatsapp }).lean<Person>() : null,
  ]);
  return holders.filter((p): p is Person => p !== null);
}

type Target = 'person' | 'record';

/**
 * $set the given fields, $unset cleared numbers (a null would clash in the unique index), in the
 * person's own fields, the organisation's record of them, or both; roles given are added.
 */
function changesOf(
  patch: PersonPatch,
  organisation: Types.ObjectId,
  targets: Target[],
): UpdateQuery<Person> {
  const { roles, ...fields } = patch;
  const at = (target: Target, field: string) =>
    target === 'person' ? field : `records.${organisation.toString()}.${field}`;
  const set: Record<string, unknown> = {};
  const unset: Record<string, 1> = {};
  for (const [field, value] of Object.entries(fields))
    for (const target of targets) {
      if (value === null) unset[at(target, field)] = 1;
      else if (value !== undefined) set[at(target, field)] = value;
    }
  return {
    $set: set,
    ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}),
    ...(roles ? { $addToSet: { roles: { $each: rolesWith(organisation, roles) } } } : {}),
  };
}

/** The organisation's record of the person, made from how it sees them, with the patch applied. */
function recordWith(person: Person, tenancy: Tenancy, patch: PersonPatch): UpdateQuery<Person> {
  const { roles, ...fields } = patch;
  const seen = asSeenBy(person, tenancy);
  const record: Partial<OrganisationRecord> = {
    organisation: tenancy.organisation,
    name: seen.name,
    channel: seen.channel,
    language: seen.language,
    employmentType: seen.employmentType,
    skills: seen.skills,
    badges: seen.badges,
    availability: seen.availability,
    ...(seen.phone ? { phone: seen.phone } : {}),
    ...(seen.whatsapp ? { whatsapp: seen.whatsapp } : {}),
  };
  for (const [field, value] of Object.entries(fields)) {
    if (value === null) delete record[field as keyof OrganisationRecord];
    else if (value !== undefined) Object.assign(record, { [field]: value });
  }
  const us = tenancy.organisation;
  return {
    $set: { [`records.${us.toString()}`]: record },
    ...(roles ? { $addToSet: { roles: { $each: rolesWith(us, roles) } } } : {}),
  };
}

/**
 * A change by an organisation the person is its own to (personVisibility 'own'). The organisation
 * that made the person changes the person's own fields (texts follow their numbers), and its
 * record of them too if it keeps one. Any other changes its own record of them (Person.records),
 * made from how it sees them if it has none yet: never what another organisation sees.
 *
 * A new number that one of the organisation's own people has is a 409. One that someone it does
 * not know has (another organisation's person, or a partner's worker it sees without numbers)
 * is answered exactly as a number nobody has: the change goes to the organisation's own record
 * of the person, which it sees from then on (and, but for the numbers and channel, to the
 * person's own fields), and nobody else's person is touched. A refusal
 * would tell it the number is someone's somewhere; joining the two people is not done here
 * (each organisation holds its own id for its person).
 */
export async function changePerson(
  runtime: Runtime,
  tenancy: Tenancy,
  person: Person,
  patch: PersonPatch,
): Promise<void> {
  const { Person } = runtime.models;
  const us = tenancy.organisation;
  const hasRecord = recordOf(person, us) !== undefined;
  const where = { _id: person._id };
  const inOurRecord = () =>
    Person.updateOne(
      where,
      hasRecord ? changesOf(patch, us, ['record']) : recordWith(person, tenancy, patch),
    );
  if (!person.organisation.equals(us)) {
    await inOurRecord();
    return;
  }
  try {
    const targets: Target[] = hasRecord ? ['person', 'record'] : ['person'];
    await Person.updateOne(where, changesOf(patch, us, targets));
    return;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const holders = (await holdersOf(runtime, patch)).filter((p) => !p._id.equals(person._id));
  if (holders.some((holder) => personVisibility(holder, tenancy) === 'own')) throw numberTaken();
  // The rest of the change still reaches the person: texts go in the language and name given.
  const { phone: _phone, whatsapp: _whatsapp, channel: _channel, ...rest } = patch;
  if (Object.keys(rest).length > 0) await Person.updateOne(where, changesOf(rest, us, ['person']));
  await inOurRecord();
}

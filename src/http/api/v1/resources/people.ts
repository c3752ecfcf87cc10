import type { Aim } from '../../../../domain/aims';
import { aimViews } from '../schemas/aims';
import type { z } from 'zod';
import type { Types } from 'mongoose';
import type { Person } from '../../../../models/person';
import { isDuplicateKeyError } from '../../../../db/duplicate-key';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import { changePerson, holdersOf, numberTaken, rolesWith } from './person-change';
import { byNameThenId, pageInMemory, type KeyValue } from '../paging';
import { route, type ApiResource } from '../route';
import { idParams, listOf } from '../schemas/common';
import {
  channelNeedsNumber,
  missingChannelNumber,
  PERSON_ROLES,
  personCreate,
  personPatch,
  personQuery,
  personView,
  type PersonCreate,
  type PersonRole,
} from '../schemas/person';
import {
  looselyVisiblePeople,
  notFound,
  personVisibility,
  tenancyOf,
  asSeenBy,
  visibleRoles,
  type Tenancy,
} from '../tenancy';

type Candidate = Pick<
  Person,
  '_id' | 'name' | 'organisation' | 'roles' | 'language' | 'employmentType' | 'skills' | 'records'
>;

const isIn = (ids: Types.ObjectId[], id: Types.ObjectId) => ids.some((one) => one.equals(id));

/** A role with us, or, for a worker, with a provider whose workers we may book. */
const hasVisibleRole = (person: Candidate, role: PersonRole, tenancy: Tenancy): boolean =>
  rolesSeen(person, tenancy, visibleRoles(person, tenancy)).some((r) => r.role === role);

/**
 * Seen through an organisation's record of them (asSeenBy), a person's roles are that
 * organisation's alone: the others would tell who else has them. The organisation that made the
 * person sees all their roles, record or not.
 */
function rolesSeen<R extends { organisation: Types.ObjectId }>(
  person: Candidate,
  tenancy: Tenancy,
  roles: R[],
): R[] {
  const known = asSeenBy(person, tenancy);
  if (known === person || person.organisation.equals(tenancy.organisation)) return roles;
  return roles.filter((r) => r.organisation.equals(known.organisation));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The list's own filters, applied here rather than in the query: the query asks only for the
 * people an organisation's indexes find (any mix of these filters would need an index of its
 * own), and the tenancy check reads every candidate anyway.
 */
function matchesQuery(person: Candidate, query: z.output<typeof personQuery>, tenancy: Tenancy) {
  const { role, q, language, employmentType, skill } = query;
  // Our own record of them, never another organisation's.
  const known = asSeenBy(person, tenancy);
  return (
    (!role || hasVisibleRole(person, role, tenancy)) &&
    (!q || new RegExp(escapeRegExp(q), 'i').test(known.name)) &&
    (!language || known.language === language) &&
    (!employmentType || known.employmentType === employmentType) &&
    (!skill || known.skills.includes(skill))
  );
}

const nameKey = (person: Candidate): KeyValue[] => [person.name, person._id.toString()];

/**
 * The person as the caller knows them. An organisation that added someone another organisation
 * already had (by their number) sees its own record of them and its own roles only, as if it
 * had made them: nothing tells it that anyone else has them.
 */
function view(person: Person, visibility: 'own' | 'shared', tenancy: Tenancy) {
  const known = asSeenBy(person, tenancy);
  const partners = [tenancy.organisation, ...tenancy.providers, ...tenancy.clients];
  const shared = visibility === 'shared';
  return {
    id: person._id.toString(),
    name: known.name,
    phone: shared ? null : (known.phone ?? null),
    whatsapp: shared ? null : (known.whatsapp ?? null),
    channel: known.channel,
    language: known.language,
    organisationId: known.organisation.toString(),
    roles: rolesSeen(person, tenancy, person.roles)
      .filter((r) => isIn(partners, r.organisation))
      .map((r) => ({ organisationId: r.organisation.toString(), role: r.role })),
    employmentType: known.employmentType,
    skills: known.skills,
    badges: known.badges,
    aims: shared ? [] : aimViews((person.aims ?? []) as Aim[]),
    availability: known.availability as z.input<typeof personView>['availability'],
    address: shared ? null : (known.address ?? null),
    accessNotes: shared ? null : (known.accessNotes ?? null),
    optedOut: person.optedOut,
    shared,
  };
}

export async function loadVisible(runtime: Runtime, id: string, tenancy: Tenancy) {
  const person = await runtime.models.Person.findById(id).lean<Person>();
  const visibility = person && personVisibility(person, tenancy);
  if (!person || !visibility) throw notFound('person');
  return { person, visibility };
}

/**
 * A number that another organisation's person already has: the caller adds that person, with
 * its roles and its own record of them (everything it gave), and is answered as for a new
 * person. A refusal would tell it the number is someone's somewhere. One of its own people's
 * numbers is refused, as it already sees them.
 */
async function addWhoHasTheNumber(runtime: Runtime, tenancy: Tenancy, body: PersonCreate) {
  const { Person } = runtime.models;
  const { roles, ...given } = body;
  const found = await holdersOf(runtime, body);
  const person = found[0];
  if (!person || found.some((p) => personVisibility(p, tenancy) === 'own')) throw numberTaken();
  const us = tenancy.organisation;
  await Person.updateOne(
    { _id: person._id },
    {
      $set: { [`records.${us.toString()}`]: { ...given, organisation: us } },
      $addToSet: { roles: { $each: rolesWith(us, roles) } },
    },
  );
  return view(await Person.findById(person._id).orFail().lean<Person>(), 'own', tenancy);
}

export const people: ApiResource = {
  tag: 'people',
  description:
    "Workers, clients, supervisors and coordinators of the caller's organisation, and the " +
    'workers its providers share with it (read-only, without phone numbers).',
  routes: [
    route({
      method: 'get',
      path: '/people',
      operationId: 'listPeople',
      summary: 'People the caller may see, by name, with filters',
      role: 'read_only',
      query: personQuery,
      response: listOf(personView),
      handle: async ({ runtime, caller, query }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const candidates = await runtime.models.Person.find(looselyVisiblePeople(tenancy), {
          name: 1,
          organisation: 1,
          roles: 1,
          language: 1,
          employmentType: 1,
          skills: 1,
          records: 1,
        }).lean<Candidate[]>();
        const matching = candidates
          .filter((p) => personVisibility(p, tenancy) && matchesQuery(p, query, tenancy))
          .map((p) => asSeenBy(p, tenancy))
          .sort((a, b) => byNameThenId(nameKey(a), nameKey(b)));
        const page = pageInMemory(matching, query, nameKey, byNameThenId, ['text', 'text']);
        const ids = page.items.map((p) => p._id);
        const found = await runtime.models.Person.find({ _id: { $in: ids } }).lean<Person[]>();
        const byId = new Map(found.map((p) => [p._id.toString(), p]));
        const items = ids.flatMap((id) => {
          const person = byId.get(id.toString());
          const visibility = person && personVisibility(person, tenancy);
          return person && visibility ? [view(person, visibility, tenancy)] : [];
        });
        return { ...page, items };
      },
    }),
    route({
      method: 'get',
      path: '/people/:id',
      operationId: 'getPerson',
      summary: 'One person',
      role: 'read_only',
      params: idParams,
      response: personView,
      handle: async ({ runtime, caller, params }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const { person, visibility } = await loadVisible(runtime, params.id, tenancy);
        return view(person, visibility, tenancy);
      },
    }),
    route({
      method: 'post',
      path: '/people',
      operationId: 'createPerson',
      description:
        'A number that already has a person (another organisation may employ them too) gives ' +
        'that person your roles and your own record of them: everything you give, which only ' +
        'you see and change, and your shifts rank them by. Texts go to the numbers and in the ' +
        'language the person already has. The answer is the same as for a new person.',
      errors: { 409: 'The number is already one of your own people (code already_exists).' },
      example: {
        name: 'Ana Lima',
        phone: '+15551234567',
        language: 'es',
        roles: ['worker'],
        employmentType: 'part_time',
        skills: ['first_aid'],
        availability: [{ weekday: 6, start: '09:00', end: '13:00' }],
      },
      summary:
        "Adds a person to the caller's organisation; 409 when the number is one of its people",
      role: 'coordinator',
      status: 201,
      body: personCreate,
      response: personView,
      handle: async ({ runtime, caller, body }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const { roles, ...fields } = body;
        try {
          const created = await runtime.models.Person.create({
            ...fields,
            organisation: tenancy.organisation,
            roles: rolesWith(tenancy.organisation, roles),
          });
          return view(created.toObject<Person>(), 'own', tenancy);
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
        }
        return addWhoHasTheNumber(runtime, tenancy, body);
      },
    }),
    route({
      method: 'patch',
      path: '/people/:id',
      operationId: 'updatePerson',
      description:
        'Roles given are the person’s roles in your organisation (others are kept); null clears ' +
        'a number, but not the one the channel needs. A person another organisation made (one ' +
        'you added by a number that already had one) is changed in your own record of them ' +
        'only, and so is one given a number someone you do not know has: the answer is the ' +
        'same as for a number nobody has, and texts go on to the numbers the person had.',
      errors: { 409: 'The new number is one of your own people’s (code already_exists).' },
      example: { language: 'fr', roles: ['worker', 'supervisor'] },
      summary: "Changes a person; roles given are the person's roles in the caller's organisation",
      role: 'coordinator',
      params: idParams,
      body: personPatch,
      response: personView,
      handle: async ({ runtime, caller, params, body }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const { person, visibility } = await loadVisible(runtime, params.id, tenancy);
        if (visibility !== 'own') throw notFound('person');
        const missing = missingChannelNumber({
          ...asSeenBy(person, tenancy),
          ...body,
        });
        if (missing)
          throw new HttpError(400, 'invalid body', [
            { path: missing, message: channelNeedsNumber(missing) },
          ]);
        const { Person } = runtime.models;
        await changePerson(runtime, tenancy, person, body);
        if (body.roles) {
          // After the $addToSet above, so the person never has no role with us in between.
          const dropped = PERSON_ROLES.filter((role) => !body.roles?.includes(role));
          const roles = rolesWith(tenancy.organisation, dropped);
          await Person.updateOne({ _id: person._id }, { $pullAll: { roles } });
        }
        return view(await Person.findById(person._id).orFail().lean<Person>(), 'own', tenancy);
      },
    }),
  ],
};

import type { Aim } from '../domain/aims';
import type { Models } from '../models';
import type { Person } from '../models/person';
import type { BadgeChange } from './badges-earned';
import { summariseRecord, type FactKind, type RecordFacts, type WorkerRecord } from './summarise';

export type { WorkerRecord } from './summarise';

const FACT_KINDS: readonly FactKind[] = [
  'hours_confirmed',
  'checked_in',
  'late',
  'no_show',
  'drop',
];

type RecordPerson = Pick<Person, '_id' | 'organisation' | 'skills' | 'badges' | 'records'> & {
  aims?: Person['aims'];
};

type OrganisationRecords = Map<string, { skills?: string[]; badges?: string[] }>;

/** The records other organisations keep of the person, by organisation id. */
function othersRecords(person: RecordPerson): OrganisationRecords {
  const records = person.records as unknown as
    OrganisationRecords | Record<string, { skills?: string[]; badges?: string[] }> | undefined;
  return records instanceof Map ? records : new Map(Object.entries(records ?? {}));
}

/** Every skill and badge any organisation gave the person: the record is theirs, not one view. */
function everyOrganisations(person: RecordPerson, field: 'skills' | 'badges'): string[] {
  const others = [...othersRecords(person).values()];
  return [...(person[field] ?? []), ...others.flatMap((record) => record[field] ?? [])];
}

/**
 * The grants and withdrawals of badges of those people who hold one, by person id: by the
 * organisations that keep a record of them, as the badge history's index is shaped.
 */
async function badgeChangesOf(
  models: Models,
  people: readonly RecordPerson[],
): Promise<Map<string, BadgeChange[]>> {
  const holders = people.filter((p) => everyOrganisations(p, 'badges').length > 0);
  const organisations = new Set(
    holders.flatMap((p) => [p.organisation.toString(), ...othersRecords(p).keys()]),
  );
  const changes = holders.length
    ? await models.BadgeGrant.find(
        {
          organisation: { $in: [...organisations] },
          person: { $in: holders.map((p) => p._id) },
        },
        { organisation: 1, person: 1, badge: 1, change: 1, at: 1 },
      ).lean()
    : [];
  const byPerson = new Map<string, BadgeChange[]>();
  for (const c of changes) {
    const id = c.person.toString();
    byPerson.set(id, [
      ...(byPerson.get(id) ?? []),
      { organisation: c.organisation.toString(), badge: c.badge, change: c.change, at: c.at },
    ]);
  }
  return byPerson;
}

/**
 * The person's own track record: hours confirmed by type of work and organisation, programmes,
 * reliability, skills, badges and aims. What it shows is `summariseRecord`'s.
 */
export async function buildRecord(models: Models, person: RecordPerson): Promise<WorkerRecord> {
  const records = await buildRecords(models, [{ person }]);
  return records.get(person._id.toString())!;
}

/**
 * The records of many people at once, by person id: five queries whoever and however many they
 * are. `countedAt`: only work for these organisations' shifts counts (what a partnership lets
 * an organisation see of a provider's worker who has not shared their record); absent: all of it.
 */
export async function buildRecords(
  models: Models,
  people: readonly { person: RecordPerson; countedAt?: readonly string[] }[],
): Promise<Map<string, WorkerRecord>> {
  const records = people.length
    ? await models.WorkRecord.find(
        { person: { $in: people.map((p) => p.person._id) }, kind: { $in: FACT_KINDS } },
        { person: 1, kind: 1, shift: 1, assignment: 1, minutes: 1 },
      ).lean()
    : [];
  const shiftIds = [...new Set(records.flatMap((r) => (r.shift ? [r.shift.toString()] : [])))];
  const shifts = shiftIds.length
    ? await models.Shift.find(
        { _id: { $in: shiftIds } },
        { organisation: 1, start: 1, task: 1, requiredSkills: 1, programme: 1 },
      ).lean()
    : [];
  const programmeIds = [...new Set(shifts.flatMap((s) => (s.programme ? [s.programme] : [])))];
  const programmes = programmeIds.length
    ? await models.Programme.find(
        { _id: { $in: programmeIds } },
        { name: 1, organisation: 1, minutesPerParticipant: 1 },
      ).lean()
    : [];
  const badgeChanges = await badgeChangesOf(
    models,
    people.map((p) => p.person),
  );
  const organisationIds = [
    ...new Set([...shifts, ...programmes].map((s) => s.organisation.toString())),
  ];
  const organisations = organisationIds.length
    ? await models.Organisation.find({ _id: { $in: organisationIds } }, { name: 1 }).lean()
    : [];
  const shiftOrganisation = new Map(
    shifts.map((s) => [s._id.toString(), s.organisation.toString()]),
  );
  const shared = {
    shifts: shifts.map((s) => ({
      id: s._id.toString(),
      organisation: s.organisation.toString(),
      start: s.start,
      ...(s.task && { task: { ...s.task } }),
      requiredSkills: s.requiredSkills ?? [],
      ...(s.programme && { programme: s.programme.toString() }),
    })),
    organisations: organisations.map((o) => ({ id: o._id.toString(), name: o.name })),
    programmes: programmes.map((p) => ({
      id: p._id.toString(),
      name: p.name,
      organisation: p.organisation.toString(),
      minutesPerParticipant: p.minutesPerParticipant,
    })),
  };
  return new Map(
    people.map(({ person, countedAt }) => {
      const id = person._id.toString();
      const counted = (shift: string | undefined) =>
        !countedAt || (!!shift && countedAt.includes(shiftOrganisation.get(shift) ?? ''));
      const facts: RecordFacts = {
        ...shared,
        records: records.flatMap((r) =>
          r.person?.toString() === id && counted(r.shift?.toString())
            ? [
                {
                  kind: r.kind as FactKind,
                  ...(r.shift && { shift: r.shift.toString() }),
                  ...(r.assignment && { assignment: r.assignment.toString() }),
                  ...(r.minutes !== undefined && { minutes: r.minutes }),
                },
              ]
            : [],
        ),
        skills: everyOrganisations(person, 'skills'),
        badges: everyOrganisations(person, 'badges'),
        badgeChanges: badgeChanges.get(id) ?? [],
        aims: (person.aims ?? []) as Aim[],
      };
      return [id, summariseRecord(facts)];
    }),
  );
}

import type { Types } from 'mongoose';
import { minutesToHours } from '../domain/hours';
import { earnedNextStep } from '../domain/programme';
import type { OrganisationDoc } from '../directory/directory';
import { firstCoordinatorOf, peopleWithRole } from '../engine/runtime/first-coordinator';
import type { EngineRuntime } from '../engine/runtime/types';
import { isLanguage, type Language, type MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { Programme } from '../models/programme';

/**
 * A programme's next step (issue 18, "steps on the ladder"). When a participant has the
 * confirmed minutes its next step asks for, with no more no-shows than it allows, they are
 * texted the step once, and the step's coordinators are told once, with nothing personal. The
 * participant's name and number go to those coordinators only once the participant consents:
 * by replying INTRO (`introduceToNextSteps`), or by having shared their record with the step's
 * organisation (SHARE), which introduces them as soon as they earn the step.
 */

/** The audit actions that carry the facts: told the step, and consented to an introduction. */
const TOLD = 'programme.next_step_told';
const CONSENTED = 'programme.next_step_intro';

/** A programme or an organisation, by id (as stored on a programme, or in an audit event). */
type Id = { toString(): string };
type StepRef = { programme?: Id | null; organisation?: Id | null };

interface Step {
  name: string;
  organisation: OrganisationDoc;
  coordinators: Types.ObjectId[];
}

/** The step's name, its organisation, and who coordinates it (a programme's, else the org's). */
async function stepOf(runtime: EngineRuntime, ref: StepRef): Promise<Step | undefined> {
  if (ref.programme) {
    const programme = await runtime.models.Programme.findById(ref.programme.toString(), {
      name: 1,
      organisation: 1,
      coordinators: 1,
    }).lean();
    const organisation =
      programme && (await runtime.directory.organisation(programme.organisation));
    if (!programme || !organisation) return undefined;
    const first = await firstCoordinatorOf(runtime.models, organisation._id);
    const coordinators = programme.coordinators.length ? programme.coordinators : [first];
    return { name: programme.name, organisation, coordinators: coordinators.filter(isId) };
  }
  const organisation = ref.organisation && (await runtime.directory.organisation(ref.organisation));
  if (!organisation) return undefined;
  const coordinators = await peopleWithRole(runtime.models, organisation._id, 'coordinator');
  return { name: organisation.name, organisation, coordinators };
}

const isId = (id: Types.ObjectId | undefined): id is Types.ObjectId => id !== undefined;

/** The participant's no-shows on the programme's shifts. */
async function noShowsOn(runtime: EngineRuntime, programme: Programme, person: Types.ObjectId) {
  const records = await runtime.models.WorkRecord.find(
    { person, kind: 'no_show' },
    { shift: 1 },
  ).lean();
  const shifts = records.flatMap((r) => (r.shift ? [r.shift] : []));
  if (shifts.length === 0) return 0;
  const onProgramme = await runtime.models.Shift.find(
    { _id: { $in: shifts }, programme: programme._id },
    { _id: 1 },
  ).lean();
  const ids = new Set(onProgramme.map((s) => s._id.toString()));
  return shifts.filter((s) => ids.has(s.toString())).length;
}

const languageOf = (person: { language?: string | null }): Language =>
  isLanguage(person.language) ? person.language : 'en';

/** A text to each of the step's coordinators, in their language, from the step's organisation. */
async function tellCoordinators(
  runtime: EngineRuntime,
  step: Step,
  text: { key: MessageKey; dedupeKey: string; vars: Record<string, string | number> },
) {
  for (const id of step.coordinators) {
    const coordinator = await runtime.directory.person(id);
    if (!coordinator) continue;
    await queueText(runtime, {
      dedupeKey: `${text.dedupeKey}:${id.toString()}`,
      organisation: step.organisation,
      to: { person: { _id: coordinator._id, language: languageOf(coordinator) } },
      key: text.key,
      vars: text.vars,
    });
  }
}

/**
 * After hours were confirmed for `person` on `programme`: the next step, told once when earned.
 * `usedMinutes`: their confirmed minutes on it, from the ledger.
 */
export async function tellNextStepIfEarned(
  runtime: EngineRuntime,
  programme: Programme,
  personId: Types.ObjectId,
  usedMinutes: number,
): Promise<void> {
  const { AuditEvent } = runtime.models;
  const threshold = programme.nextStep;
  if (!threshold || usedMinutes < threshold.minutesConfirmed) return;
  const id = programme._id.toString();
  if (await AuditEvent.exists({ person: personId, action: TOLD, 'data.programme': id })) return;
  const noShows = await noShowsOn(runtime, programme, personId);
  if (!earnedNextStep({ usedMinutes, noShows }, threshold)) return;
  const [step, person, organisation] = await Promise.all([
    stepOf(runtime, threshold),
    runtime.directory.person(personId),
    runtime.directory.organisationOrFail(programme.organisation),
  ]);
  if (!step || !person) return;
  await AuditEvent.create({
    person: personId,
    organisation: programme.organisation,
    action: TOLD,
    outcome: 'told',
    data: {
      programme: id,
      ...(threshold.programme ? { stepProgramme: threshold.programme.toString() } : {}),
      ...(threshold.organisation ? { stepOrganisation: threshold.organisation.toString() } : {}),
    },
    at: runtime.clock.now(),
  });
  const vars = { programme: programme.name, step: step.name, hours: minutesToHours(usedMinutes) };
  const dedupeKey = `programme:${id}:next-step:${personId.toString()}`;
  await queueText(runtime, {
    dedupeKey,
    organisation,
    to: { person: { _id: person._id, language: languageOf(person) } },
    key: 'programme.next_step_earned',
    vars,
  });
  if (await sharesRecordWith(runtime, personId, step.organisation._id)) {
    await introduce(runtime, person, { programme, organisation, step });
    return;
  }
  // Nothing personal: who it is goes to them only if the participant replies INTRO.
  await tellCoordinators(runtime, step, {
    key: 'programme.next_step_coordinator',
    dedupeKey: `${dedupeKey}:coordinator`,
    vars: { ...vars, programmeOrg: organisation.name },
  });
}

/** Whether the person shares their record with the organisation now (SHARE, not withdrawn). */
async function sharesRecordWith(
  runtime: EngineRuntime,
  person: Types.ObjectId,
  organisation: Types.ObjectId,
): Promise<boolean> {
  const share = await runtime.models.Share.findOne({ person, organisation }, { active: 1 }).lean();
  return share?.active === true;
}

/** The step's coordinators get the participant's name and number, once. */
async function introduce(
  runtime: EngineRuntime,
  person: { _id: Types.ObjectId; name: string; phone?: string | null },
  from: { programme: Pick<Programme, '_id' | 'name'>; organisation: OrganisationDoc; step: Step },
) {
  const { programme, organisation, step } = from;
  await tellCoordinators(runtime, step, {
    key: 'programme.next_step_intro',
    dedupeKey: `programme:${programme._id.toString()}:next-step:${person._id.toString()}:intro`,
    vars: {
      name: person.name,
      phone: person.phone ?? '',
      programme: programme.name,
      programmeOrg: organisation.name,
      step: step.name,
    },
  });
}

/**
 * INTRO: the participant consents to be introduced to each next step they were told; each
 * step's coordinators get their name and number, once. Returns the step names, none when the
 * person was told no next step.
 */
export async function introduceToNextSteps(
  runtime: EngineRuntime,
  person: { _id: Types.ObjectId; name: string; phone?: string | null },
): Promise<string[]> {
  const { AuditEvent } = runtime.models;
  const told = await AuditEvent.find({ person: person._id, action: TOLD }).lean();
  const names: string[] = [];
  for (const event of told) {
    const data = event.data as {
      programme: string;
      stepProgramme?: string;
      stepOrganisation?: string;
    };
    const [programme, step] = await Promise.all([
      runtime.models.Programme.findById(data.programme, { name: 1, organisation: 1 }).lean(),
      stepOf(runtime, { programme: data.stepProgramme, organisation: data.stepOrganisation }),
    ]);
    if (!programme || !step) continue;
    await AuditEvent.create({
      person: person._id,
      organisation: programme.organisation,
      action: CONSENTED,
      outcome: 'consented',
      data: { programme: data.programme },
      at: runtime.clock.now(),
    });
    const organisation = await runtime.directory.organisationOrFail(programme.organisation);
    await introduce(runtime, person, { programme, organisation, step });
    names.push(step.name);
  }
  return names;
}

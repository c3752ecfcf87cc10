/**
 * A visit nobody has taken by its notice time (flows/visit-unfilled.ts): the client is offered
 * other times in a move dialog, so a reply with a number moves the visit (after a YES), and the
 * coordinator is told. Run again after a crash, it opens the same dialog and sends nothing twice.
 */
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { visitRequestContext, visitRequestFlow, type VisitStep } from '../../flows/visit-request';
import { serviceName } from '../conversation/visit-dialog/next-step';
import { storeDraft } from '../conversation/visit-dialog/stored-draft';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { sameTimeOtherDays } from '../domain/visit/booking-rules';
import { firstCoordinatorOf } from '../engine/runtime/first-coordinator';
import { startFlow } from '../engine/runtime/store';
import type { EngineRuntime } from '../engine/runtime/types';
import { formatDay, formatWhen, isLanguage, type Language } from '../i18n';
import { addressedFormally } from '../messaging/formal-address';
import { queueText } from '../messaging/outbox';
import type { Organisation } from '../models/organisation';
import { asKnownTo, type Person } from '../models/person';
import type { Shift } from '../models/shift';
import { loadCatalogue } from './catalogue';
import { draftOfVisit } from './client-visits';
import { visitSettingsOf } from './settings';

type Org = Organisation & { _id: Types.ObjectId };

/** The move dialog a notice opens gets the same id however often the notice runs. */
function noticeDialogId(shiftId: string): Types.ObjectId {
  const hash = createHash('sha256').update(`visit-unfilled:${shiftId}:dialog`).digest('hex');
  return new Types.ObjectId(hash.slice(0, 24));
}

/** Opens the client's move dialog on the visit; false when another dialog of theirs is open. */
async function openMoveDialog(
  runtime: EngineRuntime,
  shift: Shift & { client: Types.ObjectId },
  organisation: Org,
  step: VisitStep,
): Promise<boolean> {
  const _id = noticeDialogId(shift._id.toString());
  const { VisitRequest: Requests } = runtime.models;
  try {
    await Requests.create({
      _id,
      organisation: organisation._id,
      client: shift.client,
      purpose: 'move',
      shift: shift._id,
      openFor: shift.client,
      createdAt: runtime.clock.now(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    if (!(await Requests.exists({ _id }))) return false;
  }
  const draft = await draftOfVisit(runtime, shift, organisation.timeZone);
  await startFlow(
    runtime,
    visitRequestFlow,
    {
      ...visitRequestContext({
        requestId: _id.toString(),
        clientId: shift.client.toString(),
        purpose: 'move',
        // The client may answer until the visit starts.
        expiryMinutes: Math.max(
          visitSettingsOf(organisation).dialogExpiryMinutes,
          Math.floor((shift.start.getTime() - runtime.clock.now().getTime()) / 60_000),
        ),
      }),
      draft: storeDraft(draft),
      step,
      offered: true,
    },
    { kind: 'system', ref: `visit-unfilled:${shift._id.toString()}` },
  );
  return true;
}

export async function offerOtherTimes(
  runtime: EngineRuntime,
  effect: { shiftId: string; dedupeKey: string },
): Promise<void> {
  const { Shift: Shifts, Person: People, Organisation: Organisations } = runtime.models;
  const found = await Shifts.findById(effect.shiftId).lean<Shift>();
  if (!found?.client || found.state !== 'open') return;
  const shift = { ...found, client: found.client };
  const [organisation, client] = await Promise.all([
    Organisations.findById(shift.organisation).orFail().lean<Org>(),
    People.findById(shift.client).orFail().lean<Person>(),
  ]);
  const { timeZone } = organisation;
  const language: Language = isLanguage(client.language) ? client.language : 'en';
  const catalogue = await loadCatalogue(runtime.models, organisation._id);
  const service = catalogue.find((s) => s.id === shift.service);
  const others = sameTimeOtherDays({
    start: shift.start,
    end: shift.end,
    now: runtime.clock.now(),
    timeZone,
    settings: visitSettingsOf(organisation),
    ...(service?.hours ? { hours: service.hours } : {}),
  });
  const when = formatWhen(shift.start, shift.end, timeZone, language);
  const choices = others
    .map((s, n) => `${n + 1}) ${formatWhen(s, undefined, timeZone, language)}`)
    .join(' ');
  const day = formatDay(shift.start, timeZone, language);
  const step: VisitStep = {
    expecting: 'time',
    choices: others.map((s) => s.toISOString()),
    message: 'visit.unfilled.client',
    again: 'visit.again.time',
    vars: { when, choices, day },
  };
  const answerable =
    others.length > 0 && (await openMoveDialog(runtime, shift, organisation, step));
  await queueText(runtime, {
    dedupeKey: `${effect.dedupeKey}:client`,
    organisation,
    to: { person: { _id: client._id, language, formal: addressedFormally(client, organisation) } },
    key: answerable ? 'visit.unfilled.client' : 'visit.unfilled.client_no_choices',
    vars: { when, choices },
  });
  const coordinatorId =
    shift.coordinator ?? (await firstCoordinatorOf(runtime.models, organisation._id));
  const coordinator = coordinatorId ? await People.findById(coordinatorId).lean<Person>() : null;
  if (!coordinator) return;
  const coordinatorLanguage = isLanguage(coordinator.language) ? coordinator.language : 'en';
  await queueText(runtime, {
    dedupeKey: `${effect.dedupeKey}:coordinator`,
    organisation,
    to: { person: { _id: coordinator._id, language: coordinatorLanguage } },
    key: 'visit.unfilled.coordinator',
    vars: {
      client: asKnownTo(client, organisation._id).name,
      service: serviceName(catalogue, shift.service ?? undefined, coordinatorLanguage),
      when: formatWhen(shift.start, shift.end, timeZone, coordinatorLanguage),
    },
  });
}

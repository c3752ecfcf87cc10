import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { VisitRequestContext } from '../../flows/visit-request';
import { visitUnfilledFlow } from '../../flows/visit-unfilled';
import { loadDraft } from '../conversation/visit-dialog/stored-draft';
import { serviceName, visitStarts, whereText } from '../conversation/visit-dialog/next-step';
import { firstWithRole } from '../engine/runtime/first-coordinator';
import { cancelShift, postShift } from '../engine/runtime/shifts';
import { startFlow } from '../engine/runtime/store';
import { unfilledNoticeAt } from '../domain/visit/booking-rules';
import type { ChangeRecord, EngineRuntime } from '../engine/runtime/types';
import type { VisitAction } from '../engine/types';
import { formatWhen, isLanguage, renderMessage, type Language, type MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { Organisation } from '../models/organisation';
import type { VisitRequest } from '../models/visit-request';
import { addMinutes } from '../domain/zoned-time';
import { loadCatalogue, loadService } from './catalogue';
import { handOff } from './hand-off';
import { visitSettingsOf } from './settings';
import { asKnownTo, type Person } from '../models/person';
import type { Service } from '../models/service';
import { homeVisitPlace } from '../domain/visit/home-place';
import type { VisitPlace } from '../conversation/visit-request/types';
import { addressedFormally } from '../messaging/formal-address';

type Loaded = {
  request: VisitRequest;
  client: Person;
  organisation: Organisation & { _id: Types.ObjectId };
  language: Language;
};

/** The n-th shift a dialog books gets the same id however often the booking runs. */
export function visitShiftId(requestId: string, n: number): Types.ObjectId {
  const hash = createHash('sha256').update(`visit:${requestId}:shift:${n}`).digest('hex');
  return new Types.ObjectId(hash.slice(0, 24));
}

async function load(runtime: EngineRuntime, requestId: string): Promise<Loaded> {
  const { VisitRequest: Requests, Person: People, Organisation: Organisations } = runtime.models;
  const request = await Requests.findById(requestId).orFail().lean<VisitRequest>();
  const [client, organisation] = await Promise.all([
    People.findById(request.client).orFail().lean<Person>(),
    Organisations.findById(request.organisation)
      .orFail()
      .lean<Organisation & { _id: Types.ObjectId }>(),
  ]);
  const language = isLanguage(client.language) ? client.language : 'en';
  return { request, client, organisation, language };
}

function tell(
  runtime: EngineRuntime,
  loaded: Loaded,
  dedupeKey: string,
  key: MessageKey,
  vars: Record<string, string | number>,
) {
  return queueText(runtime, {
    dedupeKey,
    organisation: loaded.organisation,
    to: {
      person: {
        _id: loaded.client._id,
        language: loaded.language,
        formal: addressedFormally(loaded.client, loaded.organisation),
      },
    },
    key,
    vars,
  });
}

/**
 * Who confirms the hours of client-booked visits: the organisation's choice, else its first
 * supervisor; a coordinator only when the organisation has no supervisor at all (logged, so the
 * organisation can name one).
 */
async function visitSupervisor(runtime: EngineRuntime, organisation: Loaded['organisation']) {
  const chosen = (organisation as { visitSupervisor?: Types.ObjectId | null }).visitSupervisor;
  if (chosen) return chosen.toString();
  const organisationId = organisation._id;
  const supervisor = await firstWithRole(runtime.models, organisationId, 'supervisor');
  if (supervisor) return supervisor.toString();
  const coordinator = await firstWithRole(runtime.models, organisationId, 'coordinator');
  if (!coordinator) {
    throw new Error(`organisation ${organisationId.toString()} has no one to supervise visits`);
  }
  runtime.log.warn(
    { organisation: organisationId.toString() },
    'no supervisor for visits: a coordinator confirms their hours',
  );
  return coordinator.toString();
}

/** Where the visit is, for the shift: a place the client named, else their home. */
function visitPlace(loaded: Loaded, place: VisitPlace) {
  if (place.kind === 'named') return { place: place.text };
  return homeVisitPlace(asKnownTo(loaded.client, loaded.organisation._id));
}

/** The service's name in each language, as the visit's texts say it. */
function taskOf(service: Service | null, key: string) {
  const names = service?.names;
  return {
    en: names?.en?.[0] ?? key,
    es: names?.es?.[0] ?? names?.en?.[0] ?? key,
    fr: names?.fr?.[0] ?? names?.en?.[0] ?? key,
  };
}

/** Each visit the dialog agreed becomes a shift that enters the offer flow. */
async function postVisits(
  runtime: EngineRuntime,
  loaded: Loaded,
  context: VisitRequestContext,
  starts: Date[],
  firstShift = 0,
  preferredWorkerId?: string,
) {
  const { request, client, organisation } = loaded;
  const draft = loadDraft(context.draft!);
  const service = await loadService(runtime.models, organisation._id, draft.serviceId!);
  const minutes = draft.durationMinutes ?? service?.defaultMinutes ?? 60;
  const where = visitPlace(loaded, draft.place);
  const supervisorId = await visitSupervisor(runtime, organisation);
  const requestId = request._id.toString();
  const { unfilledNoticeHours } = visitSettingsOf(organisation);
  const shifts = [];
  for (const [n, start] of starts.entries()) {
    const shift = await postShift(
      runtime,
      {
        id: visitShiftId(requestId, firstShift + n),
        organisationId: organisation._id.toString(),
        supervisorId,
        clientId: client._id.toString(),
        ...where,
        task: taskOf(service, draft.serviceId!),
        start,
        end: addMinutes(start, minutes),
        places: 1,
        requiredSkills: service?.requiredSkills ?? [],
        service: draft.serviceId!,
        visitRequestId: requestId,
        ...(preferredWorkerId ? { preferredWorkerId } : {}),
      },
      { kind: 'system', ref: `visit:${requestId}:${firstShift + n}` },
    );
    await startFlow(
      runtime,
      visitUnfilledFlow,
      {
        shiftId: shift._id.toString(),
        noticeAt: unfilledNoticeAt(start, runtime.clock.now(), unfilledNoticeHours).toISOString(),
      },
      { kind: 'system', ref: `visit:${requestId}:${firstShift + n}:unfilled` },
    );
    shifts.push(shift);
  }
  return shifts;
}

async function book(
  runtime: EngineRuntime,
  loaded: Loaded,
  context: VisitRequestContext,
  dedupeKey: string,
) {
  const { organisation, language } = loaded;
  const draft = loadDraft(context.draft!);
  const starts = visitStarts(draft, organisation.timeZone);
  const shifts = await postVisits(runtime, loaded, context, starts);
  const catalogue = await loadCatalogue(runtime.models, organisation._id);
  const first = shifts[0]!;
  const vars = {
    service: serviceName(catalogue, draft.serviceId, language),
    when: formatWhen(first.start, first.end, organisation.timeZone, language),
    where: whereText(draft.place, language, addressedFormally(loaded.client, organisation)),
  };
  if (shifts.length > 1) {
    await tell(runtime, loaded, dedupeKey, 'visit.booked_series', {
      ...vars,
      number: shifts.length,
      interval: renderMessage('visit.interval', language, {
        count: draft.repeat?.everyWeeks ?? 1,
      }),
    });
  } else await tell(runtime, loaded, dedupeKey, 'visit.booked', vars);
  return shifts.map((s) => s._id);
}

/** A move is the old visit called off (its worker told) and the new one booked in its place. */
async function move(
  runtime: EngineRuntime,
  loaded: Loaded,
  context: VisitRequestContext,
  dedupeKey: string,
) {
  const { request, organisation, language } = loaded;
  const draft = loadDraft(context.draft!);
  // Cancelling keeps the assignment: run again after a crash, this still finds the worker.
  const held = await runtime.models.Assignment.findOne(
    { shift: request.shift },
    { person: 1 },
  ).lean();
  await cancelShift(runtime, request.shift!.toString(), {
    kind: 'system',
    ref: `visit:${request._id.toString()}:move`,
  });
  const [shift] = await postVisits(
    runtime,
    loaded,
    context,
    [draft.start!],
    0,
    held?.person.toString(),
  );
  await tell(runtime, loaded, dedupeKey, 'visit.moved', {
    when: formatWhen(shift!.start, shift!.end, organisation.timeZone, language),
  });
  return [shift!._id];
}

async function callOff(runtime: EngineRuntime, loaded: Loaded, dedupeKey: string) {
  const { request, organisation, language } = loaded;
  const shift = await runtime.models.Shift.findById(request.shift).orFail().lean();
  await cancelShift(runtime, shift._id.toString(), {
    kind: 'system',
    ref: `visit:${request._id.toString()}:call-off`,
  });
  await tell(runtime, loaded, dedupeKey, 'visit.called_off', {
    when: formatWhen(shift.start, shift.end, organisation.timeZone, language),
  });
  return [];
}

/**
 * Carries out how a client's visit dialog ended, then closes the dialog so the client's next text
 * starts a new one. Run again after a crash, it books the same shifts (their ids are derived from
 * the dialog) and sends nothing twice (every text is keyed).
 */
export async function endVisitDialog(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: { action: VisitAction; requestId: string; dedupeKey: string },
): Promise<void> {
  const context = record.snapshot.context as VisitRequestContext;
  const loaded = await load(runtime, effect.requestId);
  const { request, client, organisation } = loaded;
  let shifts: Types.ObjectId[] = [];
  switch (effect.action) {
    case 'book':
      shifts = await book(runtime, loaded, context, effect.dedupeKey);
      break;
    case 'move':
      shifts = await move(runtime, loaded, context, effect.dedupeKey);
      break;
    case 'call_off':
      shifts = await callOff(runtime, loaded, effect.dedupeKey);
      break;
    case 'hand_off':
      await handOff(runtime, {
        organisation,
        reason: 'not_understood',
        from: client.phone ?? client.whatsapp ?? '',
        person: { _id: client._id, name: asKnownTo(client, organisation._id).name },
        visitRequest: request._id,
        transcript: request.transcript,
      });
      break;
    case 'close':
      break;
  }
  await runtime.models.VisitRequest.updateOne(
    { _id: request._id },
    {
      $set: { state: record.to, closedAt: runtime.clock.now(), shifts },
      $unset: { openFor: 1 },
    },
  );
}

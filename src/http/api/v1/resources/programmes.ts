import { Types } from 'mongoose';
import type { z } from 'zod';
import type { NextStep, Programme } from '../../../../models/programme';
import { localDate, programmeActivity } from '../../../../programme/activity';
import { programmeLedger } from '../../../../programme/ledger';
import { minutesToHours } from '../../../../domain/hours';
import { postBroadcast, type BroadcastCheck } from '../../../../programme/post-broadcast';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import { conflictOnDuplicate } from '../conflict';
import { ApiError } from '../errors/api-error';
import { route, type ApiResource } from '../route';
import { findPage, NEWEST_FIRST } from '../paging';
import { idParams, listOf, pageQuery } from '../schemas/common';
import {
  broadcastBody,
  broadcastView,
  ledgerView,
  participantParams,
  participantsBody,
  programmeCreate,
  programmePatch,
  programmeView,
  reportView,
} from '../schemas/programme';
import { findOwn } from '../tenancy';

function view(programme: Programme): z.input<typeof programmeView> {
  return {
    id: programme._id.toString(),
    name: programme.name,
    slug: programme.slug,
    budgetCents: programme.budgetCents,
    hourlyRateCents: programme.hourlyRateCents,
    minutesPerParticipant: programme.minutesPerParticipant,
    participants: programme.participants.map((p) => ({
      personId: p.person.toString(),
      payType: p.payType,
    })),
    workTypes: programme.workTypes.map((w) => ({ id: w.id, names: { ...w.names } })),
    supervisorIds: programme.supervisors.map(String),
    coordinatorIds: programme.coordinators.map(String),
    nextStepsMessage: {
      en: programme.nextStepsMessage?.en ?? '',
      es: programme.nextStepsMessage?.es ?? '',
      fr: programme.nextStepsMessage?.fr ?? '',
    },
    nextStep: programme.nextStep ? nextStepView(programme.nextStep) : null,
    createdAt: programme.createdAt.toISOString(),
  };
}

function nextStepView(step: NextStep) {
  return {
    ...(step.programme ? { programmeId: step.programme.toString() } : {}),
    ...(step.organisation ? { organisationId: step.organisation.toString() } : {}),
    minutesConfirmed: step.minutesConfirmed,
    maxNoShows: step.maxNoShows,
  };
}

/**
 * The next step as stored, once it names a programme or an organisation that exists: any
 * organisation's programme may be a next step, as its public page is open to all.
 */
async function nextStepOf(
  runtime: Runtime,
  step: NonNullable<ProgrammeFields['nextStep']>,
): Promise<NextStep> {
  const { programmeId, organisationId, minutesConfirmed, maxNoShows } = step;
  const found = programmeId
    ? await runtime.models.Programme.exists({ _id: programmeId })
    : await runtime.models.Organisation.exists({ _id: organisationId });
  if (!found) {
    const path = programmeId ? 'nextStep.programmeId' : 'nextStep.organisationId';
    throw new HttpError(400, 'invalid body', [{ path, message: 'not found' }]);
  }
  return {
    ...(programmeId ? { programme: new Types.ObjectId(programmeId) } : {}),
    ...(organisationId ? { organisation: new Types.ObjectId(organisationId) } : {}),
    minutesConfirmed,
    maxNoShows,
  };
}

/**
 * Every person named must be the caller's own (made by it, or with a role in it, as someone it
 * added by a number another organisation's person had); anyone else is refused as unknown.
 */
async function ownPeople(
  runtime: Runtime,
  organisationId: string,
  ids: readonly string[],
  path: string,
): Promise<Types.ObjectId[]> {
  const unique = [...new Set(ids)];
  const found = await runtime.models.Person.find(
    { _id: { $in: unique } },
    { organisation: 1, roles: 1 },
  ).lean();
  const ours = (id: Types.ObjectId) => id.equals(organisationId);
  const own = found.filter(
    (p) => ours(p.organisation) || p.roles.some((r) => ours(r.organisation)),
  );
  if (own.length !== unique.length) {
    throw new HttpError(400, 'invalid body', [{ path, message: 'unknown person' }]);
  }
  return ids.map((id) => new Types.ObjectId(id));
}

type ProgrammeFields = z.output<typeof programmePatch>;

/** Why a broadcast was not posted, in the API's error shape. */
function broadcastRefused(check: BroadcastCheck): HttpError {
  if (check.ok) return new HttpError(500, 'broadcast checked but not posted');
  if (check.reason === 'over_budget') {
    const { neededCents, availableCents } = check;
    return new ApiError(422, 'over_budget', 'the programme’s budget cannot pay for these slots', [
      { path: 'slots', message: `needs ${neededCents} cents; ${availableCents} left` },
    ]);
  }
  return check.reason === 'no_supervisor'
    ? new ApiError(422, 'no_supervisor', 'the programme has no supervisor to confirm hours')
    : new HttpError(400, 'invalid body', [{ path: 'end', message: 'must be in the future' }]);
}

async function toDocument(runtime: Runtime, organisationId: string, body: ProgrammeFields) {
  const { supervisorIds, coordinatorIds, nextStep, ...rest } = body;
  return {
    ...rest,
    ...(nextStep && { nextStep: await nextStepOf(runtime, nextStep) }),
    ...(supervisorIds && {
      supervisors: await ownPeople(runtime, organisationId, supervisorIds, 'supervisorIds'),
    }),
    ...(coordinatorIds && {
      coordinators: await ownPeople(runtime, organisationId, coordinatorIds, 'coordinatorIds'),
    }),
  };
}

export const programmes: ApiResource = {
  tag: 'programmes',
  description:
    'Guaranteed-work programmes the organisation funds: terms, participants, ledger and broadcasts.',
  routes: [
    route({
      method: 'get',
      path: '/programmes',
      operationId: 'listProgrammes',
      summary: "The organisation's programmes, newest first",
      role: 'read_only',
      query: pageQuery,
      response: listOf(programmeView),
      handle: async ({ runtime, caller, query }) => {
        const page = await findPage<Programme>(
          runtime.models.Programme,
          { organisation: caller.organisationId },
          query,
          NEWEST_FIRST,
        );
        return { ...page, items: page.items.map(view) };
      },
    }),
    route({
      method: 'post',
      path: '/programmes',
      operationId: 'createProgramme',
      errors: { 409: 'A programme with this slug exists (code already_exists).' },
      description: 'Supervisors and coordinators must be people of your organisation.',
      example: {
        name: 'Winter guaranteed work',
        slug: 'winter-2026',
        budgetCents: 2_000_000,
        hourlyRateCents: 2_000,
        minutesPerParticipant: 600,
        supervisorIds: ['665f1c2ab3e4d5f6a7b8c9d1'],
        nextStepsMessage: { en: 'Call 555-0199 about your next steps.' },
      },
      summary: 'Creates a programme (terms, work types, supervisors, coordinators)',
      role: 'admin',
      body: programmeCreate,
      response: programmeView,
      status: 201,
      handle: async ({ runtime, caller, body }) => {
        const document = await toDocument(runtime, caller.organisationId, body);
        const created = await conflictOnDuplicate(
          runtime.models.Programme.create({
            ...document,
            slug: body.slug,
            organisation: caller.organisationId,
            participants: [],
            createdAt: runtime.clock.now(),
          }),
          'a programme with this slug already exists',
        );
        return view(created.toObject());
      },
    }),
    route({
      method: 'get',
      path: '/programmes/:id',
      operationId: 'getProgramme',
      summary: 'One programme',
      role: 'read_only',
      params: idParams,
      response: programmeView,
      handle: async ({ runtime, caller, params }) =>
        view(
          await findOwn(runtime.models.Programme, 'programme', caller.organisationId, params.id),
        ),
    }),
    route({
      method: 'patch',
      path: '/programmes/:id',
      operationId: 'updateProgramme',
      description:
        'nextStepsMessage merges by language: the languages given replace theirs. nextStep ' +
        'replaces the one stored (null removes it); it names any programme or organisation.',
      example: { name: 'Winter guaranteed work 2026', budgetCents: 2_500_000 },
      summary: 'Changes terms, work types, supervisors, coordinators, next-steps text or next step',
      role: 'admin',
      params: idParams,
      body: programmePatch,
      response: programmeView,
      handle: async ({ runtime, caller, params, body }) => {
        await findOwn(runtime.models.Programme, 'programme', caller.organisationId, params.id);
        const { nextStepsMessage, ...terms } = body;
        // Each language given replaces its own text only.
        const texts = Object.entries(nextStepsMessage ?? {}).map(
          ([language, text]) => [`nextStepsMessage.${language}`, text] as const,
        );
        await runtime.models.Programme.updateOne(
          { _id: params.id },
          {
            $set: {
              ...(await toDocument(runtime, caller.organisationId, terms)),
              ...Object.fromEntries(texts),
            },
            // null: the programme names no next step any more.
            ...(terms.nextStep === null && { $unset: { nextStep: '' } }),
          },
          { runValidators: true },
        );
        return view(
          await findOwn(runtime.models.Programme, 'programme', caller.organisationId, params.id),
        );
      },
    }),
    route({
      method: 'post',
      path: '/programmes/:id/participants',
      operationId: 'addParticipants',
      description:
        'Each person must be of your organisation; a participant named again gets the new pay type.',
      example: { participants: [{ personId: '665f1c2ab3e4d5f6a7b8c9d2', payType: 'wage' }] },
      summary: 'Adds participants, or changes their pay type',
      role: 'coordinator',
      params: idParams,
      body: participantsBody,
      response: programmeView,
      handle: async ({ runtime, caller, params, body }) => {
        const programme = await findOwn(
          runtime.models.Programme,
          'programme',
          caller.organisationId,
          params.id,
        );
        const ids = body.participants.map((p) => p.personId);
        await ownPeople(runtime, caller.organisationId, ids, 'participants');
        const payTypes = new Map(body.participants.map((p) => [p.personId, p.payType]));
        const kept = programme.participants
          .filter((p) => !payTypes.has(p.person.toString()))
          .map((p) => ({ person: p.person, payType: p.payType }));
        const added = [...payTypes].map(([id, payType]) => ({
          person: new Types.ObjectId(id),
          payType,
        }));
        await runtime.models.Programme.updateOne(
          { _id: programme._id },
          { $set: { participants: [...kept, ...added] } },
        );
        return view(
          await findOwn(runtime.models.Programme, 'programme', caller.organisationId, params.id),
        );
      },
    }),
    route({
      method: 'delete',
      path: '/programmes/:id/participants/:personId',
      operationId: 'removeParticipant',
      description: 'Removing someone who is not a participant answers the programme as it is.',
      summary: 'Removes a participant (hours already confirmed stay in the ledger)',
      role: 'coordinator',
      params: participantParams,
      response: programmeView,
      handle: async ({ runtime, caller, params }) => {
        const programme = await findOwn(
          runtime.models.Programme,
          'programme',
          caller.organisationId,
          params.id,
        );
        if (!programme.participants.some((p) => p.person.toString() === params.personId))
          return view(programme);
        await runtime.models.Programme.updateOne(
          { _id: programme._id },
          {
            $set: {
              participants: programme.participants
                .filter((p) => p.person.toString() !== params.personId)
                .map((p) => ({ person: p.person, payType: p.payType })),
            },
          },
        );
        return view(
          await findOwn(runtime.models.Programme, 'programme', caller.organisationId, params.id),
        );
      },
    }),
    route({
      method: 'get',
      path: '/programmes/:id/ledger',
      operationId: 'getProgrammeLedger',
      summary: 'Budget and allotments after the hours supervisors confirmed',
      role: 'read_only',
      params: idParams,
      response: ledgerView,
      handle: async ({ runtime, caller, params }) => {
        const programme = await findOwn(
          runtime.models.Programme,
          'programme',
          caller.organisationId,
          params.id,
        );
        const { state } = await programmeLedger(runtime, programme);
        return {
          budgetCents: programme.budgetCents,
          spentCents: state.spentCents,
          remainingCents: state.remainingCents,
          spentCentsByPayType: state.spentCentsByPayType,
          minutesPerParticipant: state.allotmentMinutes,
          participants: programme.participants.map((p) => {
            const id = p.person.toString();
            const balance = state.byParticipant.get(id);
            return {
              personId: id,
              usedMinutes: balance?.usedMinutes ?? 0,
              leftMinutes: balance?.leftMinutes ?? state.allotmentMinutes,
            };
          }),
          capped: state.capped.map(({ participantId, ...rest }) => ({
            personId: participantId,
            ...rest,
          })),
        };
      },
    }),
    route({
      method: 'get',
      path: '/programmes/:id/report',
      operationId: 'getProgrammeReport',
      summary:
        "Per day in the organisation's zone: hours offered, taken, confirmed, no-shows, budget spent, people reached",
      role: 'read_only',
      params: idParams,
      response: reportView,
      handle: async ({ runtime, caller, params }) => {
        const programme = await findOwn(
          runtime.models.Programme,
          'programme',
          caller.organisationId,
          params.id,
        );
        const { timeZone } = await runtime.models.Organisation.findById(programme.organisation, {
          timeZone: 1,
        })
          .orFail()
          .lean();
        const days = await programmeActivity(runtime, programme, (d) => localDate(d, timeZone));
        return {
          timeZone,
          days: days.map((d) => ({
            date: d.period,
            hoursOffered: minutesToHours(d.minutesOffered),
            hoursTaken: minutesToHours(d.minutesTaken),
            hoursConfirmed: minutesToHours(d.minutesConfirmed),
            noShows: d.noShows,
            budgetSpentCents: d.budgetSpentCents,
            peopleReached: d.peopleReached,
          })),
        };
      },
    }),
    route({
      method: 'post',
      path: '/programmes/:id/broadcasts',
      operationId: 'createBroadcast',
      description: 'The end must be in the future; the budget must cover every slot.',
      errors: {
        422: 'The budget cannot pay for the slots (over_budget) or the programme has no supervisor (no_supervisor).',
      },
      example: {
        slots: 10,
        start: '2026-12-06T09:00:00-05:00',
        end: '2026-12-06T13:00:00-05:00',
        place: 'trash pick, Riverside Park',
      },
      summary: 'Offers slots to every eligible participant at once (same checks as by text)',
      role: 'coordinator',
      params: idParams,
      body: broadcastBody,
      response: broadcastView,
      status: 201,
      handle: async ({ runtime, caller, params, body }) => {
        const programme = await findOwn(
          runtime.models.Programme,
          'programme',
          caller.organisationId,
          params.id,
        );
        const { check, shift } = await postBroadcast(
          runtime,
          programme,
          {
            slots: body.slots,
            start: new Date(body.start),
            end: new Date(body.end),
            place: body.place,
          },
          { kind: 'api', ref: `api-key:${caller.keyId}` },
        );
        if (!check.ok || !shift) throw broadcastRefused(check);
        return {
          shiftId: shift._id.toString(),
          slots: body.slots,
          reach: check.reach,
          neededCents: check.neededCents,
          availableCents: check.availableCents,
        };
      },
    }),
  ],
};

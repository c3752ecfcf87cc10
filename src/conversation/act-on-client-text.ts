/**
 * A client's texts about visits: a request in their own words, the answers to its questions, YES
 * to the summary, STATUS, a move ("can we do 3pm instead?") or a call-off (CALL OFF). Each
 * dialog is a `visit-request` flow (flows/visit-request.ts): this reads the text, works out the
 * next step, and hands the flow one event.
 */
import type { Types } from 'mongoose';
import {
  visitRequestContext,
  visitRequestFlow,
  type VisitPurpose,
  type VisitRequestContext,
  type VisitRequestEvent,
} from '../../flows/visit-request';
import {
  wallTime,
  minutesOfDay,
  addDays,
  instantAtMinutes,
  addMinutes,
} from '../domain/zoned-time';
import { applyEvent, loadSnapshot, startFlow } from '../engine/runtime/store';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { formatWhen, renderMessage, type Language, type MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { Shift } from '../models/shift';
import type { VisitRequest } from '../models/visit-request';
import { loadCatalogue } from '../visits/catalogue';
import { draftOfVisit, lastVisit, upcomingVisits, type ClientVisit } from '../visits/client-visits';
import { visitSettingsOf, type StoredVisitSettings } from '../visits/settings';
import type { ReplyDeps, Speaker } from './act-on-reply';
import type { ParseResult } from './parse-reply';
import { nextVisitStep, serviceName, type StepContext } from './visit-dialog/next-step';
import { loadDraft, storeDraft } from './visit-dialog/stored-draft';
import { parseVisitAnswer, parseVisitChange, parseVisitRequest } from './visit-request';
import { readSameAgain } from './visit-request/read-same-again';
import { readVisitCommand } from './visit-request/read-visit-command';
import type { VisitParseContext, VisitRequestDraft } from './visit-request/types';
import { addressedFormally } from '../messaging/formal-address';

export type ClientSpeaker = Omit<Speaker, 'person' | 'organisation'> & {
  person: Omit<Speaker['person'], 'roles'> & {
    name: string;
    roles: { role: string; organisation: Types.ObjectId }[];
  };
  organisation: Speaker['organisation'] & { visitSettings?: StoredVisitSettings | null };
};

interface Dialog {
  deps: ReplyDeps;
  speaker: ClientSpeaker;
  body: string;
  language: Language;
  parse: VisitParseContext;
  step: (purpose: VisitPurpose) => StepContext;
}

const STATUS_LIMIT = 3;

export function isClientOf(speaker: ClientSpeaker): boolean {
  return speaker.person.roles.some(
    (r) => r.role === 'client' && r.organisation.equals(speaker.organisation._id),
  );
}

function reply(dialog: Dialog, key: MessageKey, vars: Record<string, string | number> = {}) {
  const { speaker } = dialog;
  return queueText(dialog.deps, {
    dedupeKey: `reply-${speaker.messageSid}`,
    organisation: speaker.organisation,
    to: {
      person: {
        _id: speaker.person._id,
        language: dialog.language,
        formal: addressedFormally(speaker.person, speaker.organisation),
      },
    },
    key,
    vars,
  });
}

async function dialogFor(deps: ReplyDeps, speaker: ClientSpeaker, body: string): Promise<Dialog> {
  const { organisation } = speaker;
  const language = (speaker.person.language ?? 'en') as Language;
  const settings = visitSettingsOf(organisation);
  const catalogue = await loadCatalogue(deps.models, organisation._id);
  const now = deps.clock.now();
  const parse = {
    language,
    timeZone: organisation.timeZone,
    now,
    catalogue,
    windows: settings.dayWindows,
  };
  return {
    deps,
    speaker,
    body,
    language,
    parse,
    step: (purpose) => ({
      ...parse,
      purpose,
      settings,
      formal: addressedFormally(speaker.person, organisation),
    }),
  };
}

function understood(
  dialog: Dialog,
  purpose: VisitPurpose,
  draft: VisitRequestDraft,
): VisitRequestEvent {
  const next = nextVisitStep(draft, dialog.step(purpose));
  return { type: 'client.understood', draft: storeDraft(next.draft), step: next.step };
}

/** Keeps the client's text for a coordinator, once however often the text is processed. */
async function keepText(dialog: Dialog, requestId: VisitRequest['_id']): Promise<void> {
  const { deps, speaker } = dialog;
  const request = await deps.models.VisitRequest.findById(requestId, { transcript: 1 }).lean();
  if (!request || request.transcript.some((line) => line.ref === speaker.messageSid)) return;
  const line = {
    from: 'client',
    text: dialog.body || '-',
    at: deps.clock.now(),
    ref: speaker.messageSid,
  };
  await deps.models.VisitRequest.updateOne({ _id: requestId }, { $push: { transcript: line } });
}

/** Feeds one event to the dialog, after keeping the text (a hand-off passes it on). */
async function hear(
  dialog: Dialog,
  request: Pick<VisitRequest, '_id'>,
  event: VisitRequestEvent,
): Promise<string> {
  await keepText(dialog, request._id);
  const applied = await applyEvent(
    dialog.deps,
    visitRequestFlow,
    `visit:${request._id.toString()}`,
    event,
    { kind: 'reply', ref: dialog.speaker.messageSid },
  );
  return `visit:${event.type}:${applied.handled ? applied.snapshot.state : applied.reason}`;
}

/** Opens a dialog (one per client: a second text racing the first joins the first's). */
async function open(
  dialog: Dialog,
  purpose: VisitPurpose,
  event: VisitRequestEvent,
  shift?: Shift,
): Promise<string> {
  const { deps, speaker } = dialog;
  const { VisitRequest: Requests } = deps.models;
  let request;
  try {
    request = await Requests.create({
      organisation: speaker.organisation._id,
      client: speaker.person._id,
      purpose,
      shift: shift?._id,
      openFor: speaker.person._id,
      createdAt: deps.clock.now(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const racing = await Requests.findOne({ openFor: speaker.person._id }).lean<VisitRequest>();
    if (!racing) throw error;
    return continueDialog(dialog, racing);
  }
  const settings = visitSettingsOf(speaker.organisation);
  await startFlow(
    deps,
    visitRequestFlow,
    visitRequestContext({
      requestId: request._id.toString(),
      clientId: speaker.person._id.toString(),
      purpose,
      expiryMinutes: settings.dialogExpiryMinutes,
    }),
    { kind: 'reply', ref: `${speaker.messageSid}:open` },
  );
  return hear(dialog, request, event);
}

/** What the client's text means to the dialog waiting for it. */
function eventFor(
  dialog: Dialog,
  context: VisitRequestContext,
  state: string,
  intent: ParseResult,
) {
  const plain = intent.kind === 'intent' && !('code' in intent.intent && intent.intent.code);
  const type = intent.kind === 'intent' ? intent.intent.type : undefined;
  if (plain && type === 'yes' && state === 'confirming') return { type: 'client.yes' } as const;
  if (plain && type === 'no') return { type: 'client.no' } as const;
  // A visit being called off has nothing to change: YES or NO only.
  if (context.purpose === 'call_off' || !context.draft) {
    if (context.purpose === 'call_off') return { type: 'client.unclear' } as const;
    const result = parseVisitRequest(dialog.body, dialog.parse);
    return result.kind === 'request'
      ? understood(dialog, context.purpose, result.draft)
      : ({ type: 'client.unclear' } as const);
  }
  const result = parseVisitAnswer(loadDraft(context.draft), dialog.body, {
    ...dialog.parse,
    expecting: context.step?.expecting ?? 'confirm',
    choices: context.step?.choices ?? [],
  });
  return result.kind === 'request'
    ? understood(dialog, context.purpose, result.draft)
    : ({ type: 'client.unclear' } as const);
}

async function continueDialog(
  dialog: Dialog,
  request: VisitRequest,
  intent: ParseResult = { kind: 'unclear', reason: 'unknown' },
): Promise<string> {
  const snapshot = await loadSnapshot<VisitRequestContext>(
    dialog.deps,
    `visit:${request._id.toString()}`,
  );
  if (!snapshot) return hear(dialog, request, { type: 'client.unclear' });
  return hear(dialog, request, eventFor(dialog, snapshot.context, snapshot.state, intent));
}

async function status(dialog: Dialog): Promise<string> {
  const { deps, speaker, language } = dialog;
  const { organisation } = speaker;
  const visits = await upcomingVisits(deps, speaker.person._id, organisation._id, deps.clock.now());
  if (visits.length === 0) {
    await reply(dialog, 'visit.none');
    return 'visit:status:none';
  }
  const items = visits.slice(0, STATUS_LIMIT).map(({ shift, workerName }) =>
    renderMessage('visit.status_item', language, {
      when: formatWhen(shift.start, shift.end, organisation.timeZone, language),
      service: serviceName(dialog.parse.catalogue, shift.service ?? undefined, language),
      who: workerName ?? renderMessage('visit.finding', language, {}),
    }),
  );
  if (visits.length > STATUS_LIMIT) {
    items.push(renderMessage('list_more', language, { count: visits.length - STATUS_LIMIT }));
  }
  await reply(dialog, 'visit.status', { count: visits.length, list: items.join('\n') });
  return 'visit:status';
}

/** A booked visit as a draft: what it was booked as, at the time it now has. */
function draftOf(dialog: Dialog, shift: Shift): Promise<VisitRequestDraft> {
  return draftOfVisit(dialog.deps, shift, dialog.parse.timeZone);
}

/** The visit a move or call-off means: the one on the day the text names, else the next. */
function chosenVisit(dialog: Dialog, visits: ClientVisit[]): Shift | undefined {
  const named = parseVisitRequest(dialog.body, dialog.parse);
  const day = named.kind === 'request' ? named.draft.date : undefined;
  const { timeZone } = dialog.parse;
  const onDay = day
    ? visits.find(({ shift }) => {
        const wall = wallTime(shift.start, timeZone);
        return wall.year === day.year && wall.month === day.month && wall.day === day.day;
      })
    : undefined;
  return (onDay ?? visits[0])?.shift;
}

async function change(dialog: Dialog, command: 'move' | 'call_off'): Promise<string> {
  const { deps, speaker } = dialog;
  const visits = await upcomingVisits(
    deps,
    speaker.person._id,
    speaker.organisation._id,
    deps.clock.now(),
  );
  const shift = chosenVisit(dialog, visits);
  if (!shift) {
    await reply(dialog, 'visit.none');
    return `visit:${command}:none`;
  }
  const draft = await draftOf(dialog, shift);
  if (command === 'call_off') {
    return open(dialog, 'call_off', understood(dialog, 'call_off', draft), shift);
  }
  const changed = parseVisitChange(draft, dialog.body, dialog.parse);
  // "Can we move my visit?" says no new time: ask for the day, then the time.
  const next: VisitRequestDraft =
    changed.kind === 'request' && changed.draft.start?.getTime() !== shift.start.getTime()
      ? changed.draft
      : (({ date: _d, startMinutes: _s, start: _st, end: _e, ...rest }) => ({
          ...rest,
          missing: ['date' as const, 'time' as const],
        }))(draft);
  return open(dialog, 'move', understood(dialog, 'move', next), shift);
}

/** "Same time next week": the client's last visit again, that many weeks on. */
async function sameAgain(dialog: Dialog, weeksLater: number): Promise<string | undefined> {
  const { deps, speaker } = dialog;
  const last = await lastVisit(deps, speaker.person._id, speaker.organisation._id);
  if (!last) return undefined;
  const draft = await draftOf(dialog, last);
  const { timeZone } = dialog.parse;
  const wall = wallTime(last.start, timeZone);
  const date = addDays(wall, weeksLater * 7);
  const start = instantAtMinutes(date, minutesOfDay(wall), timeZone);
  const minutes = draft.durationMinutes ?? 60;
  return open(
    dialog,
    'book',
    understood(dialog, 'book', {
      ...draft,
      date: { year: date.year, month: date.month, day: date.day },
      start,
      end: addMinutes(start, minutes),
    }),
  );
}

/**
 * Acts on a client's text, or returns undefined when it is not about visits (a YES to nothing,
 * HELP, a worker's reply from someone who is also a client), for the usual handling.
 */
export async function actOnClientText(
  deps: ReplyDeps,
  speaker: ClientSpeaker,
  intent: ParseResult,
  body: string,
): Promise<string | undefined> {
  if (!isClientOf(speaker)) return undefined;
  const dialog = await dialogFor(deps, speaker, body);
  const type = intent.kind === 'intent' ? intent.intent.type : undefined;
  if (type === 'status') return status(dialog);
  const request = await deps.models.VisitRequest.findOne({
    openFor: speaker.person._id,
  }).lean<VisitRequest>();
  // "help me with groceries tuesday" is a request, a bare HELP is not. An open dialog reads
  // the text as an answer, so it is read as a request only where that can matter.
  const asked = type === 'help' || !request ? parseVisitRequest(body, dialog.parse) : undefined;
  if (type === 'help' && asked?.kind !== 'request') return undefined;
  if (request) return continueDialog(dialog, request, intent);
  if (type !== undefined && type !== 'help') return undefined;
  const command = readVisitCommand(body, dialog.language);
  if (command) return change(dialog, command);
  const same = readSameAgain(body, dialog.language);
  if (same) {
    const outcome = await sameAgain(dialog, same.weeksLater);
    if (outcome) return outcome;
  }
  if (asked?.kind === 'request') {
    return open(dialog, 'book', understood(dialog, 'book', asked.draft));
  }
  return open(dialog, 'book', { type: 'client.unclear' });
}

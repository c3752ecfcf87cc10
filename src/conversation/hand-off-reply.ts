import type { Types } from 'mongoose';
import type { Language } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { TranscriptLine } from '../models/transcript';
import { handOff, type OrganisationRef } from '../visits/hand-off';
import type { ReplyDeps } from './act-on-reply';
import { needsAPerson } from './needs-a-person';
import { loadOpenPrompts } from './open-prompts';
import type { ParseResult } from './types';
import { asKnownTo, type Person } from '../models/person';

/** The thread a coordinator is handed: this many of the latest texts each way. */
const THREAD_TEXTS = 4;

export interface WorkerText {
  person: {
    _id: Types.ObjectId;
    name: string;
    records: Person['records'];
    language?: string | null;
    roles: { role: string; organisation: Types.ObjectId }[];
  };
  organisation: OrganisationRef;
  inbound: { messageSid: string; from: string; channel: string; receivedAt: Date };
}

/**
 * A worker's question or conditional yes goes to a coordinator at once, with the thread, and
 * the worker is told a person will answer. The coordinator is the shift's when the worker has
 * one offer or place in play, else the organisation's first. Undefined for anything else.
 */
export async function handOffReply(
  deps: ReplyDeps,
  { person, organisation, inbound }: WorkerText,
  body: string,
  parsed: ParseResult,
): Promise<string | undefined> {
  const worker = person.roles.some(
    (r) => r.role === 'worker' && r.organisation.equals(organisation._id),
  );
  const why = worker ? needsAPerson(body, parsed) : undefined;
  if (!why) return undefined;
  const now = deps.clock.now();
  const prompts = await loadOpenPrompts(deps, person, now);
  const inPlay = [...prompts.offers, ...prompts.assignments.filter((a) => a.shiftEnd > now)];
  const about = inPlay.length === 1 ? inPlay[0] : undefined;
  const shift = about
    ? await deps.models.Shift.findById(about.shiftId, { coordinator: 1 }).lean()
    : undefined;
  await handOff(deps, {
    organisation,
    reason: why,
    from: inbound.channel === 'whatsapp' ? `whatsapp:${inbound.from}` : inbound.from,
    person: { _id: person._id, name: asKnownTo(person, organisation._id).name },
    transcript: await threadOf(deps, person._id, { text: body, at: inbound.receivedAt }),
    ...(shift?.coordinator ? { coordinator: shift.coordinator } : {}),
    ...(about
      ? { about: { start: about.shiftStart, end: about.shiftEnd, place: about.place } }
      : {}),
  });
  await queueText(deps, {
    dedupeKey: `reply-${inbound.messageSid}`,
    organisation,
    to: { person: { _id: person._id, language: (person.language ?? 'en') as Language } },
    key: 'handoff.told',
  });
  return `handed_off:${why}`;
}

/**
 * The person's latest texts both ways, oldest first, ending with the one being answered (not yet
 * filed under the person while it is processed): two indexed queries.
 */
async function threadOf(
  deps: ReplyDeps,
  person: Types.ObjectId,
  current: { text: string; at: Date },
): Promise<TranscriptLine[]> {
  const [ins, outs] = await Promise.all([
    deps.models.InboundMessage.find({ person }, { body: 1, receivedAt: 1 })
      .sort({ receivedAt: -1 })
      .limit(THREAD_TEXTS)
      .lean(),
    deps.models.OutboundMessage.find({ person }, { body: 1, createdAt: 1 })
      .sort({ createdAt: -1 })
      .limit(THREAD_TEXTS)
      .lean(),
  ]);
  const earlier: TranscriptLine[] = [
    ...ins.map((m) => ({ from: 'worker' as const, text: m.body || '-', at: m.receivedAt })),
    ...outs.map((m) => ({ from: 'shiftline' as const, text: m.body, at: m.createdAt })),
  ].filter((line) => line.at.getTime() !== current.at.getTime() || line.text !== current.text);
  const sorted = earlier.sort((a, b) => a.at.getTime() - b.at.getTime());
  return [
    ...sorted.slice(-THREAD_TEXTS),
    { from: 'worker', text: current.text || '-', at: current.at },
  ];
}

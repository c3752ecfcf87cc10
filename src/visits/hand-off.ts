import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { firstCoordinatorOf } from '../engine/runtime/first-coordinator';
import type { EngineRuntime } from '../engine/runtime/types';
import { formatWhen, isLanguage, type Language, type MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { TranscriptLine } from '../models/transcript';

/** The client's last texts, short enough for one text to a coordinator. */
const QUOTED_TEXTS = 3;
const QUOTE_LENGTH = 160;

/** What texts on an organisation's behalf need of it. */
export interface OrganisationRef {
  _id: Types.ObjectId;
  name: string;
  contact: string;
  timeZone: string;
  terminology?: unknown;
}

export interface HandOffInput {
  organisation: OrganisationRef;
  /** A worker's 'question' or 'condition' goes to the shift's coordinator when given. */
  reason: 'unknown_number' | 'not_understood' | 'question' | 'condition';
  from: string;
  person?: { _id: Types.ObjectId; name: string };
  coordinator?: Types.ObjectId;
  /** The shift a worker's question is about, named in the coordinator's text. */
  about?: { start: Date; end: Date; place: string };
  visitRequest?: Types.ObjectId;
  transcript: TranscriptLine[];
}

function quote(transcript: readonly TranscriptLine[]): string {
  const texts = transcript
    .filter((line) => line.from !== 'shiftline')
    .slice(-QUOTED_TEXTS)
    .map((line) => line.text.replace(/\s+/g, ' ').trim())
    .join(' / ');
  return texts.length > QUOTE_LENGTH ? `${texts.slice(0, QUOTE_LENGTH - 3)}...` : texts;
}

/** What the coordinator is texted: who, their number, their last texts, and the shift if known. */
function coordinatorText(
  input: HandOffInput,
  language: Language,
): { key: MessageKey; vars: Record<string, string> } {
  const base = { phone: input.from, texts: quote(input.transcript) };
  if (!input.person) return { key: 'visit.handoff.unknown', vars: base };
  if (input.reason !== 'question' && input.reason !== 'condition') {
    return { key: 'visit.handoff.client', vars: { ...base, client: input.person.name } };
  }
  const named = { ...base, name: input.person.name };
  if (!input.about) return { key: 'handoff.worker', vars: named };
  const { start, end, place } = input.about;
  const when = formatWhen(start, end, input.organisation.timeZone, language);
  return { key: 'handoff.worker_about', vars: { ...named, when, place } };
}

/**
 * Passes texts Shiftline could not act on to the organisation's first coordinator: recorded as a
 * hand-off the API lists, and texted once. While a sender's hand-off is open, their later texts
 * join it without texting the coordinator again (the unique `openKey` decides, also for two texts
 * at once).
 */
export async function handOff(runtime: EngineRuntime, input: HandOffInput): Promise<void> {
  const { HandOff, Person } = runtime.models;
  const { organisation } = input;
  const openKey = `${organisation._id.toString()}:${input.from}`;
  const coordinatorId =
    input.coordinator ?? (await firstCoordinatorOf(runtime.models, organisation._id));
  let created;
  try {
    created = await HandOff.create({
      organisation: organisation._id,
      reason: input.reason,
      person: input.person?._id,
      from: input.from,
      visitRequest: input.visitRequest,
      transcript: input.transcript,
      openKey,
      coordinator: coordinatorId,
      createdAt: runtime.clock.now(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const open = await HandOff.findOne({ openKey }).lean();
    // The same dialog handed over again (its effect run twice): already recorded.
    if (!open || (input.visitRequest && open.visitRequest?.equals(input.visitRequest))) return;
    // A text processed again (a replayed job) is not added twice.
    const fresh = input.transcript.filter(
      (line) =>
        !open.transcript.some((l) => l.at.getTime() === line.at.getTime() && l.text === line.text),
    );
    if (fresh.length > 0) {
      await HandOff.updateOne({ _id: open._id }, { $push: { transcript: { $each: fresh } } });
    }
    return;
  }
  if (!coordinatorId) {
    runtime.log.warn({ handOff: created._id.toString() }, 'hand-off with no coordinator to text');
    return;
  }
  const coordinator = await Person.findById(coordinatorId, { language: 1 }).lean();
  const language = isLanguage(coordinator?.language) ? coordinator.language : 'en';
  await queueText(runtime, {
    dedupeKey: `hand-off:${created._id.toString()}`,
    organisation,
    to: { person: { _id: coordinatorId, language } },
    ...coordinatorText(input, language),
  });
}

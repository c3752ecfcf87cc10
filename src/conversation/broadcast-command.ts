/**
 * What a coordinator's BROADCAST says: "10 trash pick Sat 9-1 Riverside Park" is 10 slots of
 * trash pick next Saturday, 9am–1pm in the coordinator's time zone, at Riverside Park. Pure: the
 * caller passes the clock and the programme's work types. Never throws and never guesses a part
 * that is missing; the reply built from it is confirmed by the coordinator before anything is sent.
 */
import type { Span } from './broadcast-clock';
import { readWhatAndWhere, type Piece, type WorkTypeNames } from './broadcast-what-and-where';
import { readWhen, type WhenUnclearReason } from './broadcast-when';
import type { Language } from './types';

export type { WorkTypeNames } from './broadcast-what-and-where';

export const MAX_SLOTS = 500;

export interface BroadcastContext {
  language: Language;
  /** The coordinator's IANA zone, e.g. "America/New_York". */
  timeZone: string;
  now: Date;
  workTypes: readonly WorkTypeNames[];
}

export interface BroadcastCommand {
  kind: 'command';
  slots: number;
  /** Set when the work named is one of the programme's work types. */
  workTypeId?: string;
  workTypeText: string;
  start: Date;
  end: Date;
  place: string;
}

export type BroadcastUnclearReason =
  'no_slots' | 'too_many_slots' | WhenUnclearReason | 'no_work_type' | 'no_place';

export type BroadcastReading =
  | BroadcastCommand
  | {
      kind: 'unclear';
      /** The first thing missing, in the order the text is read: count, time, work, place. */
      reason: BroadcastUnclearReason;
      partial: Partial<Omit<BroadcastCommand, 'kind'>>;
    };

/** `text` is what follows BROADCAST / DIFUSIÓN / DIFFUSION. */
export function readBroadcastCommand(text: string, context: BroadcastContext): BroadcastReading {
  const uniform = text.replace(/[’‘ʼ]/g, "'");
  const count = readSlotCount(uniform);
  const when = readWhen(uniform, count.end, context);
  const whenStart = Math.min(...when.spans.map((span) => span.start));
  const pieces = piecesBetween(count.end, uniform.length, when.spans).map((span): Piece => ({
    ...span,
    beforeWhen: span.end <= whenStart,
  }));
  const what = readWhatAndWhere(uniform, pieces, context.workTypes, context.language);

  const partial: Partial<Omit<BroadcastCommand, 'kind'>> = {
    ...(count.slots !== undefined && { slots: count.slots }),
    ...(when.start && { start: when.start }),
    ...(when.end && { end: when.end }),
    ...(what.workTypeId !== undefined && { workTypeId: what.workTypeId }),
    ...(what.workTypeText !== '' && { workTypeText: what.workTypeText }),
    ...(what.place !== '' && { place: what.place }),
  };
  const unclear = (reason: BroadcastUnclearReason): BroadcastReading => ({
    kind: 'unclear',
    reason,
    partial,
  });

  if (count.slots === undefined || count.slots === 0) return unclear('no_slots');
  if (count.slots > MAX_SLOTS) return unclear('too_many_slots');
  if (when.kind === 'unclear') return unclear(when.reason);
  if (what.workTypeText === '') return unclear('no_work_type');
  if (what.place === '') return unclear('no_place');
  return {
    kind: 'command',
    slots: count.slots,
    ...(what.workTypeId !== undefined && { workTypeId: what.workTypeId }),
    workTypeText: what.workTypeText,
    start: when.start,
    end: when.end,
    place: what.place,
  };
}

/** The number the text starts with ("10 trash pick…"); not one that starts a time ("9-1"). */
function readSlotCount(text: string): { slots?: number; end: number } {
  const match = /^\s*(\d{1,6})(?=\s|$)/u.exec(text);
  if (!match) return { end: 0 };
  return { slots: Number(match[1]), end: match[0].length };
}

/** The stretches of [from, to) that no span covers. */
function piecesBetween(from: number, to: number, spans: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let cursor = from;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > cursor) pieces.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (to > cursor) pieces.push({ start: cursor, end: to });
  return pieces;
}

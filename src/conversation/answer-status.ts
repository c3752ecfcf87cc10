import { placeInLanguage } from '../engine/runtime/message-vars';
import { activeAssignmentsFor } from '../engine/runtime/queries';
import { renderMessage, type Language, type MessageKey } from '../i18n';
import { waitListPlaces } from '../programme/wait-list';
import type { ReplyDeps, Speaker } from './act-on-reply';

type Reply = (key: MessageKey, vars?: Record<string, string | number>) => Promise<unknown>;

/**
 * STATUS: the person's coming places, then where they stand on any wait list ("number 2 for
 * Sat 28 Nov, …"); one text.
 */
export async function answerStatus(
  deps: ReplyDeps,
  person: Speaker['person'],
  tools: {
    language: Language;
    when: (start: Date, end: Date) => string;
    list: (items: string[]) => string;
    reply: Reply;
  },
): Promise<string> {
  const { language, when, list, reply } = tools;
  const now = deps.clock.now();
  const [assignments, waiting] = await Promise.all([
    activeAssignmentsFor(deps, person._id.toString(), now),
    waitListPlaces(deps, person._id, now),
  ]);
  const upcoming = assignments.filter((a) => a.shiftEnd > now);
  const bookedList = list(
    upcoming.map((a) =>
      renderMessage('status.item', language, {
        when: when(a.shiftStart, a.shiftEnd),
        place: placeInLanguage(a.place, a.placeIn, language),
      }),
    ),
  );
  const waitingList = list(
    waiting.map((w) =>
      renderMessage('status.waiting_item', language, {
        position: w.position,
        when: when(w.shift.start, w.shift.end),
        place: placeInLanguage(w.shift.place, w.shift.placeIn, language),
      }),
    ),
  );
  const booked = { count: upcoming.length, list: bookedList };
  if (waiting.length === 0) {
    await (upcoming.length === 0 ? reply('status.none') : reply('status.list', booked));
    return 'status';
  }
  await (upcoming.length === 0
    ? reply('status.waiting', { list: waitingList })
    : reply('status.both', {
        booked: renderMessage('status.list', language, booked),
        waiting: renderMessage('status.waiting', language, { list: waitingList }),
      }));
  return 'status:wait_listed';
}

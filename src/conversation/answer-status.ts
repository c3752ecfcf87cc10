import { placeInLanguage, type PlaceInLanguages } from '../engine/runtime/message-vars';
import { activeAssignmentsFor } from '../engine/runtime/queries';
import { renderMessage, type Language, type MessageKey, type Terminology } from '../i18n';
import { waitListPlaces } from '../programme/wait-list';
import type { ReplyDeps, Speaker } from './act-on-reply';
import { shortList } from './short-list';
import { openTalksFor, type OpenTalk } from './talk-invitations';

type Vars = Record<string, string | number>;
type Reply = (key: MessageKey, vars?: Vars) => Promise<unknown>;

interface Place {
  start: Date;
  end: Date;
  place: string;
  placeIn?: PlaceInLanguages | null;
}

/** What STATUS tells: coming places, wait-list places, invitations to talk still open. */
export interface StatusFacts {
  booked: Place[];
  waiting: { position: number; shift: Place }[];
  talks: OpenTalk[];
}

export interface StatusWords {
  language: Language;
  terms?: Terminology | null;
  when: (start: Date, end: Date) => string;
}

/**
 * STATUS's text as a message key and its variables: the coming places, then where the person
 * stands on any wait list ("number 2 for Sat 28 Nov, …"), then each invitation to talk with the
 * code to answer it. Every list shows five lines, then "+N more". Pure.
 */
export function statusMessage(
  { booked, waiting, talks }: StatusFacts,
  { language, terms, when }: StatusWords,
): { key: MessageKey; vars: Vars } {
  const render = (key: MessageKey, vars: Vars) => renderMessage(key, language, vars, terms);
  const placeLine = (p: Place) => ({
    when: when(p.start, p.end),
    place: placeInLanguage(p.place, p.placeIn, language),
  });
  const bookedVars = {
    count: booked.length,
    list: shortList(
      booked.map((p) => render('status.item', placeLine(p))),
      language,
    ),
  };
  const waitingVars = {
    list: shortList(
      waiting.map((w) =>
        render('status.waiting_item', { position: w.position, ...placeLine(w.shift) }),
      ),
      language,
    ),
  };
  const shifts: { key: MessageKey; vars: Vars } =
    waiting.length === 0
      ? booked.length === 0
        ? { key: 'status.none', vars: {} }
        : { key: 'status.list', vars: bookedVars }
      : booked.length === 0
        ? { key: 'status.waiting', vars: waitingVars }
        : {
            key: 'status.both',
            vars: {
              booked: render('status.list', bookedVars),
              waiting: render('status.waiting', waitingVars),
            },
          };
  if (talks.length === 0) return shifts;
  const talkLines = talks.map((t) =>
    render('status.talk_item', { name: t.organisationName, code: t.code }),
  );
  return {
    key: 'status.with_talks',
    vars: { status: render(shifts.key, shifts.vars), talks: shortList(talkLines, language) },
  };
}

/** STATUS: one text of what the person has coming and what waits for their answer. */
export async function answerStatus(
  deps: ReplyDeps,
  person: Speaker['person'],
  tools: StatusWords & { reply: Reply },
): Promise<string> {
  const now = deps.clock.now();
  const [assignments, waiting, talks] = await Promise.all([
    activeAssignmentsFor(deps, person._id.toString(), now),
    waitListPlaces(deps, person._id, now),
    openTalksFor(deps, person._id, now),
  ]);
  const booked = assignments
    .filter((a) => a.shiftEnd > now)
    .map((a) => ({ start: a.shiftStart, end: a.shiftEnd, place: a.place, placeIn: a.placeIn }));
  const { key, vars } = statusMessage({ booked, waiting, talks }, tools);
  await tools.reply(key, vars);
  return waiting.length > 0 ? 'status:wait_listed' : 'status';
}

/**
 * A client's first text about a visit ("can someone help me with groceries tuesday morning?",
 * "necesito ayuda con la comida el lunes a las 10", "besoin d'une visite demain après-midi")
 * → a draft of the visit, with what is missing, or the reason it cannot be read. Pure: the time
 * comes from `context.now`, the zone is the organisation's.
 *
 * Decided here (tests/unit/conversation/visit-request hold it):
 * - The service comes from the catalogue's names and synonyms in the client's language; two
 *   services named leave the service missing, with both in `ambiguities`.
 * - Days are read by chrono-node, forward from today; a weekday whose time has passed today is
 *   next week's. "next week" names no day.
 * - "morning", "por la tarde", "ce soir" start the visit when the organisation's window opens;
 *   with a time, they only say which half of the day it is in ("at 7 in the evening").
 * - An hour said without am/pm: 1 to 6 are afternoon hours, 7 to 12 as said.
 * - The end: a range's end ("9-11"), else the start plus a said duration ("for 2 hours"), else
 *   plus the service's default.
 * - The place is the client's home unless one is named; `placeSaid` tells which.
 * - Nothing recognised at all is unclear, never a guess.
 * - A series ("every Monday morning for 5 weeks", "cada martes", "tous les lundis") sets
 *   `repeat`: the weekday said is the first visit's day (the next one); "for a month" is 4
 *   weeks, so 4 weekly visits; "for N weeks" every other week is ceil(N / 2) visits; a series
 *   said without a length ("every week") has 4 visits (`count` is always set). More than 12
 *   visits are cut to 12 and the draft says `repeatCapped: true`. A length alone ("for 3
 *   weeks") starts no series; it changes the length of one the draft already has.
 */
import { requestResult } from './apply-reading';
import { namesAVisit, readVisitText } from './read-visit-text';
import type { VisitParseContext, VisitParseResult, VisitRequestDraft } from './types';
import { unreadable } from './unreadable';

export const EMPTY_DRAFT: VisitRequestDraft = {
  place: { kind: 'home' },
  placeSaid: false,
  missing: ['service', 'date', 'time'],
};

export function parseVisitRequest(text: string, context: VisitParseContext): VisitParseResult {
  const refused = unreadable(text);
  if (refused) return refused;
  const reading = readVisitText(text, context);
  if (!namesAVisit(reading)) return { kind: 'unclear', reason: 'nothing_understood' };
  return requestResult(EMPTY_DRAFT, reading, context);
}

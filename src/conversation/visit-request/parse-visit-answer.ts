/**
 * A short answer to one follow-up question: "10am", "tuesday", "at the library", "the 2nd
 * one", "2". A numbered choice picks from the options the question offered (`choices`); a bare
 * number is an hour when the question asked for the time and a day of the month when it asked
 * for the day; when it asked for the place, a few words that read as nothing else are the
 * place's name. Anything else the answer says ("tuesday at 10" to "which day?") is kept too.
 * While a summary waits for a YES ('confirm'), a text is a change (parse-visit-change.ts).
 */
import { wallTime } from '../../domain/zoned-time';
import { requestResult } from './apply-reading';
import { bareNumberAs } from './bare-number';
import { parseVisitChange } from './parse-visit-change';
import { readChoice } from './read-choice';
import { emptyReading, readVisitText, saysAnything, type VisitReading } from './read-visit-text';
import type { VisitAnswerContext, VisitParseResult, VisitRequestDraft } from './types';
import { unreadable } from './unreadable';
import { VOCABULARY } from './vocabulary';

const LONGEST_PLACE_ANSWER_WORDS = 6;

/** What picking `value` (a service id, an ISO instant or a place) says, as a reading. */
function choiceReading(
  value: string,
  said: string,
  context: VisitAnswerContext,
  empty: VisitReading,
): VisitReading {
  const text = said.trim();
  if (context.expecting === 'service') return { ...empty, services: { ids: [value], text } };
  if (context.expecting === 'place') {
    const place =
      value === 'home' ? { kind: 'home' as const } : { kind: 'named' as const, text: value };
    return { ...empty, place: { place, text } };
  }
  const wall = wallTime(new Date(value), context.timeZone);
  return {
    ...empty,
    day: { date: { year: wall.year, month: wall.month, day: wall.day }, fromWeekday: false, text },
    clock: {
      start: { hour: wall.hour, minute: wall.minute, twentyFourHour: true, marked: true },
      text,
    },
  };
}

/** "the library", "Riverside Community Center": a short answer to "where?" that says nothing else. */
function placeNamed(text: string, reading: VisitReading): VisitReading {
  const name = text.trim().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  const words = name.split(/\s+/).filter(Boolean);
  const plain =
    words.length > 0 && words.length <= LONGEST_PLACE_ANSWER_WORDS && !/[?¿]/.test(text);
  if (!plain || saysAnything(reading)) return reading;
  return { ...reading, place: { place: { kind: 'named', text: name }, text: name } };
}

function answerReading(text: string, context: VisitAnswerContext): VisitReading {
  const reading = readVisitText(text, context);
  switch (context.expecting) {
    case 'time':
      return bareNumberAs(reading, 'hour');
    case 'date':
      return bareNumberAs(reading, 'day');
    case 'place':
      return placeNamed(text, reading);
    default:
      return reading;
  }
}

export function parseVisitAnswer(
  draft: VisitRequestDraft,
  text: string,
  context: VisitAnswerContext,
): VisitParseResult {
  if (context.expecting === 'confirm') return parseVisitChange(draft, text, context);
  const refused = unreadable(text);
  if (refused) return refused;
  const choice = context.choices?.length
    ? readChoice(text, VOCABULARY[context.language])
    : undefined;
  if (choice !== undefined) {
    const value = context.choices?.[choice - 1];
    if (value === undefined) return { kind: 'unclear', reason: 'no_such_choice' };
    return requestResult(
      draft,
      choiceReading(value, text, context, emptyReading(context)),
      context,
    );
  }
  const reading = answerReading(text, context);
  if (!saysAnything(reading)) return { kind: 'unclear', reason: 'nothing_understood' };
  return requestResult(draft, reading, context);
}

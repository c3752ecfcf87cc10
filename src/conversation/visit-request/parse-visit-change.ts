/**
 * A change to a summarised visit: "make it 11", "can we do 3pm instead?", "a las 11 mejor",
 * "plutôt jeudi", "at the library please", "for 3 hours". What the text says replaces that part
 * of the draft; the rest stays (a new time keeps the day and the length). A bare hour is read
 * as the one nearer the visit's current time. A YES is not a change: the reply parser reads it.
 */
import { requestResult } from './apply-reading';
import { bareNumberAs } from './bare-number';
import { readVisitText, saysAnything } from './read-visit-text';
import type { VisitParseContext, VisitParseResult, VisitRequestDraft } from './types';
import { unreadable } from './unreadable';

export function parseVisitChange(
  draft: VisitRequestDraft,
  text: string,
  context: VisitParseContext,
): VisitParseResult {
  const refused = unreadable(text);
  if (refused) return refused;
  const reading = bareNumberAs(readVisitText(text, context), 'hour');
  // "for 6 weeks" says something only to a draft that is a series.
  const lengthensSeries = draft.repeat !== undefined && reading.repeat !== undefined;
  if (!saysAnything(reading) && !lengthensSeries)
    return { kind: 'unclear', reason: 'nothing_understood' };
  return requestResult(draft, reading, context);
}

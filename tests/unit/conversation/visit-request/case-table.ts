/**
 * Visit-request cases written as text tables, one line a case, so a reviewer reads a request
 * and its expected reading side by side. Columns, separated by " | ":
 *
 *   text | service | start | end | missing | place | local
 *
 * - service: a catalogue id, "a+b" when both are named (ambiguous), "-" for none, or
 *   "unclear:<reason>" when the text is no request at all;
 * - start, end: instants in UTC ("2026-11-03T14:00Z"), "-" when not known;
 * - missing: "service,date,time" as expected in the draft, "-" for none;
 * - place: "-" (the client's home, not said), "home" (said), or the named place;
 * - local: the start and end on the zone's clock ("Tue 3 Nov 09:00-11:00 EST", checked against
 *   the UTC columns), or "day 2026-11-02" for a day said without a time.
 *
 * Known failures carry an eighth column: why the parser misreads the text.
 */
import type {
  Language,
  MissingField,
  VisitParseResult,
  VisitUnclearReason,
} from '../../../../src/conversation/visit-request';
import { CATALOGUE, type MomentName } from './world';

export type Outcome =
  | { unclear: VisitUnclearReason }
  | {
      service?: string;
      ambiguous?: string[];
      start?: string;
      end?: string;
      /** The day in the zone, when no start is known. */
      day?: string;
      missing: MissingField[];
      place?: string;
      /** A series: "1w x5" (every week, 5 visits), "2w x4", "1w x12 capped". */
      repeat?: string;
    };

export interface RequestCase {
  language: Language;
  at: MomentName;
  text: string;
  expected: Outcome;
  /** The expected start (and end) on the zone's clock, without the zone's abbreviation. */
  local?: string;
  /** Known failures only: why it is misread. */
  reason?: string;
}

const UNCLEAR_REASONS: readonly VisitUnclearReason[] = [
  'empty',
  'too_long',
  'nothing_understood',
  'no_such_choice',
];
const MISSING_FIELDS: readonly MissingField[] = ['service', 'date', 'time'];
const SERVICE_IDS = CATALOGUE.map((s) => s.id);

function instant(cell: string, line: string): string | undefined {
  if (cell === '-') return undefined;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/.test(cell)) throw new Error(`bad instant ${cell}: ${line}`);
  return new Date(cell).toISOString();
}

function serviceOf(cell: string, line: string): { service?: string; ambiguous?: string[] } {
  const ids = cell === '-' ? [] : cell.split('+');
  for (const id of ids) {
    if (!SERVICE_IDS.includes(id)) throw new Error(`unknown service ${id}: ${line}`);
  }
  if (ids.length > 1) return { ambiguous: ids };
  return ids[0] ? { service: ids[0] } : {};
}

function missingOf(cell: string, line: string): MissingField[] {
  if (cell === '-') return [];
  return cell.split(',').map((field) => {
    const known = MISSING_FIELDS.find((f) => f === field);
    if (!known) throw new Error(`unknown missing field ${field}: ${line}`);
    return known;
  });
}

function caseOf(language: Language, at: MomentName, line: string): RequestCase {
  const cells = line.split(' | ').map((cell) => cell.trim());
  const [text, service, start, end, missing, place, local, reason] = cells;
  if (cells.length < 7 || cells.length > 8 || !text || !service || !start || !end) {
    throw new Error(`a case has 7 columns (8 for a known failure): ${line}`);
  }
  const extra = reason ? { reason } : {};
  if (service.startsWith('unclear:')) {
    const unclear = UNCLEAR_REASONS.find((r) => `unclear:${r}` === service);
    if (!unclear) throw new Error(`unknown reason ${service}: ${line}`);
    return { language, at, text, expected: { unclear }, ...extra };
  }
  const startAt = instant(start, line);
  const endAt = instant(end, line);
  const day = local?.startsWith('day ') ? local.slice(4) : undefined;
  return {
    language,
    at,
    text,
    expected: {
      ...serviceOf(service, line),
      ...(startAt ? { start: startAt } : {}),
      ...(endAt ? { end: endAt } : {}),
      ...(day ? { day } : {}),
      missing: missingOf(missing ?? '-', line),
      ...(place && place !== '-' ? { place } : {}),
    },
    ...(startAt && local ? { local: local.replace(/\s+\S+$/, '') } : {}),
    ...extra,
  };
}

/** The cases of one table, read in `language` at the moment `at`. */
export function requestTable(language: Language, at: MomentName, table: string): RequestCase[] {
  const [, ...lines] = table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.map((line) => caseOf(language, at, line));
}

/** What a parse result says, in the shape of the tables' expectations. */
export function outcomeOf(result: VisitParseResult): Outcome {
  if (result.kind === 'unclear') return { unclear: result.reason };
  const { draft } = result;
  const day = draft.date
    ? `${draft.date.year}-${String(draft.date.month).padStart(2, '0')}-${String(draft.date.day).padStart(2, '0')}`
    : undefined;
  return {
    ...(draft.serviceId ? { service: draft.serviceId } : {}),
    ...(draft.ambiguities ? { ambiguous: draft.ambiguities.service } : {}),
    ...(draft.start ? { start: draft.start.toISOString() } : {}),
    ...(draft.end ? { end: draft.end.toISOString() } : {}),
    ...(!draft.start && day ? { day } : {}),
    missing: draft.missing,
    ...(draft.placeSaid ? { place: draft.place.kind === 'home' ? 'home' : draft.place.text } : {}),
    ...(draft.repeat ? { repeat: seriesOf(draft) } : {}),
  };
}

/** "1w x5": every week, 5 visits; "capped" when more were asked than a series may have. */
export function seriesOf(draft: {
  repeat?: { everyWeeks: number; count: number };
  repeatCapped?: true;
}): string {
  const { everyWeeks, count } = draft.repeat ?? { everyWeeks: 0, count: 0 };
  return `${everyWeeks}w x${count}${draft.repeatCapped ? ' capped' : ''}`;
}

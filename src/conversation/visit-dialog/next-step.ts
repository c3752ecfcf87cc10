/**
 * What a visit dialog says next, from the draft so far and the organisation's rules: the one
 * question for what is missing (service, then day, then time), the nearest bookable times when
 * the time asked for cannot be booked, or the summary to confirm. Pure: the time is `now`, every
 * text is formatted in the client's language here, so the flow only passes it on.
 */
import type { VisitPurpose, VisitStep } from '../../../flows/visit-request';
import { checkVisitTime, firstBookableIn } from '../../domain/visit/booking-rules';
import type { VisitSettings } from '../../domain/visit/types';
import {
  addDays,
  addMinutes,
  instantAtMinutes,
  minutesOfDay,
  parseClockTime,
  wallTime,
} from '../../domain/zoned-time';
import { formatDay, formatWhen, renderMessage, type Language } from '../../i18n';
import type { LocalDate } from '../../domain/zoned-time';
import type {
  PartOfDay,
  ServiceEntry,
  VisitPlace,
  VisitRequestDraft,
} from '../visit-request/types';

export interface StepContext {
  purpose: VisitPurpose;
  language: Language;
  /** The client is addressed formally (usted / vous): the organisation's setting. */
  formal?: boolean;
  timeZone: string;
  now: Date;
  catalogue: readonly ServiceEntry[];
  settings: VisitSettings;
}

/** How many services "what help do you need?" lists. */
const LISTED_SERVICES = 5;
const DAY_MS = 86_400_000;
const NOON_MINUTES = 12 * 60;

export function serviceName(
  catalogue: readonly ServiceEntry[],
  id: string | undefined,
  language: Language,
): string {
  const entry = catalogue.find((s) => s.id === id);
  const name = entry?.names[language][0] ?? entry?.names.en[0] ?? id ?? '';
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function whereText(place: VisitPlace, language: Language, formal = false): string {
  return place.kind === 'home'
    ? renderMessage('visit.where.home', language, {}, null, { formal })
    : renderMessage('visit.where.named', language, { place: place.text });
}

/**
 * The starts of every visit the draft books: one, or a series on the same wall-clock time
 * every `everyWeeks` weeks (so a series keeps its hour across a DST change).
 */
export function visitStarts(draft: VisitRequestDraft, timeZone: string): Date[] {
  if (!draft.start) return [];
  const wall = wallTime(draft.start, timeZone);
  const minutes = minutesOfDay(wall);
  const count = Math.max(1, draft.repeat?.count ?? 1);
  const everyWeeks = draft.repeat?.everyWeeks ?? 1;
  return Array.from({ length: count }, (_, n) =>
    instantAtMinutes(addDays(wall, n * 7 * everyWeeks), minutes, timeZone),
  );
}

/** A series is cut to the visits inside the booking window; the summary says how many. */
function withinWindow(draft: VisitRequestDraft, context: StepContext): VisitRequestDraft {
  if (!draft.repeat || draft.repeat.count <= 1) return draft;
  const last = context.now.getTime() + context.settings.maxLeadDays * DAY_MS;
  const count = visitStarts(draft, context.timeZone).filter((s) => s.getTime() <= last).length;
  return { ...draft, repeat: { ...draft.repeat, count: Math.max(1, count) } };
}

function numbered(items: readonly string[]): string {
  return items.map((item, n) => `${n + 1}) ${item}`).join(' ');
}

function ask(
  expecting: 'service' | 'date' | 'time',
  vars: VisitStep['vars'],
  choices: string[] = [],
): VisitStep {
  return {
    expecting,
    choices,
    message: `visit.ask.${expecting}`,
    again: `visit.again.${expecting}`,
    vars,
  };
}

function summary(draft: VisitRequestDraft, context: StepContext): VisitStep {
  const { language } = context;
  const vars = {
    service: serviceName(context.catalogue, draft.serviceId, language),
    shiftStart: draft.start?.toISOString() ?? '',
    shiftEnd: draft.end?.toISOString() ?? '',
    where: whereText(draft.place, language, context.formal),
  };
  const series = draft.repeat && draft.repeat.count > 1 ? draft.repeat : undefined;
  const message =
    context.purpose === 'move'
      ? 'visit.move.confirm'
      : context.purpose === 'call_off'
        ? 'visit.call_off.confirm'
        : series
          ? 'visit.summary_series'
          : 'visit.summary';
  return {
    expecting: 'confirm',
    choices: [],
    message,
    again: 'visit.again.confirm',
    vars: series
      ? {
          ...vars,
          number: series.count,
          interval: renderMessage('visit.interval', language, { count: series.everyWeeks }),
        }
      : vars,
  };
}

/**
 * A part of the day said without a time ("this afternoon") is any bookable time in it: the
 * draft moved to the first one when the start it was given cannot be booked (the part has
 * begun, or the service opens later). Unchanged when none is left in it.
 */
function startInPart(
  draft: VisitRequestDraft,
  service: ServiceEntry,
  context: StepContext,
): VisitRequestDraft {
  if (!draft.partOfDay || draft.startMinutes !== undefined || !draft.date) return draft;
  const { timeZone } = context;
  const [opens, closes] = context.settings.dayWindows[draft.partOfDay].map((t) =>
    instantAtMinutes(draft.date!, parseClockTime(t), timeZone),
  ) as [Date, Date];
  const lengthMinutes = draft.durationMinutes ?? service.defaultMinutes;
  const start = firstBookableIn({
    from: opens,
    until: closes,
    lengthMinutes,
    now: context.now,
    timeZone,
    settings: context.settings,
    ...(service.hours ? { hours: service.hours } : {}),
  });
  if (!start || start.getTime() === draft.start?.getTime()) return draft;
  return { ...draft, start, end: addMinutes(start, lengthMinutes), missing: [] };
}

/** A part of the day said for today once it is over: the nearest times instead. */
function partOver(
  draft: VisitRequestDraft & { partOfDay: PartOfDay; date: LocalDate },
  service: ServiceEntry,
  context: StepContext,
  day: string,
): VisitStep {
  const { timeZone, language } = context;
  const opens = parseClockTime(context.settings.dayWindows[draft.partOfDay][0]);
  const start = instantAtMinutes(draft.date, opens, timeZone);
  const check = checkVisitTime({
    start,
    end: addMinutes(start, draft.durationMinutes ?? service.defaultMinutes),
    now: context.now,
    timeZone,
    settings: context.settings,
    ...(service.hours ? { hours: service.hours } : {}),
  });
  const alternatives = check.ok ? [start] : check.alternatives;
  const times = alternatives.map((s) => formatWhen(s, undefined, timeZone, language));
  return {
    ...ask(
      'time',
      { day },
      alternatives.map((s) => s.toISOString()),
    ),
    message: `visit.refused.${draft.partOfDay}_over`,
    vars: { day, choices: numbered(times) },
  };
}

export function nextVisitStep(
  input: VisitRequestDraft,
  context: StepContext,
): { draft: VisitRequestDraft; step: VisitStep } {
  const { language, timeZone, catalogue } = context;
  const service = catalogue.find((s) => s.id === input.serviceId);
  const windowed = withinWindow(input, context);
  const draft = service ? startInPart(windowed, service, context) : windowed;
  if (draft.missing.includes('service') || !service) {
    const ids = (draft.ambiguities?.service ?? catalogue.map((s) => s.id)).slice(
      0,
      LISTED_SERVICES,
    );
    const names = ids.map((id) => serviceName(catalogue, id, language));
    return { draft, step: ask('service', { choices: numbered(names) }, ids) };
  }
  const name = serviceName(catalogue, service.id, language);
  if (draft.missing.includes('date') || !draft.date) {
    return { draft, step: ask('date', { service: name }) };
  }
  const day = formatDay(instantAtMinutes(draft.date, NOON_MINUTES, timeZone), timeZone, language);
  if (draft.partOfDay && draft.startMinutes === undefined && !draft.start) {
    return {
      draft,
      step: partOver(
        { ...draft, partOfDay: draft.partOfDay, date: draft.date },
        service,
        context,
        day,
      ),
    };
  }
  if (draft.missing.includes('time') || !draft.start || !draft.end) {
    return { draft, step: ask('time', { day }) };
  }
  const check = checkVisitTime({
    start: draft.start,
    end: draft.end,
    now: context.now,
    timeZone,
    settings: context.settings,
    ...(service.hours ? { hours: service.hours } : {}),
  });
  if (!check.ok) {
    const times = check.alternatives.map((s) => formatWhen(s, undefined, timeZone, language));
    const step: VisitStep = {
      ...ask(
        'time',
        { day },
        check.alternatives.map((s) => s.toISOString()),
      ),
      message: `visit.refused.${check.reason}`,
      vars: {
        day,
        service: name,
        choices: numbered(times),
        notice: Math.ceil(context.settings.minLeadMinutes / 60),
        days: context.settings.maxLeadDays,
      },
    };
    return { draft, step };
  }
  return { draft, step: summary(draft, context) };
}

/**
 * completion — a checked-in worker's hours, from DONE to a confirmed ledger entry.
 *
 *   created ─▶ working                               timer: no DONE at the end + done grace
 *     working|done_asked
 *             ── DONE [hours] [note] ─▶ reported   hours = given, else DONE time - HERE time rounded
 *                                                  to the increment; capped at the shift; send
 *                                                  done.ack, notify supervisor done.supervisor (or
 *                                                  done.supervisor_inferred when HERE was never
 *                                                  sent), timer supervisor reminder, notify client
 *                                                  visit.done (if the shift has one)
 *             ── DONE moments after HERE (rounds to 0) ▶ same state, send done.too_soon
 *     working ── no DONE timer ───────▶ done_asked send done.ask, timer no DONE again
 *     done_asked ── no DONE timer ────▶ reported   hours as scheduled, flagged no DONE; notify
 *                                                  supervisor done.supervisor_no_done, timer reminder
 *     reported ── reminder timer ─────▶ reminded   notify supervisor done.supervisor_reminder,
 *                                                  timer escalate
 *     reminded ── escalate timer ─────▶ escalated  notify coordinator done.escalated.coordinator
 *     reported|reminded|escalated
 *              ── supervisor OK ──────▶ confirmed  record hours_confirmed (minutes, charge cents,
 *                                                  the provider earning it for a partner's worker),
 *                                                  send done.confirmed.worker, notify supervisor
 *                                                  done.confirmed.supervisor
 *              ── supervisor NO ──────▶ disputed   record dispute, send done.disputed.worker,
 *                                                  notify coordinator done.disputed.coordinator,
 *                                                  notify supervisor done.disputed.supervisor
 */
import {
  capReportedMinutes,
  chargeCents,
  hoursToMinutes,
  minutesBetween,
  minutesToHours,
  roundToIncrement,
} from '../src/domain/hours';
import { addMinutes } from '../src/domain/zoned-time';
import { cancelTimer, notify, record, send, setTimer } from '../src/engine/effects';
import { defineFlow, type TransitionDef } from '../src/engine/flow';
import type { MessageVars } from '../src/engine/types';
import { notifyClient, type ShiftFacts } from './shift-facts';

export interface CompletionContext extends ShiftFacts {
  /** Short code the supervisor quotes: "OK K7P". */
  code: string;
  /** The partnership's charge per hour, in cents. */
  rateCentsPerHour: number;
  /** A partner's worker: the provider organisation, which earns the charge. */
  providerOrganisationId?: string;
  supervisorReminderMinutes: number;
  escalateAfterMinutes: number;
  /** Worked time is rounded to this many minutes. */
  hoursIncrementMinutes: number;
  /** No DONE this long after the shift's end: the worker is asked. */
  doneGraceMinutes: number;
  /** Still no DONE this long after asking: the supervisor confirms the scheduled hours. */
  doneAskWaitMinutes: number;
  /** When the worker arrived (HERE); absent in flows started before arrivals were kept. */
  checkedInAt?: string;
  /** No HERE was sent: the arrival is the shift's start, and the supervisor is told so. */
  checkInInferred: boolean;
  /** When the worker said DONE; null until then, and when they never did. */
  finishedAt: string | null;
  /** The worker never said DONE: the scheduled hours went to the supervisor. */
  noDone: boolean;
  /** Reported minutes, capped at the shift's length; null until DONE. */
  minutes: number | null;
  note: string | null;
}

export const DEFAULT_COMPLETION_SETTINGS = {
  supervisorReminderMinutes: 120,
  escalateAfterMinutes: 240,
  hoursIncrementMinutes: 15,
  doneGraceMinutes: 30,
  doneAskWaitMinutes: 60,
} as const;

type Defaulted = keyof typeof DEFAULT_COMPLETION_SETTINGS | 'checkInInferred';

export type CompletionInput = Omit<
  CompletionContext,
  'minutes' | 'note' | 'finishedAt' | 'noDone' | Defaulted
> &
  Partial<Pick<CompletionContext, Defaulted>>;

export function completionContext(input: CompletionInput): CompletionContext {
  return {
    ...DEFAULT_COMPLETION_SETTINGS,
    checkInInferred: false,
    ...input,
    finishedAt: null,
    noDone: false,
    minutes: null,
    note: null,
  };
}

export type CompletionEvent =
  | { type: 'reply.done'; hours?: number; note?: string }
  | { type: 'supervisor.ok' }
  | { type: 'supervisor.no'; reason?: string }
  | { type: 'timer.no_done'; timerId: string }
  | { type: 'timer.no_done_report'; timerId: string }
  | { type: 'timer.supervisor_reminder'; timerId: string }
  | { type: 'timer.escalate'; timerId: string };

export type CompletionState =
  'working' | 'done_asked' | 'reported' | 'reminded' | 'escalated' | 'confirmed' | 'disputed';

type Ctx = CompletionContext;
type Transitions<T extends CompletionEvent['type'] = CompletionEvent['type']> = TransitionDef<
  Ctx,
  Extract<CompletionEvent, { type: T }>,
  CompletionState
>[];

const base = (c: Ctx) => `assignment:${c.assignmentId}`;
export const supervisorReminderTimerId = (c: Ctx) => `${base(c)}:supervisor-reminder`;
export const escalateTimerId = (c: Ctx) => `${base(c)}:escalate`;
export const noDoneTimerId = (c: Ctx) => `${base(c)}:no-done`;
export const noDoneReportTimerId = (c: Ctx) => `${base(c)}:no-done-report`;

export const shiftMinutes = (c: Ctx): number =>
  minutesBetween(new Date(c.shiftStart), new Date(c.shiftEnd));

const reportedMinutes = (c: Ctx): number => c.minutes ?? shiftMinutes(c);

/** DONE's time less HERE's, to the organisation's increment; the scheduled length if unknown. */
export function workedMinutes(c: Ctx, done: Date): number | undefined {
  if (c.checkedInAt === undefined) return undefined;
  const worked = minutesBetween(new Date(c.checkedInAt), done);
  return roundToIncrement(worked, c.hoursIncrementMinutes);
}

const hoursVars = (c: Ctx): MessageVars => ({
  shiftStart: c.shiftStart,
  shiftEnd: c.shiftEnd,
  place: c.place,
  hours: minutesToHours(reportedMinutes(c)),
});

const supervisorVars = (c: Ctx): MessageVars => ({
  ...hoursVars(c),
  name: c.workerName,
  code: c.code,
  ...(c.note === null ? {} : { note: c.note }),
});

const recordData = (c: Ctx) => ({
  assignmentId: c.assignmentId,
  shiftId: c.shiftId,
  personId: c.personId,
  minutes: reportedMinutes(c),
  checkedInAt: c.checkedInAt ?? null,
  finishedAt: c.finishedAt,
  checkInInferred: c.checkInInferred,
  noDone: c.noDone,
});

/** At least a minute: DONE 0 (or 0.001) is not a report of work. */
const validHours = (hours: number | undefined) =>
  hours === undefined || (Number.isFinite(hours) && hoursToMinutes(hours) >= 1);

const remindSupervisorLater = (c: Ctx, now: Date) =>
  setTimer(supervisorReminderTimerId(c), addMinutes(now, c.supervisorReminderMinutes), {
    type: 'timer.supervisor_reminder',
  });

const done: Transitions<'reply.done'> = [
  {
    // DONE moments after HERE is not a report of work: no hours go to the supervisor.
    guard: (c, e, now) => e.hours === undefined && workedMinutes(c, now) === 0,
    effects: (c) => [send(c.personId, 'done.too_soon', hoursVars(c))],
  },
  {
    guard: (_c, e) => validHours(e.hours),
    target: 'reported',
    assign: (c, e, now) => ({
      minutes: capReportedMinutes(
        e.hours === undefined ? workedMinutes(c, now) : hoursToMinutes(e.hours),
        shiftMinutes(c),
      ),
      finishedAt: now.toISOString(),
      note: e.note ?? null,
    }),
    effects: (c, _e, now) => [
      send(c.personId, 'done.ack', hoursVars(c)),
      notify(
        'supervisor',
        c.shiftId,
        c.checkInInferred ? 'done.supervisor_inferred' : 'done.supervisor',
        supervisorVars(c),
      ),
      remindSupervisorLater(c, now),
      ...notifyClient(c, 'visit.done'),
      cancelTimer(noDoneTimerId(c)),
      cancelTimer(noDoneReportTimerId(c)),
    ],
  },
];

const askForDone: Transitions<'timer.no_done'> = [
  {
    target: 'done_asked',
    effects: (c, _e, now) => [
      send(c.personId, 'done.ask', hoursVars(c)),
      setTimer(noDoneReportTimerId(c), addMinutes(now, c.doneAskWaitMinutes), {
        type: 'timer.no_done_report',
      }),
    ],
  },
];

const reportWithoutDone: Transitions<'timer.no_done_report'> = [
  {
    target: 'reported',
    assign: (c) => ({ minutes: shiftMinutes(c), noDone: true }),
    effects: (c, _e, now) => [
      notify('supervisor', c.shiftId, 'done.supervisor_no_done', supervisorVars(c)),
      remindSupervisorLater(c, now),
    ],
  },
];

const confirm: Transitions = [
  {
    target: 'confirmed',
    effects: (c) => [
      record('hours_confirmed', {
        ...recordData(c),
        rateCentsPerHour: c.rateCentsPerHour,
        chargeCents: chargeCents(reportedMinutes(c), c.rateCentsPerHour),
        ...(c.providerOrganisationId ? { providerOrganisationId: c.providerOrganisationId } : {}),
      }),
      send(c.personId, 'done.confirmed.worker', hoursVars(c)),
      notify('supervisor', c.shiftId, 'done.confirmed.supervisor', supervisorVars(c)),
    ],
  },
];

const dispute: Transitions<'supervisor.no'> = [
  {
    target: 'disputed',
    effects: (c, e) => {
      const reason: { reason?: string } = e.reason ? { reason: e.reason } : {};
      return [
        record('dispute', { ...recordData(c), ...reason }),
        send(c.personId, 'done.disputed.worker', hoursVars(c)),
        notify('coordinator', c.shiftId, 'done.disputed.coordinator', {
          ...supervisorVars(c),
          ...reason,
        }),
        notify('supervisor', c.shiftId, 'done.disputed.supervisor', supervisorVars(c)),
      ];
    },
  },
];

const awaitingSupervisor = { 'supervisor.ok': confirm, 'supervisor.no': dispute };

export const completionFlow = defineFlow<Ctx, CompletionEvent, CompletionState>({
  id: 'completion',
  initial: 'working',
  key: (c) => `assignment:${c.assignmentId}:completion`,
  start: {
    effects: (c) => [
      setTimer(noDoneTimerId(c), addMinutes(new Date(c.shiftEnd), c.doneGraceMinutes), {
        type: 'timer.no_done',
      }),
    ],
  },
  states: {
    working: { on: { 'reply.done': done, 'timer.no_done': askForDone } },
    done_asked: { on: { 'reply.done': done, 'timer.no_done_report': reportWithoutDone } },
    reported: {
      on: {
        ...awaitingSupervisor,
        'timer.supervisor_reminder': [
          {
            target: 'reminded',
            effects: (c, _e, now) => [
              notify('supervisor', c.shiftId, 'done.supervisor_reminder', supervisorVars(c)),
              setTimer(escalateTimerId(c), addMinutes(now, c.escalateAfterMinutes), {
                type: 'timer.escalate',
              }),
            ],
          },
        ],
      },
    },
    reminded: {
      on: {
        ...awaitingSupervisor,
        'timer.escalate': [
          {
            target: 'escalated',
            effects: (c) => [
              notify('coordinator', c.shiftId, 'done.escalated.coordinator', supervisorVars(c)),
            ],
          },
        ],
      },
    },
    escalated: { on: awaitingSupervisor },
    confirmed: { final: true },
    disputed: { final: true },
  },
});

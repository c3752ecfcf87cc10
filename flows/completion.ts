/**
 * completion — a checked-in worker's hours, from DONE to a confirmed ledger entry.
 *
 *   created ─▶ working
 *     working ── DONE [hours] [note] ─▶ reported   hours = given or scheduled, capped at the shift;
 *                                                  send done.ack, notify supervisor done.supervisor
 *                                                  (with the code), timer supervisor reminder,
 *                                                  notify client visit.done (if the shift has one)
 *     reported ── reminder timer ─────▶ reminded   notify supervisor done.supervisor_reminder,
 *                                                  timer escalate
 *     reminded ── escalate timer ─────▶ escalated  notify coordinator done.escalated.coordinator
 *     reported|reminded|escalated
 *              ── supervisor OK ──────▶ confirmed  record hours_confirmed (minutes, charge cents),
 *                                                  send done.confirmed.worker
 *              ── supervisor NO ──────▶ disputed   record dispute, send done.disputed.worker,
 *                                                  notify coordinator done.disputed.coordinator
 */
import {
  capReportedMinutes,
  chargeCents,
  hoursToMinutes,
  minutesBetween,
  minutesToHours,
} from '../src/domain/hours';
import { addMinutes } from '../src/domain/zoned-time';
import { notify, record, send, setTimer } from '../src/engine/effects';
import { defineFlow, type TransitionDef } from '../src/engine/flow';
import type { MessageVars } from '../src/engine/types';
import { notifyClient, type ShiftFacts } from './shift-facts';

export interface CompletionContext extends ShiftFacts {
  /** Short code the supervisor quotes: "OK K7P". */
  code: string;
  /** The partnership's charge per hour, in cents. */
  rateCentsPerHour: number;
  supervisorReminderMinutes: number;
  escalateAfterMinutes: number;
  /** Reported minutes, capped at the shift's length; null until DONE. */
  minutes: number | null;
  note: string | null;
}

export const DEFAULT_COMPLETION_SETTINGS = {
  supervisorReminderMinutes: 120,
  escalateAfterMinutes: 240,
} as const;

export type CompletionInput = Omit<
  CompletionContext,
  'minutes' | 'note' | keyof typeof DEFAULT_COMPLETION_SETTINGS
> &
  Partial<Pick<CompletionContext, keyof typeof DEFAULT_COMPLETION_SETTINGS>>;

export function completionContext(input: CompletionInput): CompletionContext {
  return { ...DEFAULT_COMPLETION_SETTINGS, ...input, minutes: null, note: null };
}

export type CompletionEvent =
  | { type: 'reply.done'; hours?: number; note?: string }
  | { type: 'supervisor.ok' }
  | { type: 'supervisor.no'; reason?: string }
  | { type: 'timer.supervisor_reminder'; timerId: string }
  | { type: 'timer.escalate'; timerId: string };

export type CompletionState =
  'working' | 'reported' | 'reminded' | 'escalated' | 'confirmed' | 'disputed';

type Ctx = CompletionContext;
type Transitions<T extends CompletionEvent['type'] = CompletionEvent['type']> = TransitionDef<
  Ctx,
  Extract<CompletionEvent, { type: T }>,
  CompletionState
>[];

const base = (c: Ctx) => `assignment:${c.assignmentId}`;
export const supervisorReminderTimerId = (c: Ctx) => `${base(c)}:supervisor-reminder`;
export const escalateTimerId = (c: Ctx) => `${base(c)}:escalate`;

export const shiftMinutes = (c: Ctx): number =>
  minutesBetween(new Date(c.shiftStart), new Date(c.shiftEnd));

const reportedMinutes = (c: Ctx): number => c.minutes ?? shiftMinutes(c);

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
});

/** At least a minute: DONE 0 (or 0.001) is not a report of work. */
const validHours = (hours: number | undefined) =>
  hours === undefined || (Number.isFinite(hours) && hoursToMinutes(hours) >= 1);

const done: Transitions<'reply.done'> = [
  {
    guard: (_c, e) => validHours(e.hours),
    target: 'reported',
    assign: (c, e) => ({
      minutes: capReportedMinutes(
        e.hours === undefined ? undefined : hoursToMinutes(e.hours),
        shiftMinutes(c),
      ),
      note: e.note ?? null,
    }),
    effects: (c, _e, now) => [
      send(c.personId, 'done.ack', hoursVars(c)),
      notify('supervisor', c.shiftId, 'done.supervisor', supervisorVars(c)),
      setTimer(supervisorReminderTimerId(c), addMinutes(now, c.supervisorReminderMinutes), {
        type: 'timer.supervisor_reminder',
      }),
      ...notifyClient(c, 'visit.done'),
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
      }),
      send(c.personId, 'done.confirmed.worker', hoursVars(c)),
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
      ];
    },
  },
];

const awaitingSupervisor = { 'supervisor.ok': confirm, 'supervisor.no': dispute };

export const completionFlow = defineFlow<Ctx, CompletionEvent, CompletionState>({
  id: 'completion',
  initial: 'working',
  key: (c) => `assignment:${c.assignmentId}:completion`,
  states: {
    working: { on: { 'reply.done': done } },
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

import type { AttendanceState } from '../../../../../flows/attendance';
import type { CompletionState } from '../../../../../flows/completion';
import { iso } from '../schemas/common';
import type { ALERTS } from '../schemas/shift';
import type { PersonRef } from './names';
import type { FlowKind, Step } from './shift-flows';

export type Alert = (typeof ALERTS)[number];

const ATTENDANCE_ALERTS: Partial<Record<AttendanceState, Alert>> = {
  no_show: 'no_show',
  dropped: 'dropped',
};
const COMPLETION_ALERTS: Partial<Record<CompletionState, Alert>> = {
  escalated: 'escalated',
  disputed: 'disputed',
};
const ALERTS_BY_KIND: Record<FlowKind, Partial<Record<string, Alert>>> = {
  offer: {},
  attendance: ATTENDANCE_ALERTS,
  completion: COMPLETION_ALERTS,
};

/** What the board should flag about a change: a no-show, a drop, an escalation or a dispute. */
export const alertOf = (kind: FlowKind, step: Pick<Step, 'to'>): Alert | null =>
  ALERTS_BY_KIND[kind][step.to] ?? null;

/** A change record as a line of a shift's history or of the activity feed. */
export function changeEntry(step: Step, kind: FlowKind, person: PersonRef | null) {
  return {
    at: iso(step.at),
    kind,
    person,
    from: step.from,
    to: step.to,
    event: step.event?.type ?? null,
    cause: step.cause.kind,
  };
}

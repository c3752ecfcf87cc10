import { attendanceFlow } from '../../../flows/attendance';
import { completionFlow } from '../../../flows/completion';
import { offerFlow } from '../../../flows/offer';
import { talkInvitationFlow } from '../../../flows/talk-invitation';
import { visitRequestFlow } from '../../../flows/visit-request';
import { visitUnfilledFlow } from '../../../flows/visit-unfilled';
import type { Flow } from '../flow';
import type { FlowEvent } from '../types';

/** A flow whose context and events are known only by its stored snapshot. */
export type StoredFlow = Flow<unknown, FlowEvent, string>;

const FLOWS = new Map<string, StoredFlow>(
  // Each flow is only ever given snapshots it wrote and events its timers carry.
  [
    offerFlow,
    attendanceFlow,
    completionFlow,
    visitRequestFlow,
    visitUnfilledFlow,
    talkInvitationFlow,
  ].map((flow) => [flow.id, flow as unknown as StoredFlow]),
);

/** The flow that wrote a stored snapshot, for timers and re-dispatch. */
export function flowById(id: string): StoredFlow {
  const flow = FLOWS.get(id);
  if (!flow) throw new Error(`no flow ${id} is registered with the engine runtime`);
  return flow;
}

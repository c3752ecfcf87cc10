import type { Types } from 'mongoose';
import {
  activeAssignmentsFor,
  openOffersFor,
  pendingConfirmationsFor,
} from '../engine/runtime/queries';
import type { EngineRuntime } from '../engine/runtime/types';
import type { OpenPrompts } from './choose-target';
import { openTalksFor } from './talk-invitations';

/**
 * Everything the person could be answering now: offers, places held, hours to confirm,
 * invitations to talk.
 */
export async function loadOpenPrompts(
  runtime: EngineRuntime,
  person: { _id: Types.ObjectId; roles: { role: string }[] },
  now: Date,
): Promise<OpenPrompts> {
  const personId = person._id.toString();
  const isSupervisor = person.roles.some((r) => r.role === 'supervisor');
  return {
    offers: await openOffersFor(runtime, personId),
    assignments: await activeAssignmentsFor(runtime, personId, now),
    confirmations: isSupervisor ? await pendingConfirmationsFor(runtime, personId) : [],
    talks: await openTalksFor(runtime, person._id, now),
  };
}

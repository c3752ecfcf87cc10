import type { Effect } from '../types';
import { markDispatched } from './change-log';
import { runClaimSeat, runReleaseSeat } from './effects/seats';
import { runOfferNext } from './effects/offer-next';
import { runRecord } from './effects/record';
import { runNotify, runSend } from './effects/send';
import { runCancelTimer, runSetTimer } from './effects/timers';
import { runVisit, runVisitUnfilled } from './effects/visit';
import { followUps } from './follow-ups';
import type { ChangeRecord, EngineRuntime } from './types';

/**
 * Runs a change record's effects, then marks it dispatched. Every effect is keyed (dedupeKey,
 * timer id, unique seat, version 0 of a started flow), so running them again after a crash
 * between the two steps repeats nothing anyone sees.
 */
export async function dispatch(runtime: EngineRuntime, record: ChangeRecord): Promise<void> {
  await runEffects(runtime, record);
  await followUps(runtime, record);
  await markDispatched(runtime.models, record);
}

/** The effects alone, in order, without marking the record: dispatch() is the normal entry. */
export async function runEffects(runtime: EngineRuntime, record: ChangeRecord): Promise<void> {
  for (const effect of record.effects) await runEffect(runtime, record, effect);
}

function runEffect(runtime: EngineRuntime, record: ChangeRecord, effect: Effect): Promise<void> {
  switch (effect.type) {
    case 'send':
      return runSend(runtime, record, effect);
    case 'notify':
      return runNotify(runtime, effect);
    case 'setTimer':
      return runSetTimer(runtime, record, effect);
    case 'cancelTimer':
      return runCancelTimer(runtime, effect);
    case 'claimSeat':
      return runClaimSeat(runtime, record, effect);
    case 'releaseSeat':
      return runReleaseSeat(runtime, record, effect);
    case 'offerNext':
      return runOfferNext(runtime, effect, { kind: 'system', ref: `change:${record._id}` });
    case 'record':
      return runRecord(runtime, record, effect);
    case 'visit':
      return runVisit(runtime, record, effect);
    case 'visitUnfilled':
      return runVisitUnfilled(runtime, effect);
  }
}

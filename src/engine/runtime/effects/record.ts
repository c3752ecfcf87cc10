import { Types } from 'mongoose';
import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { afterHoursConfirmed } from '../../../programme/after-hours-confirmed';
import type { Effect, RecordData } from '../../types';
import type { ChangeRecord, EngineRuntime } from '../types';

type RecordEffect = Extract<Effect, { type: 'record' }>;

/** A ledger or reliability fact, written once: its dedupeKey is unique. */
export async function runRecord(
  runtime: EngineRuntime,
  _record: ChangeRecord,
  effect: RecordEffect,
): Promise<void> {
  const { data } = effect;
  try {
    await runtime.models.WorkRecord.create({
      dedupeKey: effect.dedupeKey,
      kind: effect.kind,
      person: objectId(data.personId),
      shift: objectId(data.shiftId),
      assignment: objectId(data.assignmentId),
      minutes: numberOf(data, 'minutes'),
      chargeCents: numberOf(data, 'chargeCents'),
      provider: objectId(data.providerOrganisationId),
      data,
      at: runtime.clock.now(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  // Also on a retry that finds the record written: what follows it is idempotent.
  if (effect.kind === 'hours_confirmed') await afterHoursConfirmed(runtime, effect.dedupeKey);
}

function objectId(value: RecordData[string] | undefined): Types.ObjectId | undefined {
  return typeof value === 'string' && Types.ObjectId.isValid(value)
    ? new Types.ObjectId(value)
    : undefined;
}

function numberOf(data: RecordData, key: string): number | undefined {
  const value = data[key];
  return typeof value === 'number' ? value : undefined;
}

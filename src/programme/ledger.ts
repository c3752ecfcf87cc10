import type { Types } from 'mongoose';
import {
  ledgerGrants,
  ledgerState,
  type LedgerEntry,
  type LedgerGrant,
  type LedgerState,
  type ProgrammeTerms,
} from '../domain/programme';
import type { EngineRuntime } from '../engine/runtime/types';
import type { Programme } from '../models/programme';

export interface ProgrammeLedger {
  terms: ProgrammeTerms;
  state: LedgerState;
}

export function termsOf(programme: Programme): ProgrammeTerms {
  return {
    budgetCents: programme.budgetCents,
    hourlyRateCents: programme.hourlyRateCents,
    minutesPerParticipant: programme.minutesPerParticipant,
  };
}

/**
 * The programme's balances from the hours supervisors confirmed on its shifts (WorkRecords of
 * kind hours_confirmed). Reported or scheduled hours are never debited.
 */
export async function programmeLedger(
  runtime: EngineRuntime,
  programme: Programme,
): Promise<ProgrammeLedger> {
  const { entries } = await confirmedEntries(runtime, programme);
  const terms = termsOf(programme);
  return { terms, state: ledgerState(terms, entries) };
}

/** A confirmation on one of the programme's shifts, as stored. */
export interface ConfirmedRecord {
  _id: Types.ObjectId;
  dedupeKey: string;
  person: Types.ObjectId;
  shift: Types.ObjectId;
  minutes?: number | null;
  chargeCents?: number | null;
  at: Date;
}

/** Each confirmation with what the ledger granted it, in the order the ledger applied them. */
export async function programmeGrants(
  runtime: EngineRuntime,
  programme: Programme,
): Promise<{ record: ConfirmedRecord; grant: LedgerGrant }[]> {
  const { records, entries } = await confirmedEntries(runtime, programme);
  // Records come in confirmation order, which the ledger keeps (its sort is stable).
  return ledgerGrants(termsOf(programme), entries).map((grant, i) => ({
    record: records[i]!,
    grant,
  }));
}

async function confirmedEntries(runtime: EngineRuntime, programme: Programme) {
  const shiftIds = (
    await runtime.models.Shift.find({ programme: programme._id }, { _id: 1 }).lean()
  ).map((s) => s._id);
  const found = await runtime.models.WorkRecord.find(
    { kind: 'hours_confirmed', shift: { $in: shiftIds } },
    { dedupeKey: 1, person: 1, shift: 1, minutes: 1, chargeCents: 1, at: 1 },
  )
    .sort({ at: 1, _id: 1 })
    .lean();
  const records = found.filter((r): r is typeof r & ConfirmedRecord =>
    Boolean(r.person && r.shift),
  );
  const payTypes = new Map(programme.participants.map((p) => [p.person.toString(), p.payType]));
  const entries = records.map((r): LedgerEntry => ({
    kind: 'confirmed',
    participantId: r.person.toString(),
    minutes: Math.max(0, Math.round(r.minutes ?? 0)),
    at: r.at,
    payType: payTypes.get(r.person.toString()) ?? 'wage',
  }));
  return { records, entries };
}

import {
  ledgerState,
  type LedgerEntry,
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
  const shiftIds = (
    await runtime.models.Shift.find({ programme: programme._id }, { _id: 1 }).lean()
  ).map((s) => s._id);
  const records = await runtime.models.WorkRecord.find(
    { kind: 'hours_confirmed', shift: { $in: shiftIds } },
    { person: 1, minutes: 1, at: 1 },
  )
    .sort({ at: 1, _id: 1 })
    .lean();
  const payTypes = new Map(programme.participants.map((p) => [p.person.toString(), p.payType]));
  const entries = records.flatMap((r): LedgerEntry[] =>
    r.person
      ? [
          {
            kind: 'confirmed',
            participantId: r.person.toString(),
            minutes: Math.max(0, Math.round(r.minutes ?? 0)),
            at: r.at,
            payType: payTypes.get(r.person.toString()) ?? 'wage',
          },
        ]
      : [],
  );
  const terms = termsOf(programme);
  return { terms, state: ledgerState(terms, entries) };
}

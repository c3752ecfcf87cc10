import { balanceOf } from '../domain/programme';
import type { EngineRuntime } from '../engine/runtime/types';
import { isLanguage } from '../i18n';
import { queueText } from '../messaging/outbox';
import { programmeLedger } from './ledger';
import { tellNextStepIfEarned } from './next-step';

/**
 * After a supervisor confirmed hours on a programme shift: a confirmation the ledger had to cap
 * (allotment or budget ran out) is audited, a participant who earned the programme's next step
 * is told it (next-step.ts), and a participant with no hours left is sent the programme's "what
 * comes next" text, once.
 */
export async function afterHoursConfirmed(
  runtime: EngineRuntime,
  recordKey: string,
): Promise<void> {
  const { WorkRecord, Shift, Programme, AuditEvent } = runtime.models;
  const record = await WorkRecord.findOne({ dedupeKey: recordKey }).lean();
  if (!record?.person || !record.shift) return;
  const shift = await Shift.findById(record.shift, { programme: 1 }).lean();
  if (!shift?.programme) return;
  const programme = await Programme.findById(shift.programme).lean();
  if (!programme) return;
  const { state } = await programmeLedger(runtime, programme);
  const personId = record.person.toString();
  // This record is the newest confirmation, so if it was capped it is the last one capped.
  const capped = state.capped.at(-1);
  const audited = await AuditEvent.exists({ 'data.record': recordKey });
  if (capped?.participantId === personId && capped.askedMinutes === record.minutes && !audited) {
    await AuditEvent.create({
      person: record.person,
      organisation: programme.organisation,
      action: 'programme.hours_capped',
      outcome: capped.reason,
      data: { programme: programme._id.toString(), ...capped, record: recordKey },
      at: runtime.clock.now(),
    });
  }
  const balance = balanceOf(state, { id: personId });
  await tellNextStepIfEarned(runtime, programme, record.person, balance.usedMinutes);
  if (balance.leftMinutes > 0) return;
  const [person, organisation] = await Promise.all([
    runtime.directory.person(record.person),
    runtime.directory.organisationOrFail(programme.organisation),
  ]);
  if (!person) return;
  const language = isLanguage(person.language) ? person.language : 'en';
  const message = programme.nextStepsMessage?.[language] || programme.nextStepsMessage?.en;
  if (!message) return;
  await queueText(runtime, {
    dedupeKey: `programme:${programme._id.toString()}:next-steps:${personId}`,
    organisation,
    to: { person: { _id: person._id, language } },
    key: 'programme.next_steps',
    vars: { message },
  });
}

import type { Types } from 'mongoose';
import { isLanguage, type Language } from '../../../i18n';
import { queueText } from '../../../messaging/outbox';
import type { Effect } from '../../types';
import { firstCoordinatorOf } from '../first-coordinator';
import { messageVars } from '../message-vars';
import type { ChangeRecord, EngineRuntime } from '../types';
import { asKnownTo } from '../../../models/person';
import { addressedFormally } from '../../../messaging/formal-address';

type Send = Extract<Effect, { type: 'send' }>;
export type Notify = Extract<Effect, { type: 'notify' }>;

/** A text to one person, recorded and queued once under the effect's dedupeKey. */
export async function runSend(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: Send,
): Promise<void> {
  const { shiftId, organisationId } = aboutOf(record);
  await textPerson(runtime, effect.to.personId, shiftId, effect, organisationId);
}

/** A text to the shift's supervisor, coordinator or client. */
export async function runNotify(runtime: EngineRuntime, effect: Notify): Promise<void> {
  const shift = await runtime.directory.shift(effect.shiftId);
  if (!shift) return;
  let personId: Types.ObjectId | null | undefined = shift[effect.role];
  if (!personId && effect.role === 'coordinator') {
    personId = await firstCoordinatorOf(runtime.models, shift.organisation);
  }
  if (!personId) {
    // Most shifts have no client: nothing to tell, and nothing wrong.
    if (effect.role !== 'client') {
      runtime.log.warn({ shiftId: effect.shiftId, role: effect.role }, 'nobody to notify');
    }
    return;
  }
  // Texts to others about a worker's hours name the supervisor ({{supervisor}} is otherwise the
  // organisation's term for the role).
  const supervisor = shift.supervisor ? await runtime.directory.person(shift.supervisor) : null;
  const vars = supervisor ? { ...effect.vars, supervisor: supervisor.name } : effect.vars;
  await textPerson(runtime, personId.toString(), effect.shiftId, { ...effect, vars });
}

/** A text about a shift, or about nothing in particular, and how it is queued. */
export type ShiftText = Pick<Send, 'message' | 'vars' | 'dedupeKey' | 'urgent'>;

/**
 * A text to one person in their language, about the shift if one is named: its organisation's
 * zone and the person as it knows them, the place and task in the reader's language.
 */
export async function textPerson(
  runtime: EngineRuntime,
  personId: string,
  shiftId: string | undefined,
  effect: ShiftText,
  /** Who sends, when no shift says: a flow about an organisation's invitation names it. */
  organisationId?: string,
): Promise<void> {
  const [person, shift] = await Promise.all([
    runtime.directory.person(personId),
    shiftId ? runtime.directory.shift(shiftId) : null,
  ]);
  if (!person) {
    runtime.log.warn({ personId, message: effect.message }, 'text to an unknown person');
    return;
  }
  const organisation = await runtime.directory.organisationOrFail(
    shift?.organisation ?? organisationId ?? person.organisation,
  );
  const language: Language = isLanguage(person.language) ? person.language : 'en';
  const task = shift?.task?.[language] ?? undefined;
  await queueText(runtime, {
    dedupeKey: effect.dedupeKey,
    organisation,
    to: { person: { _id: person._id, language, formal: addressedFormally(person, organisation) } },
    key: effect.message,
    vars: messageVars(effect.vars, {
      timeZone: organisation.timeZone,
      language,
      recipientName: asKnownTo(person, organisation._id).name,
      now: runtime.clock.now(),
      placeIn: shift?.placeIn,
      ...(task ? { task } : {}),
    }),
    urgent: effect.urgent ?? false,
  });
}

/** A flow's context names its shift, or (an invitation to talk) the organisation it is from. */
function aboutOf(record: ChangeRecord): { shiftId?: string; organisationId?: string } {
  const context = record.snapshot.context;
  if (typeof context !== 'object' || context === null) return {};
  const text = (name: string) => {
    const value = (context as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const shiftId = text('shiftId');
  const organisationId = text('organisationId');
  return { ...(shiftId && { shiftId }), ...(organisationId && { organisationId }) };
}

import type { Types } from 'mongoose';
import type { RecordKind } from '../../../../engine/types';
import { deliveriesOf } from '../../../../messaging/delivery';
import type { Runtime } from '../../../../runtime';
import type { ReportFacts } from './report-tally';

const RECORD_KINDS: RecordKind[] = ['no_show', 'drop', 'hours_confirmed'];

/**
 * Whose work a report counts: an organisation's own; or, under a partnership, only `workers` (the
 * provider's) on `organisation`'s (the client's) shifts and in its texts, never the client's own
 * people.
 */
export interface FactsScope {
  organisation: Types.ObjectId;
  workers?: Types.ObjectId[];
}

/**
 * The scope's facts between two instants. Plain finds with few fields, counted in code: the range
 * is at most 92 days of one organisation.
 */
export async function loadReportFacts(
  runtime: Runtime,
  scope: FactsScope,
  between: { start: Date; end: Date },
): Promise<ReportFacts> {
  const { InboundMessage, OutboundMessage } = runtime.models;
  const { organisation, workers } = scope;
  const within = { $gte: between.start, $lt: between.end };
  const whose = workers ? { person: { $in: workers } } : {};
  const [shifts, records, earned, outbound, inbound] = await Promise.all([
    shiftsStarting(runtime, scope, within),
    recordsOnShiftsOf(runtime, organisation, { ...whose, at: within }),
    // Hours its workers worked for partners: the charges it earns (a partnership's scope counts
    // its own direction's, in report-partnership).
    workers
      ? []
      : runtime.models.WorkRecord.find(
          { provider: organisation, kind: 'hours_confirmed', at: within },
          { at: 1, chargeCents: 1 },
        ).lean(),
    OutboundMessage.find({ organisation, ...whose, createdAt: within }, { createdAt: 1 })
      .lean()
      .then((messages) => withDeliveries(runtime, messages)),
    InboundMessage.find(
      { organisation, ...whose, receivedAt: within },
      { receivedAt: 1, unknownSender: 1 },
    ).lean(),
  ]);
  return { shifts, records, earned, outbound, inbound };
}

type Within = { $gte: Date; $lt: Date };

/** Each text's day with what became of it (src/messaging/delivery.ts). */
async function withDeliveries(
  runtime: Runtime,
  messages: { _id: Types.ObjectId; createdAt: Date }[],
) {
  const deliveries = await deliveriesOf(
    runtime.models,
    messages.map((m) => m._id),
  );
  return messages.map((m) => {
    const { sentAt, status, suppressed } = deliveries.get(m._id.toString())!;
    return { createdAt: m.createdAt, sentAt, status, suppressed };
  });
}

/**
 * The organisation's shifts starting in the range with the places held on each; in a
 * partnership's scope, only the shifts its workers were offered and the places they hold.
 */
async function shiftsStarting(runtime: Runtime, scope: FactsScope, within: Within) {
  const { Shift, Assignment, Offer } = runtime.models;
  const { organisation, workers } = scope;
  let shifts = await Shift.find(
    { organisation, start: within },
    { start: 1, places: 1, state: 1 },
  ).lean();
  if (workers) {
    const offered = await Offer.find(
      { shift: { $in: shifts.map((s) => s._id) }, person: { $in: workers } },
      { shift: 1 },
    ).lean();
    const ids = new Set(offered.map((o) => o.shift.toString()));
    shifts = shifts.filter((s) => ids.has(s._id.toString()));
  }
  const held = await Assignment.find(
    { shift: { $in: shifts.map((s) => s._id) }, ...(workers && { person: { $in: workers } }) },
    { shift: 1 },
  ).lean();
  const filled = new Map<string, number>();
  for (const { shift } of held)
    filled.set(shift.toString(), (filled.get(shift.toString()) ?? 0) + 1);
  return shifts.map((s) => ({
    start: s.start,
    places: s.places,
    filled: filled.get(s._id.toString()) ?? 0,
    cancelled: s.state === 'cancelled',
  }));
}

/** Work records carry their shift, not an organisation: keep those on the organisation's shifts. */
async function recordsOnShiftsOf(
  runtime: Runtime,
  organisation: Types.ObjectId,
  filter: { at: Within; person?: { $in: Types.ObjectId[] } },
) {
  const records = await runtime.models.WorkRecord.find(
    { ...filter, kind: { $in: RECORD_KINDS } },
    { kind: 1, at: 1, minutes: 1, chargeCents: 1, shift: 1 },
  ).lean();
  const shiftIds = [...new Set(records.flatMap((r) => (r.shift ? [r.shift.toString()] : [])))];
  const ours = await runtime.models.Shift.find(
    { _id: { $in: shiftIds }, organisation },
    { _id: 1 },
  ).lean();
  const ourShifts = new Set(ours.map((s) => s._id.toString()));
  return records.filter((r) => r.shift && ourShifts.has(r.shift.toString()));
}

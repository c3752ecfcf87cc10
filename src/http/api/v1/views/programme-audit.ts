import { changeOfEffectKey } from '../../../../engine/effect-key';
import { changeRecordId } from '../../../../models/change-record';
import type { Programme } from '../../../../models/programme';
import { programmeGrants } from '../../../../programme/ledger';
import type { Runtime } from '../../../../runtime';
import { toCsv } from '../../../csv';
import type { AuditExport } from '../schemas/audit';

/**
 * Every confirmation on the programme's shifts made between two instants: the work, the worker
 * (by id), what was confirmed and what the ledger paid of it, and who confirmed it through which
 * change. The ledger runs over the programme's whole history, so a cap met before the range is
 * applied as it was.
 */
export async function programmeAudit(
  runtime: Runtime,
  programme: Programme,
  between: { start: Date; end: Date },
): Promise<AuditExport> {
  const { Shift, ChangeRecord, InboundMessage } = runtime.models;
  const grants = (await programmeGrants(runtime, programme)).filter(
    ({ record }) => record.at >= between.start && record.at < between.end,
  );
  const changeIds = grants.flatMap(({ record }) => {
    const change = changeOfEffectKey(record.dedupeKey);
    return change ? [changeRecordId(change.entity, change.version)] : [];
  });
  const [shifts, changes] = await Promise.all([
    Shift.find(
      { _id: { $in: [...new Set(grants.map(({ record }) => record.shift.toString()))] } },
      { start: 1, end: 1 },
    ).lean(),
    ChangeRecord.find({ _id: { $in: changeIds } }, { cause: 1 }).lean(),
  ]);
  const sids = changes.flatMap((c) =>
    c.cause.kind === 'reply' && c.cause.ref ? [c.cause.ref] : [],
  );
  const texts = await InboundMessage.find(
    { messageSid: { $in: sids } },
    { messageSid: 1, person: 1 },
  ).lean();
  const shiftOf = new Map(shifts.map((s) => [s._id.toString(), s]));
  const changeOf = new Map(changes.map((c) => [c._id, c]));
  const senderOf = new Map(texts.map((t) => [t.messageSid, t.person?.toString() ?? '']));

  const lines = grants.map(({ record, grant }) => {
    const shift = shiftOf.get(record.shift.toString());
    const made = changeOfEffectKey(record.dedupeKey);
    const change = made && changeOf.get(changeRecordId(made.entity, made.version));
    const cause = change?.cause;
    const by = cause?.kind === 'reply' ? senderOf.get(cause.ref ?? '') : cause?.ref;
    return {
      workRecordId: record._id.toString(),
      shiftId: record.shift.toString(),
      workerId: record.person.toString(),
      shiftStart: shift?.start.toISOString() ?? '',
      shiftEnd: shift?.end.toISOString() ?? '',
      minutesConfirmed: grant.entry.minutes,
      minutesPaid: grant.grantedMinutes,
      rateCentsPerHour: programme.hourlyRateCents,
      cents: grant.cents,
      chargeCents: record.chargeCents ?? 0,
      confirmedAt: record.at.toISOString(),
      confirmedBy: by ?? '',
      confirmedVia: cause?.kind ?? '',
      changeRecordId: change?._id ?? '',
    };
  });
  const sum = (pick: (line: (typeof lines)[number]) => number) =>
    lines.reduce((total, line) => total + pick(line), 0);
  return {
    lines,
    totals: {
      minutesConfirmed: sum((l) => l.minutesConfirmed),
      minutesPaid: sum((l) => l.minutesPaid),
      cents: sum((l) => l.cents),
      chargeCents: sum((l) => l.chargeCents),
    },
  };
}

const COLUMNS = [
  'work_record_id',
  'shift_id',
  'worker_id',
  'shift_start',
  'shift_end',
  'minutes_confirmed',
  'minutes_paid',
  'rate_cents_per_hour',
  'cents',
  'charge_cents',
  'confirmed_at',
  'confirmed_by',
  'confirmed_via',
  'change_record_id',
];

/** One line per confirmation, then a totals line (its first cell: "total"). */
export function auditCsv({ lines, totals }: AuditExport): string {
  const rows = lines.map((l) => [
    l.workRecordId,
    l.shiftId,
    l.workerId,
    l.shiftStart,
    l.shiftEnd,
    l.minutesConfirmed,
    l.minutesPaid,
    l.rateCentsPerHour,
    l.cents,
    l.chargeCents,
    l.confirmedAt,
    l.confirmedBy,
    l.confirmedVia,
    l.changeRecordId,
  ]);
  const total = [
    'total',
    '',
    '',
    '',
    '',
    totals.minutesConfirmed,
    totals.minutesPaid,
    '',
    totals.cents,
    totals.chargeCents,
    '',
    '',
    '',
    '',
  ];
  return toCsv(COLUMNS, [...rows, total]);
}

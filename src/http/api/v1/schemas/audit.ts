import { z } from 'zod';

const count = z.number().int();

/** One confirmed piece of work, as an auditor reads it. */
export const auditLine = z.object({
  workRecordId: z.string(),
  shiftId: z.string(),
  workerId: z.string(),
  shiftStart: z.string(),
  shiftEnd: z.string(),
  /** What the supervisor confirmed. */
  minutesConfirmed: count,
  /** What the programme's ledger paid of it (less when an allotment or the budget ran out). */
  minutesPaid: count,
  rateCentsPerHour: count,
  /** The ledger's cents for minutesPaid. */
  cents: count,
  /** The charge the confirmation recorded, as GET /reports/summary counts it. */
  chargeCents: count,
  confirmedAt: z.string(),
  /** The person whose text confirmed it, or the API key (api-key:<id>) that did. */
  confirmedBy: z.string(),
  confirmedVia: z.string(),
  changeRecordId: z.string(),
});

export const auditExport = z.object({
  lines: z.array(auditLine),
  totals: z.object({
    minutesConfirmed: count,
    minutesPaid: count,
    cents: count,
    chargeCents: count,
  }),
});

export type AuditExport = z.output<typeof auditExport>;

import { z } from 'zod';
import { objectId } from './common';

export const localDate = z.iso.date({ error: 'expected a date such as 2026-11-25' });

/** Without dates, the last 7 days; with one, the 7 days from `from` or up to `to`. */
export const reportQuery = z.object({
  /** First day, in the organisation's time zone. */
  from: localDate.optional(),
  /** Last day, included. */
  to: localDate.optional(),
  partner: objectId.optional().meta({
    description:
      'An organisation the caller has (or had) a partnership with: the figures of the work done ' +
      'under it, either way round, instead of the caller’s own',
  }),
});

const count = z.number().int();

export const reportFigures = z
  .object({
    shiftsPosted: count.meta({ description: 'Shifts starting that day, cancelled ones included' }),
    places: count.meta({ description: 'Places on those shifts' }),
    placesFilled: count.meta({ description: 'Places held now on those shifts not cancelled' }),
    shiftsCancelled: count,
    noShows: count,
    drops: count,
    hoursConfirmed: z.number().meta({ description: 'Confirmed by supervisors that day' }),
    chargeCents: count.meta({
      description: 'Charged for hours confirmed that day on its shifts (own and partners’ workers)',
    }),
    chargesEarnedCents: count.meta({
      description: 'Charged to client organisations for hours its workers worked for them',
    }),
    messagesSent: count.meta({ description: 'Texts recorded that day and handed to Twilio' }),
    messagesDelivered: count,
    messagesFailed: count.meta({ description: 'Failed or undelivered' }),
    messagesSuppressed: count.meta({ description: 'Never sent: opted out, no usable channel…' }),
    inboundReceived: count,
    unknownSenders: count.meta({ description: 'Texts from numbers no person has' }),
  })
  .meta({ id: 'ReportFigures' });

export const reportSummary = z
  .object({
    from: localDate,
    to: localDate,
    timeZone: z.string(),
    days: z.array(reportFigures.extend({ date: localDate })),
    weeks: z
      .array(
        reportFigures.extend({
          from: localDate.meta({ description: 'The Monday, or the first day of the range' }),
          to: localDate.meta({ description: 'The Sunday, or the last day of the range' }),
        }),
      )
      .meta({ description: 'The days summed per week from Monday to Sunday, cut to the range' }),
    totals: reportFigures,
  })
  .meta({ id: 'ReportSummary' });

import type { Programme } from '../../../../models/programme';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import { hasRole } from '../auth/authenticate';
import type { Caller } from '../auth/api-keys';
import { route, type ApiResource } from '../route';
import { auditExport } from '../schemas/audit';
import { idParams } from '../schemas/common';
import { reportQuery } from '../schemas/report';
import { notFound } from '../tenancy';
import { auditCsv, programmeAudit } from '../views/programme-audit';
import { instantsOf, localDateOf, reportRange } from '../views/report-range';

/** The caller's own programme; the platform's operator audits any organisation's. */
async function auditable(runtime: Runtime, caller: Caller, id: string): Promise<Programme> {
  const own = hasRole(caller, 'operator') ? {} : { organisation: caller.organisationId };
  const programme = await runtime.models.Programme.findOne({ _id: id, ...own }).lean<Programme>();
  if (!programme) throw notFound('programme');
  return programme;
}

export const audit: ApiResource = {
  tag: 'audit',
  description: "Exports for auditors: every confirmed minute and cent of a programme's budget.",
  routes: [
    route({
      method: 'get',
      path: '/programmes/:id/audit.csv',
      operationId: 'exportProgrammeAudit',
      summary: 'Every confirmation paid from a programme, as CSV, with a totals line',
      description:
        "The days are those of GET /reports/summary (from/to in the programme's organisation's " +
        'zone, at most 92, a confirmation in the day it was made). Columns: work_record_id, ' +
        'shift_id, worker_id, shift_start, shift_end, minutes_confirmed (by the supervisor), ' +
        "minutes_paid and cents (what the programme's ledger paid: less once an allotment or the " +
        'budget ran out), rate_cents_per_hour (the programme’s), charge_cents (as the reports ' +
        'count it), confirmed_at, confirmed_by (the person whose text confirmed it, or ' +
        'api-key:<id>), confirmed_via (reply, api…), change_record_id (the change in the shift ' +
        'flow that recorded it). The last line is the totals, its first cell "total". No names ' +
        "or numbers: people by id. The platform's operator may export any organisation's programme.",
      role: 'admin',
      params: idParams,
      query: reportQuery,
      response: auditExport,
      csv: auditCsv,
      handle: async ({ runtime, caller, params, query }) => {
        const programme = await auditable(runtime, caller, params.id);
        const { timeZone: zone } = await runtime.models.Organisation.findById(
          programme.organisation,
          { timeZone: 1 },
        )
          .orFail()
          .lean();
        const range = reportRange(query, localDateOf(runtime.clock.now(), zone));
        if (!range.ok)
          throw new HttpError(400, 'invalid query', [{ path: range.path, message: range.message }]);
        return programmeAudit(runtime, programme, instantsOf(range, zone));
      },
    }),
  ],
};

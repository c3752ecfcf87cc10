import { HttpError } from '../../../errors';
import { route, type ApiResource } from '../route';
import { reportQuery, reportSummary } from '../schemas/report';
import { loadReportFacts } from '../views/report-facts';
import { instantsOf, localDateOf, reportRange } from '../views/report-range';
import { tallyReport } from '../views/report-tally';

export const reports: ApiResource = {
  tag: 'reports',
  description: "Figures of the caller's organisation per day in its time zone.",
  routes: [
    route({
      method: 'get',
      path: '/reports/summary',
      operationId: 'getReportSummary',
      summary: 'Shifts, places, attendance, hours, charges and texts per day (at most 92 days)',
      role: 'read_only',
      query: reportQuery,
      response: reportSummary,
      handle: async ({ runtime, caller, query }) => {
        const organisation = await runtime.models.Organisation.findById(caller.organisationId, {
          timeZone: 1,
        })
          .orFail()
          .lean();
        const zone = organisation.timeZone;
        const range = reportRange(query, localDateOf(runtime.clock.now(), zone));
        if (!range.ok)
          throw new HttpError(400, 'invalid query', [{ path: range.path, message: range.message }]);
        const facts = await loadReportFacts(runtime, organisation._id, instantsOf(range, zone));
        return tallyReport(facts, range, zone);
      },
    }),
  ],
};

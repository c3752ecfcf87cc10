import { HttpError } from '../../../errors';
import { route, type ApiResource } from '../route';
import { reportQuery, reportSummary } from '../schemas/report';
import { loadReportFacts } from '../views/report-facts';
import { loadPartnershipFacts } from '../views/report-partnership';
import { instantsOf, localDateOf, reportRange } from '../views/report-range';
import { tallyReport } from '../views/report-tally';

export const reports: ApiResource = {
  tag: 'reports',
  description:
    "Figures of the caller's organisation per day in its time zone, or of the work done under " +
    'its partnerships with one partner.',
  routes: [
    route({
      method: 'get',
      path: '/reports/summary',
      operationId: 'getReportSummary',
      summary: 'Shifts, places, attendance, hours, charges and texts per day (at most 92 days)',
      description:
        'With `partner`, the figures of the work done under the partnerships between the caller ' +
        'and that organisation, either way round: shifts of one side offered to the other ' +
        "side's workers, the places those workers hold, their no-shows, drops, confirmed hours " +
        'and the charges under the partnership, and the texts between those workers and the ' +
        "shifts' organisation. An ended partnership counts up to its end. The partner's own " +
        'shifts served by its own people are never counted. A partner with no partnership that ' +
        'is or was in force (unknown, only proposed, unrelated) is a 404, as an unknown id.',
      role: 'read_only',
      errors: {
        404:
          '`partner` is no organisation the caller has or had a partnership in force with ' +
          '(unknown, only proposed, or unrelated: all answered alike).',
      },
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
        const between = instantsOf(range, zone);
        const facts = query.partner
          ? await loadPartnershipFacts(runtime, organisation._id, query.partner, between)
          : await loadReportFacts(runtime, { organisation: organisation._id }, between);
        return tallyReport(facts, range, zone);
      },
    }),
  ],
};

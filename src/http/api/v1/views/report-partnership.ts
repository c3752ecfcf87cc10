import type { Types } from 'mongoose';
import type { Runtime } from '../../../../runtime';
import { notFound } from '../tenancy';
import { loadReportFacts, type FactsScope } from './report-facts';
import type { ReportFacts } from './report-tally';

type Between = { start: Date; end: Date };

/** One way work goes under a partnership: the provider's workers on the client's shifts. */
interface Direction {
  provider: Types.ObjectId;
  client: Types.ObjectId;
  endedAt?: Date | null;
}

/**
 * The partnerships between the caller and `partner`, either way round, that are or were in
 * force (accepted; an ended one keeps its history). None: a 404 exactly like an unknown id, so
 * the answer never says whether the organisation exists.
 */
async function directionsWith(
  runtime: Runtime,
  us: Types.ObjectId,
  partner: string,
): Promise<Direction[]> {
  const { Partnership } = runtime.models;
  const fields = { provider: 1, client: 1, pending: 1, endedAt: 1 };
  const found = await Promise.all([
    Partnership.findOne({ provider: us, client: partner }, fields).lean(),
    Partnership.findOne({ provider: partner, client: us }, fields).lean(),
  ]);
  const directions = found.flatMap((p) => (p && !p.pending ? [p] : []));
  if (directions.length === 0) throw notFound('organisation');
  return directions;
}

/** The provider's workers who are not the client's workers too (those serve it as its own). */
async function servingWorkers(runtime: Runtime, direction: Direction): Promise<Types.ObjectId[]> {
  // FerretDB has no $elemMatch on fields: match loosely here, exactly below.
  const people = await runtime.models.Person.find(
    { 'roles.organisation': direction.provider, 'roles.role': 'worker' },
    { roles: 1 },
  ).lean();
  const worksFor = (p: (typeof people)[number], organisation: Types.ObjectId) =>
    p.roles.some((r) => r.role === 'worker' && r.organisation.equals(organisation));
  return people
    .filter((p) => worksFor(p, direction.provider) && !worksFor(p, direction.client))
    .map((p) => p._id);
}

const NOTHING: ReportFacts = { shifts: [], records: [], earned: [], outbound: [], inbound: [] };

/**
 * The facts of the work done under the partnerships between the caller and `partner`: the
 * caller's shifts served by the partner's workers and the partner's shifts served by the
 * caller's, each up to the partnership's end. The partner's own shifts served by its own
 * people are never loaded.
 */
export async function loadPartnershipFacts(
  runtime: Runtime,
  us: Types.ObjectId,
  partner: string,
  between: Between,
): Promise<ReportFacts> {
  const directions = await directionsWith(runtime, us, partner);
  const facts = await Promise.all(
    directions.map(async (direction) => {
      const end =
        direction.endedAt && direction.endedAt < between.end ? direction.endedAt : between.end;
      if (end <= between.start) return NOTHING;
      const workers = await servingWorkers(runtime, direction);
      if (workers.length === 0) return NOTHING;
      const scope: FactsScope = { organisation: direction.client, workers };
      return loadReportFacts(runtime, scope, { start: between.start, end });
    }),
  );
  return {
    shifts: facts.flatMap((f) => f.shifts),
    records: facts.flatMap((f) => f.records),
    // What the caller's workers earned: the hours confirmed where the caller is the provider.
    earned: facts.flatMap((f, i) =>
      directions[i]!.provider.equals(us)
        ? f.records.filter((r) => r.kind === 'hours_confirmed')
        : [],
    ),
    outbound: facts.flatMap((f) => f.outbound),
    inbound: facts.flatMap((f) => f.inbound),
  };
}

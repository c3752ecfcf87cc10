import type { z } from 'zod';
import {
  rankSearchCandidates,
  type CandidateFacts,
  type CandidateSearch,
} from '../../../../domain/candidate-search';
import type { Availability } from '../../../../domain/availability';
import { buildRecords, type WorkerRecord } from '../../../../record/build-record';
import { ascending, pageInMemory } from '../paging';
import { route, type ApiResource } from '../route';
import { iso, listOf } from '../schemas/common';
import { candidateQuery, candidateView } from '../schemas/candidate';
import { recordAimViews } from '../schemas/shared-record';
import { searchScope } from '../candidate-scope';
import { asSeenBy, tenancyOf } from '../tenancy';
import { inviteCandidate } from './candidate-invitations';

/** The names a type of work has, in every language it has one. */
const workNames = (record: WorkerRecord) =>
  record.hours.byWork.flatMap((w) =>
    w.work
      ? [{ names: Object.values(w.work).flatMap((n) => (n ? [n] : [])), minutes: w.minutes }]
      : [],
  );

function searchOf(query: z.output<typeof candidateQuery>): CandidateSearch {
  const { availableFrom, availableUntil } = query;
  return {
    skills: query.skills ?? [],
    badges: query.badges ?? [],
    aims: query.aims ?? [],
    ...(query.work !== undefined && { work: query.work }),
    ...(query.minReliability !== undefined && { minReliability: query.minReliability }),
    ...(availableFrom &&
      availableUntil && {
        available: { start: new Date(availableFrom), end: new Date(availableUntil) },
      }),
    ...(query.area !== undefined && { area: query.area }),
  };
}

export const candidates: ApiResource = {
  tag: 'candidates',
  description:
    'People the organisation may invite: those who shared their record with it, and the workers ' +
    'of the organisations whose workers serve its shifts (read-only, without phone numbers), ' +
    'ranked for what it asks, with the reasons shown.',
  routes: [
    route({
      method: 'get',
      path: '/candidates',
      operationId: 'searchCandidates',
      summary: 'Searches the shared records and partners’ workers, best first, with the reasons',
      description:
        'A person who shared their record counts with all of it; a partner’s worker who has not ' +
        'counts with the work done for your own shifts only, and without an area (their address ' +
        'is not yours to see). A withdrawn share is gone at once.',
      role: 'read_only',
      query: candidateQuery,
      response: listOf(candidateView),
      handle: async ({ runtime, caller, query }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const found = await searchScope(runtime, tenancy);
        const us = tenancy.organisation.toString();
        const records = await buildRecords(
          runtime.models,
          found.map(({ person, via }) =>
            via === 'shared' ? { person } : { person, countedAt: [us] },
          ),
        );
        const homes = [...new Set(found.map((f) => f.person.organisation.toString()))];
        const zones = new Map(
          (
            await runtime.models.Organisation.find({ _id: { $in: homes } }, { timeZone: 1 }).lean()
          ).map((o) => [o._id.toString(), o.timeZone]),
        );
        const byId = new Map(found.map((f) => [f.person._id.toString(), f]));
        const facts = found.map(({ person, via }): CandidateFacts => {
          const record = records.get(person._id.toString())!;
          // A partner's worker as their organisation records them; a sharer as they are.
          const known = via === 'shared' ? person : asSeenBy(person, tenancy);
          return {
            personId: person._id.toString(),
            name: known.name,
            skills: via === 'shared' ? record.skills : known.skills,
            badges: via === 'shared' ? record.badges : known.badges,
            work: workNames(record),
            totalMinutes: record.hours.totalMinutes,
            reliability: record.reliability,
            availability: known.availability as Availability,
            zone: person.timeZone ?? zones.get(person.organisation.toString()) ?? 'UTC',
            ...(via === 'shared' && person.address && { address: person.address }),
            // Like the address, a person's aims are theirs to share, not their organisation's.
            aims: via === 'shared' ? record.aims : [],
          };
        });
        const factsOf = new Map(facts.map((f) => [f.personId, f]));
        const ranked = rankSearchCandidates(searchOf(query), facts);
        const page = pageInMemory(ranked, query, (c) => [c.rank, c.personId], ascending, [
          'number',
          'text',
        ]);
        const items = page.items.map((c): z.input<typeof candidateView> => {
          const { via } = byId.get(c.personId)!;
          const record = records.get(c.personId)!;
          const { name, skills, badges } = factsOf.get(c.personId)!;
          const { firstShift, lastShift, ...counts } = record.reliability;
          return {
            personId: c.personId,
            name,
            via,
            rank: c.rank,
            skills,
            badges,
            skillsMatched: c.skillsMatched,
            badgesMatched: c.badgesMatched,
            workMinutes: c.workMinutes,
            totalMinutes: record.hours.totalMinutes,
            reliability: {
              percent: c.reliability,
              ...counts,
              ...(firstShift && { firstShift: iso(firstShift) }),
              ...(lastShift && { lastShift: iso(lastShift) }),
            },
            areaMatched: c.areaMatched,
            aims: via === 'shared' ? recordAimViews(record.aims) : [],
            aimsMatched: c.aimsMatched,
            reasons: c.reasons,
          };
        });
        return { ...page, items };
      },
    }),
    inviteCandidate,
  ],
};

import {
  rankCandidates,
  type Candidate,
  type RankingContext,
  type ShiftToFill,
} from '../../../src/domain/ranking';

// Tuesday 2 June 2026, 09:00–13:00 in New York.
const shift: ShiftToFill = {
  id: 'shift-1',
  organisationId: 'org-parks',
  clientId: 'client-1',
  start: new Date('2026-06-02T13:00:00Z'),
  end: new Date('2026-06-02T17:00:00Z'),
  skills: ['litter-pick'],
  badges: ['safety-briefing'],
  area: 'Riverside Park',
};

const now = new Date('2026-06-01T12:00:00Z');

function candidate(personId: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    personId,
    organisationId: 'org-parks',
    employment: 'part_time',
    language: 'en',
    skills: ['litter-pick'],
    badges: ['safety-briefing'],
    timeZone: 'America/New_York',
    availability: 'anytime',
    optedOut: false,
    bookings: [],
    reliability: [],
    confirmedMinutesThisWeek: 0,
    ...overrides,
  };
}

function context(overrides: Partial<RankingContext> = {}): RankingContext {
  return {
    now,
    partnerships: [],
    client: { preferredOrganisationIds: [] },
    offeredPersonIds: [],
    declinedPersonIds: [],
    urgent: false,
    ...overrides,
  };
}

const order = (candidates: Candidate[], ctx = context()) =>
  rankCandidates(shift, candidates, ctx).eligible.map((r) => r.personId);
const exclusion = (c: Candidate, ctx = context()) =>
  rankCandidates(shift, [c], ctx).excluded[0]?.reasons;

describe('rankCandidates filters', () => {
  it('excludes a worker missing a required skill or badge, naming each', () => {
    expect(exclusion(candidate('a', { skills: [], badges: [] }))).toEqual([
      'missing skill: litter-pick',
      'missing badge: safety-briefing',
    ]);
  });

  it("excludes another organisation's worker without a partnership", () => {
    expect(exclusion(candidate('a', { organisationId: 'org-care' }))).toEqual([
      'no partnership lets org-care serve org-parks',
    ]);
  });

  it("admits another organisation's worker when a partnership covers the client", () => {
    const partnerships = [
      { providerOrganisationId: 'org-care', clientOrganisationId: 'org-parks' },
    ];
    expect(
      order([candidate('a', { organisationId: 'org-care' })], context({ partnerships })),
    ).toEqual(['a']);
    const otherClient = [{ ...partnerships[0]!, clientIds: ['client-2'] }];
    expect(
      exclusion(
        candidate('a', { organisationId: 'org-care' }),
        context({ partnerships: otherClient }),
      ),
    ).toEqual(['no partnership lets org-care serve org-parks']);
  });

  it("offers a partner's worker only the shifts that fit the terms the partnership was made under", () => {
    const under = (scope: { skills: string[]; areas: string[]; noticeHours: number }) => [
      { providerOrganisationId: 'org-care', clientOrganisationId: 'org-parks', scope },
    ];
    const care = candidate('a', { organisationId: 'org-care' });
    // The shift is 25 hours after now, litter-pick at Riverside Park.
    const fits = under({ skills: ['litter-pick'], areas: ['Riverside'], noticeHours: 24 });
    expect(order([care], context({ partnerships: fits }))).toEqual(['a']);
    const elsewhere = under({ skills: ['home-care'], areas: ['Brooklyn'], noticeHours: 48 });
    expect(exclusion(care, context({ partnerships: elsewhere }))).toEqual([
      "outside the partnership's terms: litter-pick is not work the terms serve",
      "outside the partnership's terms: Riverside Park is not in an area the terms serve",
      "outside the partnership's terms: the terms ask for 48 h notice",
    ]);
    // Their own organisation's workers are not held to any partnership's terms.
    expect(order([candidate('b')], context({ partnerships: elsewhere }))).toEqual(['b']);
  });

  it('excludes a worker not available at that time in their zone', () => {
    const mornings = [{ weekday: 2, start: '08:00', end: '12:00' }];
    expect(exclusion(candidate('a', { availability: mornings }))).toEqual([
      'not available at that time',
    ]);
    const tuesdays = [{ weekday: 2, start: '08:00', end: '14:00' }];
    expect(order([candidate('a', { availability: tuesdays })])).toEqual(['a']);
    // The same hours read in Paris are 15:00–19:00: not available.
    expect(exclusion(candidate('a', { availability: tuesdays, timeZone: 'Europe/Paris' }))).toEqual(
      ['not available at that time'],
    );
  });

  it('excludes a worker booked in an overlapping shift, but not one booked back to back', () => {
    const overlapping = {
      shiftId: 's2',
      start: new Date('2026-06-02T16:00:00Z'),
      end: new Date('2026-06-02T18:00:00Z'),
    };
    expect(exclusion(candidate('a', { bookings: [overlapping] }))).toEqual([
      'already booked in an overlapping shift',
    ]);
    const after = {
      shiftId: 's3',
      start: new Date('2026-06-02T17:00:00Z'),
      end: new Date('2026-06-02T19:00:00Z'),
    };
    expect(order([candidate('a', { bookings: [after] })])).toEqual(['a']);
  });

  it('excludes a worker who opted out', () => {
    expect(exclusion(candidate('a', { optedOut: true }))).toEqual(['opted out of texts']);
  });

  it('excludes a worker already offered or who declined this shift', () => {
    expect(exclusion(candidate('a'), context({ offeredPersonIds: ['a'] }))).toEqual([
      'already offered this shift',
    ]);
    expect(
      exclusion(candidate('a'), context({ offeredPersonIds: ['a'], declinedPersonIds: ['a'] })),
    ).toEqual(['declined this shift']);
  });
});

describe('rankCandidates order', () => {
  it('puts full-time before part-time before on-call', () => {
    const people = [
      candidate('a', { employment: 'on_call' }),
      candidate('b', { employment: 'part_time' }),
      candidate('c', { employment: 'full_time' }),
    ];
    expect(order(people)).toEqual(['c', 'b', 'a']);
  });

  it('puts on-call workers first for an urgent replacement', () => {
    const people = [
      candidate('a', { employment: 'full_time' }),
      candidate('b', { employment: 'on_call' }),
      candidate('c', { employment: 'part_time' }),
    ];
    const ranked = rankCandidates(shift, people, context({ urgent: true })).eligible;
    expect(ranked.map((r) => r.personId)).toEqual(['b', 'a', 'c']);
    expect(ranked[0]?.reasons[0]).toBe('on-call, first for an urgent replacement');
  });

  it("puts the client's preferred organisations first within an employment type", () => {
    const partnerships = [
      { providerOrganisationId: 'org-care', clientOrganisationId: 'org-parks' },
    ];
    const ctx = context({ partnerships, client: { preferredOrganisationIds: ['org-care'] } });
    expect(order([candidate('a'), candidate('b', { organisationId: 'org-care' })], ctx)).toEqual([
      'b',
      'a',
    ]);
  });

  it('puts the worker the client liked last time first, but not one the client did not like', () => {
    const liked = context({
      client: { preferredOrganisationIds: [], lastWorker: { personId: 'b', liked: true } },
    });
    expect(order([candidate('a'), candidate('b')], liked)).toEqual(['b', 'a']);
    const disliked = context({
      client: { preferredOrganisationIds: [], lastWorker: { personId: 'b', liked: false } },
    });
    expect(order([candidate('a'), candidate('b')], disliked)).toEqual(['a', 'b']);
  });

  it('puts reliable workers first, counting only the last 90 days, no-shows above drops', () => {
    const recent = new Date('2026-05-20T00:00:00Z');
    const old = new Date('2026-01-01T00:00:00Z');
    const people = [
      candidate('a', { reliability: [{ kind: 'no_show', at: recent }] }),
      candidate('b', { reliability: [{ kind: 'drop', at: recent }] }),
      candidate('c', {
        reliability: [
          { kind: 'no_show', at: old },
          { kind: 'no_show', at: old },
        ],
      }),
    ];
    expect(order(people)).toEqual(['c', 'b', 'a']);
  });

  it('does not hold a drop for being unwell against a worker, and shows it apart', () => {
    const recent = new Date('2026-05-20T00:00:00Z');
    const unwell = { kind: 'drop', at: recent, reason: 'unwell' } as const;
    const people = [
      candidate('a', { reliability: [unwell, unwell], confirmedMinutesThisWeek: 60 }),
      candidate('b', { reliability: [{ kind: 'drop', at: recent }] }),
      candidate('c', { confirmedMinutesThisWeek: 120 }),
    ];
    // a's two unwell drops weigh nothing: fewer hours puts a before c; b's plain drop counts.
    expect(order(people)).toEqual(['a', 'c', 'b']);
    const [first] = rankCandidates(shift, [people[0]!], context()).eligible;
    expect(first?.reasons).toContain('no no-shows or drops in 90 days (2 unwell, not counted)');
  });

  it('puts fewer confirmed hours this week first, then breaks ties by id', () => {
    const people = [
      candidate('d', { confirmedMinutesThisWeek: 360 }),
      candidate('c', { confirmedMinutesThisWeek: 120 }),
      candidate('b', { confirmedMinutesThisWeek: 120 }),
    ];
    expect(order(people)).toEqual(['b', 'c', 'd']);
  });

  it('applies the rules in order: employment over preference over reliability over hours', () => {
    const ctx = context({ client: { preferredOrganisationIds: ['org-parks'] } });
    const people = [
      candidate('hours', { employment: 'full_time', confirmedMinutesThisWeek: 600 }),
      candidate('flaky', {
        employment: 'full_time',
        reliability: [{ kind: 'no_show', at: new Date('2026-05-30T00:00:00Z') }],
      }),
      candidate('parttime', { employment: 'part_time' }),
    ];
    expect(order(people, ctx)).toEqual(['hours', 'flaky', 'parttime']);
  });

  it('records reasons a coordinator can read', () => {
    const recent = new Date('2026-05-20T00:00:00Z');
    const ctx = context({
      client: {
        preferredOrganisationIds: ['org-parks'],
        lastWorker: { personId: 'a', liked: true },
      },
    });
    const [first] = rankCandidates(
      shift,
      [
        candidate('a', {
          employment: 'full_time',
          confirmedMinutesThisWeek: 360,
          reliability: [
            { kind: 'no_show', at: recent },
            { kind: 'no_show', at: recent },
            { kind: 'drop', at: recent },
          ],
        }),
      ],
      ctx,
    ).eligible;
    expect(first).toEqual({
      personId: 'a',
      rank: 1,
      reasons: [
        'full-time',
        "client's preferred organisation",
        'client liked them last time',
        '2 no-shows and 1 drop in 90 days',
        '6 h this week',
      ],
    });
    expect(rankCandidates(shift, [candidate('b')], context()).eligible[0]?.reasons).toEqual([
      'part-time',
      'no no-shows or drops in 90 days',
      '0 h this week',
    ]);
  });

  it("puts workers who speak the client's language first, saying so", () => {
    const ctx = context({ client: { language: 'es', preferredOrganisationIds: [] } });
    const people = [
      candidate('english', { employment: 'full_time' }),
      candidate('spanish', { employment: 'part_time', language: 'es' }),
    ];
    const ranked = rankCandidates(shift, people, ctx).eligible;
    expect(ranked.map((r) => r.personId)).toEqual(['spanish', 'english']);
    expect(ranked[0]?.reasons).toEqual([
      'part-time',
      "speaks the client's language (es)",
      'no no-shows or drops in 90 days',
      '0 h this week',
    ]);
    // A shift with no client: language changes nothing.
    expect(order(people)).toEqual(['english', 'spanish']);
  });

  it('gives the same order whatever order the candidates come in', () => {
    const people = ['e', 'a', 'c', 'b', 'd'].map((id) => candidate(id));
    expect(order(people)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(order([...people].reverse())).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

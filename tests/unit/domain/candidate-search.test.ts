import {
  rankSearchCandidates,
  reliabilityPercent,
  type CandidateFacts,
  type CandidateSearch,
} from '../../../src/domain/candidate-search';

const none = { onTime: 0, late: 0, noShows: 0, drops: 0 };

function person(personId: string, more: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    personId,
    name: personId,
    skills: [],
    badges: [],
    work: [],
    totalMinutes: 0,
    reliability: none,
    availability: 'anytime',
    zone: 'UTC',
    aims: [],
    ...more,
  };
}

const search = (more: Partial<CandidateSearch> = {}): CandidateSearch => ({
  skills: [],
  badges: [],
  aims: [],
  ...more,
});

describe('rankSearchCandidates', () => {
  it('puts more skills and badges matched first, and says which', () => {
    const ranked = rankSearchCandidates(search({ skills: ['forklift', 'first_aid'] }), [
      person('a', { skills: ['forklift'] }),
      person('b', { skills: ['First_Aid', 'forklift'] }),
    ]);
    expect(ranked.map((r) => [r.personId, r.rank, r.skillsMatched])).toEqual([
      ['b', 1, ['forklift', 'first_aid']],
      ['a', 2, ['forklift']],
    ]);
    expect(ranked[0]!.reasons[0]).toBe('skills: forklift, first_aid');
  });

  it('leaves out people who match nothing asked for', () => {
    const ranked = rankSearchCandidates(search({ badges: ['food_handler'] }), [
      person('a', { badges: ['food_handler'] }),
      person('b', { skills: ['food_handler'] }),
    ]);
    expect(ranked.map((r) => r.personId)).toEqual(['a']);
  });

  it('ranks by hours of the type of work asked for, in any language, accents aside', () => {
    const ranked = rankSearchCandidates(search({ work: 'food bank' }), [
      person('a', { work: [{ names: ['Food bank'], minutes: 120 }] }),
      person('b', { work: [{ names: ['Banco de alimentos', 'Food Bank'], minutes: 600 }] }),
      person('c', { work: [{ names: ['Cleaning'], minutes: 900 }] }),
    ]);
    expect(ranked.map((r) => [r.personId, r.workMinutes])).toEqual([
      ['b', 600],
      ['a', 120],
    ]);
    expect(ranked[0]!.reasons).toContain('10 h of food bank work done');
  });

  it('shows the reliability figure and the period it covers, and filters by it', () => {
    const steady = {
      onTime: 9,
      late: 1,
      noShows: 0,
      drops: 0,
      firstShift: new Date('2026-01-05T09:00:00Z'),
      lastShift: new Date('2026-11-20T09:00:00Z'),
    };
    const shaky = { onTime: 1, late: 0, noShows: 1, drops: 0 };
    const people = [
      person('new'),
      person('shaky', { reliability: shaky }),
      person('steady', { reliability: steady }),
    ];
    const all = rankSearchCandidates(search(), people);
    expect(all.map((r) => [r.personId, r.reliability])).toEqual([
      ['steady', 90],
      ['shaky', 50],
      ['new', null],
    ]);
    expect(all[0]!.reasons).toContain(
      'reliability 90% (9 of 10 shifts on time, 2026-01-05 to 2026-11-20)',
    );
    expect(all[2]!.reasons).toContain('no shifts counted yet');
    expect(
      rankSearchCandidates(search({ minReliability: 60 }), people).map((r) => r.personId),
    ).toEqual(['steady']);
  });

  it('puts people in the area first, by whole words of their address', () => {
    const ranked = rankSearchCandidates(search({ area: 'Brooklyn', skills: ['driving'] }), [
      person('a', { skills: ['driving'], address: '1 Main St, Queens' }),
      person('b', { skills: ['driving'], address: '12 Elm St, Brooklyn, NY 11201' }),
      person('c', { skills: ['driving'] }),
    ]);
    expect(ranked.map((r) => [r.personId, r.areaMatched])).toEqual([
      ['b', true],
      ['a', false],
      ['c', false],
    ]);
    expect(ranked[0]!.reasons).toContain('lives in Brooklyn');
  });

  it('keeps only people free for the whole time asked, by their weekly hours in their zone', () => {
    // Monday 2026-12-07, 14:00-18:00 in New York.
    const available = {
      start: new Date('2026-12-07T19:00:00Z'),
      end: new Date('2026-12-07T23:00:00Z'),
    };
    const mondays = [{ weekday: 1, start: '13:00', end: '19:00' }];
    const ranked = rankSearchCandidates(search({ available }), [
      person('a', { availability: mondays, zone: 'America/New_York' }),
      person('b', { availability: mondays, zone: 'UTC' }),
      person('c'),
    ]);
    expect(ranked.map((r) => r.personId)).toEqual(['a', 'c']);
    expect(ranked[0]!.reasons).toContain('available for the whole time asked');
  });

  it('puts people whose aims the work on offer answers first, most answered first, and says what they want', () => {
    const ranked = rankSearchCandidates(
      search({ skills: ['driving'], aims: ['steady_job', 'more_hours'] }),
      [
        person('driver', { skills: ['driving'], totalMinutes: 6_000 }),
        person('steady', { aims: [{ kind: 'steady_job' }] }),
        person('both', { aims: [{ kind: 'more_hours' }, { kind: 'steady_job' }] }),
        person('trainee', { aims: [{ kind: 'training' }] }),
      ],
    );
    expect(ranked.map((r) => [r.personId, r.aimsMatched])).toEqual([
      ['both', ['steady_job', 'more_hours']],
      ['steady', ['steady_job']],
      ['driver', []],
    ]);
    expect(ranked[0]!.reasons.slice(0, 2)).toEqual(['wants a steady job', 'wants more hours']);
  });

  it('answers a wish to try a type of work with the work searched for, by whole words, before hours of it', () => {
    const ranked = rankSearchCandidates(search({ work: 'Nutrition', aims: ['work_type'] }), [
      person('done', { work: [{ names: ['Nutrition'], minutes: 600 }] }),
      person('keen', { aims: [{ kind: 'work_type', words: 'nutrition advice' }] }),
      person('other', { aims: [{ kind: 'work_type', words: 'nutritionist shadowing' }] }),
    ]);
    expect(ranked.map((r) => [r.personId, r.workMinutes, r.aimsMatched])).toEqual([
      ['keen', 0, ['work_type']],
      ['done', 600, []],
    ]);
    expect(ranked[0]!.reasons[0]).toBe('wants to try nutrition advice work');
  });

  it('counts no aim the search does not offer, and leaves no one out when only aims are asked', () => {
    const keen = person('keen', { aims: [{ kind: 'work_type', words: 'nutrition' }] });
    expect(rankSearchCandidates(search({ work: 'nutrition' }), [keen])).toEqual([]);
    const ranked = rankSearchCandidates(search({ aims: ['training'] }), [
      person('a', { aims: [{ kind: 'more_hours' }] }),
      person('b', { aims: [{ kind: 'training' }] }),
      person('c'),
    ]);
    expect(ranked.map((r) => [r.personId, r.aimsMatched])).toEqual([
      ['b', ['training']],
      ['a', []],
      ['c', []],
    ]);
    expect(ranked[1]!.reasons.join()).not.toContain('wants');
  });

  it('breaks ties by hours confirmed, then name', () => {
    const ranked = rankSearchCandidates(search(), [
      person('x', { name: 'Zoe' }),
      person('y', { name: 'Ana' }),
      person('z', { name: 'Yan', totalMinutes: 60 }),
    ]);
    expect(ranked.map((r) => r.personId)).toEqual(['z', 'y', 'x']);
  });
});

describe('reliabilityPercent', () => {
  it('counts late, no-shows and drops against on time', () => {
    expect(reliabilityPercent({ onTime: 3, late: 1, noShows: 1, drops: 1 })).toBe(50);
    expect(reliabilityPercent(none)).toBeNull();
  });
});

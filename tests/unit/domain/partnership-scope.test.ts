import { outsideScope, type PartnershipScope } from '../../../src/domain/partnership-scope';

const now = new Date('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;
const any: PartnershipScope = { skills: [], areas: [], noticeHours: 0 };
const shift = (over: { work?: string[]; area?: string; hoursAhead?: number } = {}) => ({
  work: over.work ?? ['home-care'],
  area: over.area ?? 'Brooklyn, NY 11201',
  start: new Date(now.getTime() + (over.hoursAhead ?? 48) * HOUR),
});

describe('outsideScope', () => {
  it('lets a scope that names nothing serve any shift, at any notice', () => {
    expect(outsideScope(any, shift({ work: [], hoursAhead: 0 }), now)).toEqual([]);
  });

  it('serves only the work named, every skill and service of the shift, case aside', () => {
    const scope = { ...any, skills: ['Home-Care', 'meals'] };
    expect(outsideScope(scope, shift({ work: ['home-care', 'MEALS'] }), now)).toEqual([]);
    expect(outsideScope(scope, shift({ work: ['home-care', 'forklift'] }), now)).toEqual([
      'forklift is not work the terms serve',
    ]);
  });

  it('does not serve a shift that names no work when the scope names some', () => {
    expect(outsideScope({ ...any, skills: ['home-care'] }, shift({ work: [] }), now)).toEqual([
      'the terms name the work served; the shift names none',
    ]);
  });

  it('serves an area named as whole words, case and accents aside', () => {
    const scope = { ...any, areas: ['brooklyn', 'Montréal'] };
    expect(outsideScope(scope, shift({ area: 'Brooklyn, NY 11201' }), now)).toEqual([]);
    expect(outsideScope(scope, shift({ area: 'Plateau, Montreal QC' }), now)).toEqual([]);
    expect(outsideScope(scope, shift({ area: 'Brooklyn Heights' }), now)).toEqual([]);
    expect(outsideScope({ ...any, areas: ['Brook'] }, shift({ area: 'Brooklyn' }), now)).toEqual([
      'Brooklyn is not in an area the terms serve',
    ]);
    expect(outsideScope(scope, shift({ area: 'Queens, NY' }), now)).toEqual([
      'Queens, NY is not in an area the terms serve',
    ]);
  });

  it('serves a shift offered with at least the notice asked, not an hour less', () => {
    const scope = { ...any, noticeHours: 24 };
    expect(outsideScope(scope, shift({ hoursAhead: 24 }), now)).toEqual([]);
    expect(outsideScope(scope, shift({ hoursAhead: 23 }), now)).toEqual([
      'the terms ask for 24 h notice',
    ]);
  });
});

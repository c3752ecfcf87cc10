import { renderMessage, resolveTerms, type Terminology } from '../../../src/i18n';
import { sampleVars } from './catalogue-fixture';

const visits: Terminology = { en: { shift: 'visit', shifts: 'visits' } };

describe('organisation terminology', () => {
  it('uses the organisation word where it has one, the locale word elsewhere', () => {
    const offer = renderMessage('offer.new', 'en', sampleVars('offer.new', 'en'), visits);
    expect(offer).toMatch(/^New visit from /);
    expect(offer).not.toContain('shift');

    const late = renderMessage('late.ack', 'en', sampleVars('late.ack', 'en'), visits);
    expect(late).toContain('your supervisor');

    const status = renderMessage('status.list', 'en', sampleVars('status.list', 'en', 2), visits);
    expect(status).toMatch(/^Your next 2 visits:/);
  });

  it('leaves other languages with their own words', () => {
    const offer = renderMessage('offer.new', 'es', sampleVars('offer.new', 'es'), visits);
    expect(offer).toContain('Turno disponible');
  });

  it('capitalises a term at the start of a sentence', () => {
    const terms: Terminology = { fr: { shift: 'mission' } };
    const offer = renderMessage('offer.new', 'fr', sampleVars('offer.new', 'fr'), terms);
    expect(offer).toContain(': Mission disponible le ');
  });

  it('derives the missing singular or plural of an overridden term', () => {
    expect(resolveTerms('fr', { fr: { shift: 'mission' } }).shifts).toBe('missions');
    expect(resolveTerms('fr', { fr: { shift: 'bureau' } }).shifts).toBe('bureaux');
    expect(resolveTerms('es', { es: { shifts: 'visitas' } }).shift).toBe('visita');
    expect(resolveTerms('es', { es: { shift: 'labor' } }).shifts).toBe('labores');
    expect(resolveTerms('en', { en: { shift: 'duty' } }).shifts).toBe('duties');
    expect(resolveTerms('en', { en: { shifts: 'jobs' } }).shift).toBe('job');
  });

  it('ignores unknown terms, blanks and values that are not text', () => {
    const junk = { en: { shift: '  ', worker: 42, nonsense: 'x' } } as unknown as Terminology;
    const terms = resolveTerms('en', junk);
    expect(terms.shift).toBe('shift');
    expect(terms.worker).toBe('worker');
    expect(terms).not.toHaveProperty('nonsense');
    expect(resolveTerms('en', null).shift).toBe('shift');
  });
});

import seed from '../../../../scripts/seed/demo-region.json';
import { parseVisitRequest, type Language } from '../../../../src/conversation/visit-request';
import { toServiceEntry } from '../../../../src/visits/catalogue';
import { contextAt } from './world';

/** Harbour Home Care's catalogue in the demo seed (visit, medical by "appointment"/"cita"/"rendez-vous"), and a nutrition service. */
const CATALOGUE = [
  ...seed.services.filter((s) => s.organisation === 'Harbour Home Care').map(toServiceEntry),
  toServiceEntry({
    key: 'nutrition',
    names: { en: ['nutrition'], es: ['nutrición'], fr: ['nutrition'] },
    defaultMinutes: 60,
    hours: [],
  }),
];

function serviceOf(text: string, language: Language) {
  const result = parseVisitRequest(text, {
    ...contextAt('nyFall', language),
    catalogue: CATALOGUE,
  });
  if (result.kind !== 'request') return result.reason;
  return result.draft.serviceId ?? result.draft.ambiguities?.service;
}

describe('a specific service named with a word for any visit is that service', () => {
  it.each([
    ['en', 'can I get a nutrition visit tuesday at 10', 'nutrition'],
    ['en', 'a visit for nutrition on monday', 'nutrition'],
    ['en', 'I need a nutrition appointment', 'nutrition'],
    ['en', 'a visit for groceries tomorrow', 'groceries'],
    ['en', 'can someone do a cooking visit friday', 'meal'],
    ['en', 'a clinic visit monday at 10', 'medical'],
    ['en', 'book me a shopping appointment', 'groceries'],
    ['es', 'visita de nutrición el martes', 'nutrition'],
    ['es', 'una cita de nutricion mañana', 'nutrition'],
    ['es', 'una visita para las compras', 'groceries'],
    ['es', 'quiero una visita para cocinar', 'meal'],
    ['es', 'visita al médico el lunes', 'medical'],
    ['fr', 'visite de nutrition mardi', 'nutrition'],
    ['fr', 'rendez-vous nutrition demain', 'nutrition'],
    ['fr', 'un rendez-vous pour les courses', 'groceries'],
    ['fr', 'une visite repas jeudi', 'meal'],
    ['fr', 'une visite chez le médecin', 'medical'],
  ] as const)('%s: "%s" is %s', (language, text, service) => {
    expect(serviceOf(text, language)).toBe(service);
  });

  it.each([
    ['en', 'a visit tomorrow', 'visit'],
    ['en', 'a doctor appointment tomorrow', 'medical'],
    ['es', 'una cita el lunes', 'medical'],
    ['fr', 'un rendez-vous lundi', 'medical'],
    ['fr', 'une visite demain', 'visit'],
  ] as const)('%s: "%s" alone names the service called so (%s)', (language, text, service) => {
    expect(serviceOf(text, language)).toBe(service);
  });

  it.each([
    ['en', 'a visit for groceries and cooking', ['groceries', 'meal']],
    ['es', 'una visita para compras y nutrición', ['groceries', 'nutrition']],
    ['fr', 'visite courses et repas', ['groceries', 'meal']],
  ] as const)('%s: "%s" still asks between the specific ones', (language, text, services) => {
    expect(serviceOf(text, language)).toEqual(services);
  });
});

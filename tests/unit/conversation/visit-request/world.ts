/** The organisation the visit-request cases are read for: its catalogue, windows and moments. */
import type {
  DayWindows,
  Language,
  ServiceEntry,
  VisitParseContext,
} from '../../../../src/conversation/visit-request';

export const CATALOGUE: readonly ServiceEntry[] = [
  {
    id: 'groceries',
    names: {
      en: ['groceries', 'grocery shopping', 'shopping', 'errands'],
      es: ['compras', 'comida', 'mandado', 'supermercado'],
      fr: ['courses', 'commissions', 'épicerie'],
    },
    defaultMinutes: 120,
  },
  {
    id: 'cleaning',
    names: {
      en: ['cleaning', 'housework', 'clean', 'tidying'],
      es: ['limpieza', 'limpiar', 'quehaceres'],
      fr: ['ménage', 'nettoyage'],
    },
    defaultMinutes: 180,
  },
  {
    id: 'company',
    names: {
      en: ['company', 'companionship', 'visit', 'chat'],
      es: ['compañía', 'visita', 'charlar', 'platicar'],
      fr: ['visite', 'compagnie', 'discuter'],
    },
    defaultMinutes: 60,
  },
  {
    id: 'medical',
    names: {
      en: ['doctor', 'medical appointment', 'clinic'],
      es: ['médico', 'cita médica', 'doctor', 'clínica'],
      fr: ['médecin', 'rendez-vous médical', 'docteur'],
    },
    defaultMinutes: 150,
  },
  {
    id: 'garden',
    names: {
      en: ['gardening', 'yard work', 'garden', 'lawn', 'mowing'],
      es: ['jardín', 'jardinería', 'césped'],
      fr: ['jardinage', 'jardin', 'pelouse'],
    },
    defaultMinutes: 90,
  },
  {
    id: 'paperwork',
    names: {
      en: ['paperwork', 'forms', 'letters'],
      es: ['papeles', 'trámites', 'formularios'],
      fr: ['papiers', 'paperasse', 'formulaires'],
    },
    defaultMinutes: 60,
  },
];

export const WINDOWS: DayWindows = {
  morning: ['09:00', '12:00'],
  afternoon: ['13:00', '17:00'],
  evening: ['17:00', '20:00'],
};

/** When and where a case is read, each near a change of clocks or a turn of the year. */
export const MOMENTS = {
  /** Fri 30 Oct 2026 10:00 EDT; US clocks go back on Sun 1 Nov. */
  nyFall: { timeZone: 'America/New_York', now: '2026-10-30T14:00:00Z' },
  /** Fri 30 Oct 2026 10:00 PDT; US clocks go back on Sun 1 Nov. */
  laFall: { timeZone: 'America/Los_Angeles', now: '2026-10-30T17:00:00Z' },
  /** Tue 29 Dec 2026 18:00 EST: dates run into the next year. */
  nyWinter: { timeZone: 'America/New_York', now: '2026-12-29T23:00:00Z' },
  /** Thu 11 Mar 2027 09:00 PST; US clocks go forward on Sun 14 Mar. */
  laSpring: { timeZone: 'America/Los_Angeles', now: '2027-03-11T17:00:00Z' },
  /** Fri 12 Mar 2027 15:30 EST; US clocks go forward on Sun 14 Mar. */
  nySpring: { timeZone: 'America/New_York', now: '2027-03-12T20:30:00Z' },
  /** Thu 22 Oct 2026 18:00 CEST; EU clocks go back on Sun 25 Oct. */
  parisFall: { timeZone: 'Europe/Paris', now: '2026-10-22T16:00:00Z' },
  /** Wed 10 Jun 2026 09:30 CEST. */
  parisSummer: { timeZone: 'Europe/Paris', now: '2026-06-10T07:30:00Z' },
  /** Thu 25 Mar 2027 11:00 CET; EU clocks go forward on Sun 28 Mar. */
  parisSpring: { timeZone: 'Europe/Paris', now: '2027-03-25T10:00:00Z' },
} as const;

export type MomentName = keyof typeof MOMENTS;

export function contextAt(moment: MomentName, language: Language): VisitParseContext {
  const { timeZone, now } = MOMENTS[moment];
  return { language, timeZone, now: new Date(now), catalogue: CATALOGUE, windows: WINDOWS };
}

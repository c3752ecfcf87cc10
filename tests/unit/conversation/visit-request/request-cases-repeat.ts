import { requestTable, type RequestCase } from './case-table';
import type { Language } from '../../../../src/conversation/visit-request';
import type { MomentName } from './world';

/**
 * Series of visits, in each language. Columns as in case-table.ts, with a last one for the
 * series: "1w x5" is every week, 5 visits in all; "capped" when more than 12 were asked;
 * "-" for no series. "for a month" is 4 weeks; a series without a length has 4 visits.
 */
function repeatTable(language: Language, at: MomentName, table: string): RequestCase[] {
  const lines = table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const series = lines.slice(1).map((line) => line.slice(line.lastIndexOf(' | ') + 3).trim());
  const withoutSeries = lines.map((line) => line.slice(0, line.lastIndexOf(' | ')));
  return requestTable(language, at, withoutSeries.join('\n')).map((c, i) => {
    const repeat = series[i];
    if (!repeat || repeat === '-' || 'unclear' in c.expected) return c;
    return { ...c, expected: { ...c.expected, repeat } };
  });
}

export const REPEAT_REQUESTS: readonly RequestCase[] = [
  ...repeatTable(
    'en',
    'nyFall',
    `
    text                                                          | service   | start             | end               | missing   | place       | local                      | series
    groceries every Monday morning for 5 weeks                    | groceries | 2026-11-02T14:00Z | 2026-11-02T16:00Z | -         | -           | Mon 2 Nov 09:00-11:00 EST  | 1w x5
    a visit every tuesday at 10 for a month                       | company   | 2026-11-03T15:00Z | 2026-11-03T16:00Z | -         | -           | Tue 3 Nov 10:00-11:00 EST  | 1w x4
    cleaning every week                                           | cleaning  | -                 | -                 | date,time | -           | -                          | 1w x4
    groceries each friday at 2                                    | groceries | 2026-10-30T18:00Z | 2026-10-30T20:00Z | -         | -           | Fri 30 Oct 14:00-16:00 EDT | 1w x4
    groceries every friday at 9                                   | groceries | 2026-11-06T14:00Z | 2026-11-06T16:00Z | -         | -           | Fri 6 Nov 09:00-11:00 EST  | 1w x4
    paperwork weekly for 3 weeks                                  | paperwork | -                 | -                 | date,time | -           | -                          | 1w x3
    groceries every monday at 10 for 20 weeks                     | groceries | 2026-11-02T15:00Z | 2026-11-02T17:00Z | -         | -           | Mon 2 Nov 10:00-12:00 EST  | 1w x12 capped
    garden every other week on saturday at 9                      | garden    | 2026-10-31T13:00Z | 2026-10-31T14:30Z | -         | -           | Sat 31 Oct 09:00-10:30 EDT | 2w x4
    company every other friday at 3 for 2 months                  | company   | 2026-10-30T19:00Z | 2026-10-30T20:00Z | -         | -           | Fri 30 Oct 15:00-16:00 EDT | 2w x4
    groceries every 2 weeks on wednesday at 1pm                   | groceries | 2026-11-04T18:00Z | 2026-11-04T20:00Z | -         | -           | Wed 4 Nov 13:00-15:00 EST  | 2w x4
    shopping on tuesdays at 10 every week for 6 weeks             | groceries | 2026-11-03T15:00Z | 2026-11-03T17:00Z | -         | -           | Tue 3 Nov 10:00-12:00 EST  | 1w x6
    cleaning mondays 9-12 weekly                                  | cleaning  | 2026-11-02T14:00Z | 2026-11-02T17:00Z | -         | -           | Mon 2 Nov 09:00-12:00 EST  | 1w x4
    groceries every thursday at 11 5 times                        | groceries | 2026-11-05T16:00Z | 2026-11-05T18:00Z | -         | -           | Thu 5 Nov 11:00-13:00 EST  | 1w x5
    doctor fortnightly on monday at 9                             | medical   | 2026-11-02T14:00Z | 2026-11-02T16:30Z | -         | -           | Mon 2 Nov 09:00-11:30 EST  | 2w x4
    groceries tomorrow at 10 and every week after for 3 weeks     | groceries | 2026-10-31T14:00Z | 2026-10-31T16:00Z | -         | -           | Sat 31 Oct 10:00-12:00 EDT | 1w x3
    groceries every sunday morning for the next 3 weeks           | groceries | 2026-11-01T14:00Z | 2026-11-01T16:00Z | -         | -           | Sun 1 Nov 09:00-11:00 EST  | 1w x3
    clean every week for 13 weeks from monday at 10               | cleaning  | 2026-11-02T15:00Z | 2026-11-02T18:00Z | -         | -           | Mon 2 Nov 10:00-13:00 EST  | 1w x12 capped
    groceries every monday                                        | groceries | -                 | -                 | time      | -           | day 2026-11-02             | 1w x4
    cleaning every wednesday afternoon for 2 weeks at the library | cleaning  | 2026-11-04T18:00Z | 2026-11-04T21:00Z | -         | the library | Wed 4 Nov 13:00-16:00 EST  | 1w x2
    groceries monday at 10 for 3 weeks                            | groceries | 2026-11-02T15:00Z | 2026-11-02T17:00Z | -         | -           | Mon 2 Nov 10:00-12:00 EST  | -
    help every day                                                | unclear:nothing_understood | - | -         | -         | -           | -                          | -
  `,
  ),
  ...repeatTable(
    'en',
    'nyWinter',
    `
    text                                     | service   | start             | end               | missing | place | local                     | series
    groceries every monday at 10 for 3 weeks | groceries | 2027-01-04T15:00Z | 2027-01-04T17:00Z | -       | -     | Mon 4 Jan 10:00-12:00 EST | 1w x3
    groceries every tuesday at 5pm           | groceries | 2027-01-05T22:00Z | 2027-01-06T00:00Z | -       | -     | Tue 5 Jan 17:00-19:00 EST | 1w x4
  `,
  ),
  ...repeatTable(
    'es',
    'laFall',
    `
    text                                                   | service   | start             | end               | missing   | place | local                      | series
    compras todos los lunes por la mañana durante 5 semanas | groceries | 2026-11-02T17:00Z | 2026-11-02T19:00Z | -         | -     | Mon 2 Nov 09:00-11:00 PST  | 1w x5
    limpieza cada martes a las 10                          | cleaning  | 2026-11-03T18:00Z | 2026-11-03T21:00Z | -         | -     | Tue 3 Nov 10:00-13:00 PST  | 1w x4
    visita todos los sábados a las 11 durante un mes       | company   | 2026-10-31T18:00Z | 2026-10-31T19:00Z | -         | -     | Sat 31 Oct 11:00-12:00 PDT | 1w x4
    jardín cada semana                                     | garden    | -                 | -                 | date,time | -     | -                          | 1w x4
    papeles semanalmente durante 3 semanas                 | paperwork | -                 | -                 | date,time | -     | -                          | 1w x3
    compras cada dos semanas el jueves a las 2             | groceries | 2026-11-05T22:00Z | 2026-11-06T00:00Z | -         | -     | Thu 5 Nov 14:00-16:00 PST  | 2w x4
    compañía todos los viernes a las 3 por 2 meses         | company   | 2026-10-30T22:00Z | 2026-10-30T23:00Z | -         | -     | Fri 30 Oct 15:00-16:00 PDT | 1w x8
    limpieza cada miércoles a las 9 durante 20 semanas     | cleaning  | 2026-11-04T17:00Z | 2026-11-04T20:00Z | -         | -     | Wed 4 Nov 09:00-12:00 PST  | 1w x12 capped
    médico una vez por semana el lunes a las 9             | medical   | 2026-11-02T17:00Z | 2026-11-02T19:30Z | -         | -     | Mon 2 Nov 09:00-11:30 PST  | 1w x4
    compras todos los domingos por la tarde 6 veces        | groceries | 2026-11-01T21:00Z | 2026-11-01T23:00Z | -         | -     | Sun 1 Nov 13:00-15:00 PST  | 1w x6
    compras cada 15 días el martes a las 10                | groceries | 2026-11-03T18:00Z | 2026-11-03T20:00Z | -         | -     | Tue 3 Nov 10:00-12:00 PST  | 2w x4
  `,
  ),
  ...repeatTable(
    'fr',
    'parisFall',
    `
    text                                             | service   | start             | end               | missing   | place | local                       | series
    courses tous les lundis matin pendant 5 semaines | groceries | 2026-10-26T08:00Z | 2026-10-26T10:00Z | -         | -     | Mon 26 Oct 09:00-11:00 CET  | 1w x5
    ménage chaque mardi à 10h                        | cleaning  | 2026-10-27T09:00Z | 2026-10-27T12:00Z | -         | -     | Tue 27 Oct 10:00-13:00 CET  | 1w x4
    visite tous les samedis à 11h pendant un mois    | company   | 2026-10-24T09:00Z | 2026-10-24T10:00Z | -         | -     | Sat 24 Oct 11:00-12:00 CEST | 1w x4
    jardinage chaque semaine                         | garden    | -                 | -                 | date,time | -     | -                           | 1w x4
    papiers toutes les semaines pendant 3 semaines   | paperwork | -                 | -                 | date,time | -     | -                           | 1w x3
    courses toutes les deux semaines le jeudi à 14h  | groceries | 2026-10-29T13:00Z | 2026-10-29T15:00Z | -         | -     | Thu 29 Oct 14:00-16:00 CET  | 2w x4
    ménage tous les 15 jours le vendredi à 9h        | cleaning  | 2026-10-23T07:00Z | 2026-10-23T10:00Z | -         | -     | Fri 23 Oct 09:00-12:00 CEST | 2w x4
    courses chaque mercredi à 9h pendant 20 semaines | groceries | 2026-10-28T08:00Z | 2026-10-28T10:00Z | -         | -     | Wed 28 Oct 09:00-11:00 CET  | 1w x12 capped
    médecin une fois par semaine le lundi à 9h       | medical   | 2026-10-26T08:00Z | 2026-10-26T10:30Z | -         | -     | Mon 26 Oct 09:00-11:30 CET  | 1w x4
    courses tous les dimanches après-midi 6 fois     | groceries | 2026-10-25T12:00Z | 2026-10-25T14:00Z | -         | -     | Sun 25 Oct 13:00-15:00 CET  | 1w x6
    courses hebdomadaire le mardi à 10h sur 2 mois   | groceries | 2026-10-27T09:00Z | 2026-10-27T11:00Z | -         | -     | Tue 27 Oct 10:00-12:00 CET  | 1w x8
  `,
  ),
];

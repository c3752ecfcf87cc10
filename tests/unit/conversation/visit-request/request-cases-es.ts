import { requestTable, type RequestCase } from './case-table';

/** Spanish requests, read in Los Angeles and New York. Columns: see case-table.ts. */
export const SPANISH_REQUESTS: readonly RequestCase[] = [
  ...requestTable(
    'es',
    'laFall',
    `
    text                                                          | service                    | start             | end               | missing      | place           | local
    necesito ayuda con la comida el lunes a las 10                | groceries                  | 2026-11-02T18:00Z | 2026-11-02T20:00Z | -            | -               | Mon 2 Nov 10:00-12:00 PST
    mañana por la mañana para limpieza                            | cleaning                   | 2026-10-31T16:00Z | 2026-10-31T19:00Z | -            | -               | Sat 31 Oct 09:00-12:00 PDT
    ¿Me pueden ayudar con las compras mañana a las 3?             | groceries                  | 2026-10-31T22:00Z | 2026-11-01T00:00Z | -            | -               | Sat 31 Oct 15:00-17:00 PDT
    compras el martes por la tarde                                | groceries                  | 2026-11-03T21:00Z | 2026-11-03T23:00Z | -            | -               | Tue 3 Nov 13:00-15:00 PST
    limpieza el próximo martes a las 10                           | cleaning                   | 2026-11-03T18:00Z | 2026-11-03T21:00Z | -            | -               | Tue 3 Nov 10:00-13:00 PST
    visita este viernes de 2 a 4                                  | company                    | 2026-10-30T21:00Z | 2026-10-30T23:00Z | -            | -               | Fri 30 Oct 14:00-16:00 PDT
    compras el 5 de noviembre a las 10:30                         | groceries                  | 2026-11-05T18:30Z | 2026-11-05T20:30Z | -            | -               | Thu 5 Nov 10:30-12:30 PST
    limpieza pasado mañana                                        | cleaning                   | -                 | -                 | time         | -               | day 2026-11-01
    ayuda con el jardín el jueves de 2 a 4 de la tarde            | garden                     | 2026-11-05T22:00Z | 2026-11-06T00:00Z | -            | -               | Thu 5 Nov 14:00-16:00 PST
    compañía el sábado por la noche                               | company                    | 2026-11-01T00:00Z | 2026-11-01T01:00Z | -            | -               | Sat 31 Oct 17:00-18:00 PDT
    hoy a las 5 de la tarde para charlar                          | company                    | 2026-10-31T00:00Z | 2026-10-31T01:00Z | -            | -               | Fri 30 Oct 17:00-18:00 PDT
    compras dentro de 3 días                                      | groceries                  | -                 | -                 | time         | -               | day 2026-11-02
    limpieza la semana que viene                                  | cleaning                   | -                 | -                 | date,time    | -               | -
    compras el fin de semana                                      | groceries                  | -                 | -                 | date,time    | -               | -
    médico el martes 15h                                          | medical                    | 2026-11-03T23:00Z | 2026-11-04T01:30Z | -            | -               | Tue 3 Nov 15:00-17:30 PST
    compras el miercoles a las 9                                  | groceries                  | 2026-11-04T17:00Z | 2026-11-04T19:00Z | -            | -               | Wed 4 Nov 09:00-11:00 PST
    limpieza el 2 a las 11                                        | cleaning                   | 2026-11-02T19:00Z | 2026-11-02T22:00Z | -            | -               | Mon 2 Nov 11:00-14:00 PST
    una visita esta noche                                         | company                    | 2026-10-31T00:00Z | 2026-10-31T01:00Z | -            | -               | Fri 30 Oct 17:00-18:00 PDT
    papeles el viernes 4 de diciembre a las 10                    | paperwork                  | 2026-12-04T18:00Z | 2026-12-04T19:00Z | -            | -               | Fri 4 Dec 10:00-11:00 PST
    limpieza el lunes durante 2 horas a las 9                     | cleaning                   | 2026-11-02T17:00Z | 2026-11-02T19:00Z | -            | -               | Mon 2 Nov 09:00-11:00 PST
    compras y limpieza el lunes                                   | groceries+cleaning         | -                 | -                 | service,time | -               | day 2026-11-02
    visita en la biblioteca el jueves a las 11                    | company                    | 2026-11-05T19:00Z | 2026-11-05T20:00Z | -            | la biblioteca   | Thu 5 Nov 11:00-12:00 PST
    compras en casa de mi hija el sábado a mediodía               | groceries                  | 2026-10-31T19:00Z | 2026-10-31T21:00Z | -            | casa de mi hija | Sat 31 Oct 12:00-14:00 PDT
    trámites el lunes a las diez y media                          | paperwork                  | 2026-11-02T18:30Z | 2026-11-02T19:30Z | -            | -               | Mon 2 Nov 10:30-11:30 PST
    jardinería entre las 9 y las 11 el lunes                      | garden                     | 2026-11-02T17:00Z | 2026-11-02T19:00Z | -            | -               | Mon 2 Nov 09:00-11:00 PST
    hola                                                          | unclear:nothing_understood | -                 | -                 | -            | -               | -
    gracias!!                                                     | unclear:nothing_understood | -                 | -                 | -            | -               | -
    necesito limpeza el domingo a las 10                          | cleaning                   | 2026-11-01T18:00Z | 2026-11-01T21:00Z | -            | -               | Sun 1 Nov 10:00-13:00 PST
    compras el sabado a las 11                                    | groceries                  | 2026-10-31T18:00Z | 2026-10-31T20:00Z | -            | -               | Sat 31 Oct 11:00-13:00 PDT
    cita médica el jueves a las 8:30 de la mañana                 | medical                    | 2026-11-05T16:30Z | 2026-11-05T19:00Z | -            | -               | Thu 5 Nov 08:30-11:00 PST
    necesito ayuda con la comida                                  | groceries                  | -                 | -                 | date,time    | -               | -
    el lunes a las 10                                             | -                          | 2026-11-02T18:00Z | -                 | service      | -               | Mon 2 Nov 10:00 PST
    ayuda el martes a las 4 pm                                    | -                          | 2026-11-04T00:00Z | -                 | service      | -               | Tue 3 Nov 16:00 PST
    visita mañana a la una                                        | company                    | 2026-10-31T20:00Z | 2026-10-31T21:00Z | -            | -               | Sat 31 Oct 13:00-14:00 PDT
    limpieza en mi casa el martes a las 2                         | cleaning                   | 2026-11-03T22:00Z | 2026-11-04T01:00Z | -            | home            | Tue 3 Nov 14:00-17:00 PST
    compras mañana de 10 a 12                                     | groceries                  | 2026-10-31T17:00Z | 2026-10-31T19:00Z | -            | -               | Sat 31 Oct 10:00-12:00 PDT
    supermercado el domingo en la mañana                          | groceries                  | 2026-11-01T17:00Z | 2026-11-01T19:00Z | -            | -               | Sun 1 Nov 09:00-11:00 PST
    una visita el viernes 13 a las 4                              | company                    | 2026-11-14T00:00Z | 2026-11-14T01:00Z | -            | -               | Fri 13 Nov 16:00-17:00 PST
    charlar un rato hoy en la tarde                               | company                    | 2026-10-30T20:00Z | 2026-10-30T21:00Z | -            | -               | Fri 30 Oct 13:00-14:00 PDT
    médico mañana a las 9 por 3 horas                             | medical                    | 2026-10-31T16:00Z | 2026-10-31T19:00Z | -            | -               | Sat 31 Oct 09:00-12:00 PDT
    mandado el 3/11 a las 10                                      | groceries                  | 2026-11-03T18:00Z | 2026-11-03T20:00Z | -            | -               | Tue 3 Nov 10:00-12:00 PST
    limpiar la casa el jueves por la mañana                       | cleaning                   | 2026-11-05T17:00Z | 2026-11-05T20:00Z | -            | home            | Thu 5 Nov 09:00-12:00 PST
    compras el martes de la semana que viene a las 10             | groceries                  | 2026-11-03T18:00Z | 2026-11-03T20:00Z | -            | -               | Tue 3 Nov 10:00-12:00 PST
    compras mañana temprano                                       | groceries                  | 2026-10-31T16:00Z | 2026-10-31T18:00Z | -            | -               | Sat 31 Oct 09:00-11:00 PDT
    compras el lunes a eso de las 10                              | groceries                  | 2026-11-02T18:00Z | 2026-11-02T20:00Z | -            | -               | Mon 2 Nov 10:00-12:00 PST
    compras el lunes a las 10 y cuarto                            | groceries                  | 2026-11-02T18:15Z | 2026-11-02T20:15Z | -            | -               | Mon 2 Nov 10:15-12:15 PST
    compras el lunes a las 3 menos cuarto                         | groceries                  | 2026-11-02T22:45Z | 2026-11-03T00:45Z | -            | -               | Mon 2 Nov 14:45-16:45 PST
    limpieza manana a las 10                                      | cleaning                   | 2026-10-31T17:00Z | 2026-10-31T20:00Z | -            | -               | Sat 31 Oct 10:00-13:00 PDT
    necesito que alguien me ayude a limpiar el jueves en la tarde | cleaning                   | 2026-11-05T21:00Z | 2026-11-06T00:00Z | -            | -               | Thu 5 Nov 13:00-16:00 PST
    compras el martes 10:00 hrs                                   | groceries                  | 2026-11-03T18:00Z | 2026-11-03T20:00Z | -            | -               | Tue 3 Nov 10:00-12:00 PST
    compras el juebes a las 10                                    | groceries                  | 2026-11-05T18:00Z | 2026-11-05T20:00Z | -            | -               | Thu 5 Nov 10:00-12:00 PST
  `,
  ),
  ...requestTable(
    'es',
    'nySpring',
    `
    text                                                      | service   | start             | end               | missing | place | local
    compras el lunes a las 10                                 | groceries | 2027-03-15T14:00Z | 2027-03-15T16:00Z | -       | -     | Mon 15 Mar 10:00-12:00 EDT
    limpieza el domingo a las 9                               | cleaning  | 2027-03-14T13:00Z | 2027-03-14T16:00Z | -       | -     | Sun 14 Mar 09:00-12:00 EDT
    visita mañana por la tarde                                | company   | 2027-03-13T18:00Z | 2027-03-13T19:00Z | -       | -     | Sat 13 Mar 13:00-14:00 EST
    médico el 16 de marzo a las 11:15                         | medical   | 2027-03-16T15:15Z | 2027-03-16T17:45Z | -       | -     | Tue 16 Mar 11:15-13:45 EDT
    jardín hoy a las 5                                        | garden    | 2027-03-12T22:00Z | 2027-03-12T23:30Z | -       | -     | Fri 12 Mar 17:00-18:30 EST
    papeles el lunes                                          | paperwork | -                 | -                 | time    | -     | day 2027-03-15
    compras pasado mañana a las 10                            | groceries | 2027-03-14T14:00Z | 2027-03-14T16:00Z | -       | -     | Sun 14 Mar 10:00-12:00 EDT
    limpieza el sábado de 8 a 11 de la mañana                 | cleaning  | 2027-03-13T13:00Z | 2027-03-13T16:00Z | -       | -     | Sat 13 Mar 08:00-11:00 EST
    compañía el miércoles 17 a las 3 de la tarde              | company   | 2027-03-17T19:00Z | 2027-03-17T20:00Z | -       | -     | Wed 17 Mar 15:00-16:00 EDT
    necesito ayuda con las compras el jueves                  | groceries | -                 | -                 | time    | -     | day 2027-03-18
    compras mañana                                            | groceries | -                 | -                 | time    | -     | day 2027-03-13
    limpieza el lunes a las 7 de la noche                     | cleaning  | 2027-03-15T23:00Z | 2027-03-16T02:00Z | -       | -     | Mon 15 Mar 19:00-22:00 EDT
    ¿pueden venir el martes a las 10 para limpiar?            | cleaning  | 2027-03-16T14:00Z | 2027-03-16T17:00Z | -       | -     | Tue 16 Mar 10:00-13:00 EDT
    compras el domingo por la mañana durante una hora y media | groceries | 2027-03-14T13:00Z | 2027-03-14T14:30Z | -       | -     | Sun 14 Mar 09:00-10:30 EDT
  `,
  ),
];

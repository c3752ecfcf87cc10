import { requestTable, type RequestCase } from './case-table';

/** French requests, read in Paris. Columns: see case-table.ts. */
export const FRENCH_REQUESTS: readonly RequestCase[] = [
  ...requestTable(
    'fr',
    'parisFall',
    `
    text                                           | service                    | start             | end               | missing      | place           | local
    besoin d'une visite demain après-midi          | company                    | 2026-10-23T11:00Z | 2026-10-23T12:00Z | -            | -               | Fri 23 Oct 13:00-14:00 CEST
    demain matin pour le ménage                    | cleaning                   | 2026-10-23T07:00Z | 2026-10-23T10:00Z | -            | -               | Fri 23 Oct 09:00-12:00 CEST
    courses mardi prochain à 10h                   | groceries                  | 2026-10-27T09:00Z | 2026-10-27T11:00Z | -            | -               | Tue 27 Oct 10:00-12:00 CET
    ménage ce vendredi de 9h à 11h                 | cleaning                   | 2026-10-23T07:00Z | 2026-10-23T09:00Z | -            | -               | Fri 23 Oct 09:00-11:00 CEST
    courses le 5 novembre à 10h30                  | groceries                  | 2026-11-05T09:30Z | 2026-11-05T11:30Z | -            | -               | Thu 5 Nov 10:30-12:30 CET
    médecin après-demain à 14h                     | medical                    | 2026-10-24T12:00Z | 2026-10-24T14:30Z | -            | -               | Sat 24 Oct 14:00-16:30 CEST
    jardinage jeudi de 14h à 16h                   | garden                     | 2026-10-29T13:00Z | 2026-10-29T15:00Z | -            | -               | Thu 29 Oct 14:00-16:00 CET
    une visite samedi soir                         | company                    | 2026-10-24T15:00Z | 2026-10-24T16:00Z | -            | -               | Sat 24 Oct 17:00-18:00 CEST
    courses dans 3 jours                           | groceries                  | -                 | -                 | time         | -               | day 2026-10-25
    ménage la semaine prochaine                    | cleaning                   | -                 | -                 | date,time    | -               | -
    papiers mardi 10h                              | paperwork                  | 2026-10-27T09:00Z | 2026-10-27T10:00Z | -            | -               | Tue 27 Oct 10:00-11:00 CET
    courses mercredi à 9 heures                    | groceries                  | 2026-10-28T08:00Z | 2026-10-28T10:00Z | -            | -               | Wed 28 Oct 09:00-11:00 CET
    ménage le 2 à 11h                              | cleaning                   | 2026-11-02T10:00Z | 2026-11-02T13:00Z | -            | -               | Mon 2 Nov 11:00-14:00 CET
    jardin lundi entre 9h et 11h                   | garden                     | 2026-10-26T08:00Z | 2026-10-26T10:00Z | -            | -               | Mon 26 Oct 09:00-11:00 CET
    courses demain 14h-16h                         | groceries                  | 2026-10-23T12:00Z | 2026-10-23T14:00Z | -            | -               | Fri 23 Oct 14:00-16:00 CEST
    visite jeudi à 3h de l'après-midi              | company                    | 2026-10-29T14:00Z | 2026-10-29T15:00Z | -            | -               | Thu 29 Oct 15:00-16:00 CET
    courses vendredi midi                          | groceries                  | 2026-10-23T10:00Z | 2026-10-23T12:00Z | -            | -               | Fri 23 Oct 12:00-14:00 CEST
    courses lundi pendant 2 heures à 10h           | groceries                  | 2026-10-26T09:00Z | 2026-10-26T11:00Z | -            | -               | Mon 26 Oct 10:00-12:00 CET
    ménage vendredi 30 à 9h                        | cleaning                   | 2026-10-30T08:00Z | 2026-10-30T11:00Z | -            | -               | Fri 30 Oct 09:00-12:00 CET
    visite à la bibliothèque jeudi à 15h           | company                    | 2026-10-29T14:00Z | 2026-10-29T15:00Z | -            | la bibliothèque | Thu 29 Oct 15:00-16:00 CET
    courses chez ma fille samedi à 10h             | groceries                  | 2026-10-24T08:00Z | 2026-10-24T10:00Z | -            | ma fille        | Sat 24 Oct 10:00-12:00 CEST
    une visite de 2 heures mardi à 14h             | company                    | 2026-10-27T13:00Z | 2026-10-27T15:00Z | -            | -               | Tue 27 Oct 14:00-16:00 CET
    ménage mardi 9 heures                          | cleaning                   | 2026-10-27T08:00Z | 2026-10-27T11:00Z | -            | -               | Tue 27 Oct 09:00-12:00 CET
    courses demain matin 10 heures                 | groceries                  | 2026-10-23T08:00Z | 2026-10-23T10:00Z | -            | -               | Fri 23 Oct 10:00-12:00 CEST
    papiers lundi à dix heures et demie            | paperwork                  | 2026-10-26T09:30Z | 2026-10-26T10:30Z | -            | -               | Mon 26 Oct 10:30-11:30 CET
    bonjour                                        | unclear:nothing_understood | -                 | -                 | -            | -               | -
    merci beaucoup                                 | unclear:nothing_understood | -                 | -                 | -            | -               | -
    ménage dimanche à 10h                          | cleaning                   | 2026-10-25T09:00Z | 2026-10-25T12:00Z | -            | -               | Sun 25 Oct 10:00-13:00 CET
    courses dimanche matin                         | groceries                  | 2026-10-25T08:00Z | 2026-10-25T10:00Z | -            | -               | Sun 25 Oct 09:00-11:00 CET
    rendez-vous médical le 3 novembre à 8h30       | medical                    | 2026-11-03T07:30Z | 2026-11-03T10:00Z | -            | -               | Tue 3 Nov 08:30-11:00 CET
    besoin d'aide pour les courses                 | groceries                  | -                 | -                 | date,time    | -               | -
    samedi à 10h                                   | -                          | 2026-10-24T08:00Z | -                 | service      | -               | Sat 24 Oct 10:00 CEST
    menage samedi a 10h                            | cleaning                   | 2026-10-24T08:00Z | 2026-10-24T11:00Z | -            | -               | Sat 24 Oct 10:00-13:00 CEST
    jardinage le 31/10 à 14h                       | garden                     | 2026-10-31T13:00Z | 2026-10-31T14:30Z | -            | -               | Sat 31 Oct 14:00-15:30 CET
    courses et ménage lundi                        | groceries+cleaning         | -                 | -                 | service,time | -               | day 2026-10-26
    visite à la maison vendredi à 16h              | company                    | 2026-10-23T14:00Z | 2026-10-23T15:00Z | -            | home            | Fri 23 Oct 16:00-17:00 CEST
    médecin lundi 26 octobre à 9h                  | medical                    | 2026-10-26T08:00Z | 2026-10-26T10:30Z | -            | -               | Mon 26 Oct 09:00-11:30 CET
    courses demain vers 15h                        | groceries                  | 2026-10-23T13:00Z | 2026-10-23T15:00Z | -            | -               | Fri 23 Oct 15:00-17:00 CEST
    visite demain à 15h pendant une heure et demie | company                    | 2026-10-23T13:00Z | 2026-10-23T14:30Z | -            | -               | Fri 23 Oct 15:00-16:30 CEST
    courses demain en début d'après-midi           | groceries                  | 2026-10-23T11:00Z | 2026-10-23T13:00Z | -            | -               | Fri 23 Oct 13:00-15:00 CEST
    courses lundi de 10 à 12                       | groceries                  | 2026-10-26T09:00Z | 2026-10-26T11:00Z | -            | -               | Mon 26 Oct 10:00-12:00 CET
    courses le lundi 26 à 10h                      | groceries                  | 2026-10-26T09:00Z | 2026-10-26T11:00Z | -            | -               | Mon 26 Oct 10:00-12:00 CET
    courses le 26/10 à 10h                         | groceries                  | 2026-10-26T09:00Z | 2026-10-26T11:00Z | -            | -               | Mon 26 Oct 10:00-12:00 CET
    courses dans la matinée de lundi               | groceries                  | 2026-10-26T08:00Z | 2026-10-26T10:00Z | -            | -               | Mon 26 Oct 09:00-11:00 CET
    courses lundi à partir de 14h                  | groceries                  | 2026-10-26T13:00Z | 2026-10-26T15:00Z | -            | -               | Mon 26 Oct 14:00-16:00 CET
    courses mardi à 14 h 30                        | groceries                  | 2026-10-27T13:30Z | 2026-10-27T15:30Z | -            | -               | Tue 27 Oct 14:30-16:30 CET
    courses aujourdhui à 19h                       | groceries                  | 2026-10-22T17:00Z | 2026-10-22T19:00Z | -            | -               | Thu 22 Oct 19:00-21:00 CEST
    courses demian à 10h                           | groceries                  | 2026-10-23T08:00Z | 2026-10-23T10:00Z | -            | -               | Fri 23 Oct 10:00-12:00 CEST
    courses mecredi à 10h                          | groceries                  | 2026-10-28T09:00Z | 2026-10-28T11:00Z | -            | -               | Wed 28 Oct 10:00-12:00 CET
    courses le 1er novembre à 10h                  | groceries                  | 2026-11-01T09:00Z | 2026-11-01T11:00Z | -            | -               | Sun 1 Nov 10:00-12:00 CET
  `,
  ),
  ...requestTable(
    'fr',
    'parisSummer',
    `
    text                          | service   | start             | end               | missing | place | local
    compagnie ce soir             | company   | 2026-06-10T15:00Z | 2026-06-10T16:00Z | -       | -     | Wed 10 Jun 17:00-18:00 CEST
    courses cet après-midi        | groceries | 2026-06-10T11:00Z | 2026-06-10T13:00Z | -       | -     | Wed 10 Jun 13:00-15:00 CEST
    ménage vendredi de 14h à 17h  | cleaning  | 2026-06-12T12:00Z | 2026-06-12T15:00Z | -       | -     | Fri 12 Jun 14:00-17:00 CEST
    jardinage samedi 13 juin à 9h | garden    | 2026-06-13T07:00Z | 2026-06-13T08:30Z | -       | -     | Sat 13 Jun 09:00-10:30 CEST
    courses lundi prochain        | groceries | -                 | -                 | time    | -     | day 2026-06-15
    visite mercredi à 14h         | company   | 2026-06-10T12:00Z | 2026-06-10T13:00Z | -       | -     | Wed 10 Jun 14:00-15:00 CEST
    visite mercredi à 8h          | company   | 2026-06-17T06:00Z | 2026-06-17T07:00Z | -       | -     | Wed 17 Jun 08:00-09:00 CEST
    papiers le 1er juillet à 10h  | paperwork | 2026-07-01T08:00Z | 2026-07-01T09:00Z | -       | -     | Wed 1 Jul 10:00-11:00 CEST
    courses le 1er à 10h          | groceries | 2026-07-01T08:00Z | 2026-07-01T10:00Z | -       | -     | Wed 1 Jul 10:00-12:00 CEST
    ménage demain de 9h à midi    | cleaning  | 2026-06-11T07:00Z | 2026-06-11T10:00Z | -       | -     | Thu 11 Jun 09:00-12:00 CEST
  `,
  ),
  ...requestTable(
    'fr',
    'parisSpring',
    `
    text                          | service   | start             | end               | missing | place | local
    courses lundi à 10h           | groceries | 2027-03-29T08:00Z | 2027-03-29T10:00Z | -       | -     | Mon 29 Mar 10:00-12:00 CEST
    ménage dimanche matin         | cleaning  | 2027-03-28T07:00Z | 2027-03-28T10:00Z | -       | -     | Sun 28 Mar 09:00-12:00 CEST
    visite samedi à 15h           | company   | 2027-03-27T14:00Z | 2027-03-27T15:00Z | -       | -     | Sat 27 Mar 15:00-16:00 CET
    médecin mardi 30 mars à 14h30 | medical   | 2027-03-30T12:30Z | 2027-03-30T15:00Z | -       | -     | Tue 30 Mar 14:30-17:00 CEST
    jardinage dimanche après-midi | garden    | 2027-03-28T11:00Z | 2027-03-28T12:30Z | -       | -     | Sun 28 Mar 13:00-14:30 CEST
  `,
  ),
];

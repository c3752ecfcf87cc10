import { requestTable, type RequestCase } from './case-table';

/** English requests, read in New York and Los Angeles. Columns: see case-table.ts. */
export const ENGLISH_REQUESTS: readonly RequestCase[] = [
  ...requestTable(
    'en',
    'nyFall',
    `
    text                                                     | service                    | start             | end               | missing      | place               | local
    can someone help me with groceries tuesday morning?      | groceries                  | 2026-11-03T14:00Z | 2026-11-03T16:00Z | -            | -                   | Tue 3 Nov 09:00-11:00 EST
    Need help with cleaning next Tuesday at 10am             | cleaning                   | 2026-11-03T15:00Z | 2026-11-03T18:00Z | -            | -                   | Tue 3 Nov 10:00-13:00 EST
    groceries tomorrow from 2 to 4pm                         | groceries                  | 2026-10-31T18:00Z | 2026-10-31T20:00Z | -            | -                   | Sat 31 Oct 14:00-16:00 EDT
    shopping friday 9-11                                     | groceries                  | 2026-11-06T14:00Z | 2026-11-06T16:00Z | -            | -                   | Fri 6 Nov 09:00-11:00 EST
    could I get a visit this friday at 3                     | company                    | 2026-10-30T19:00Z | 2026-10-30T20:00Z | -            | -                   | Fri 30 Oct 15:00-16:00 EDT
    cleaning on the 2nd at 10                                | cleaning                   | 2026-11-02T15:00Z | 2026-11-02T18:00Z | -            | -                   | Mon 2 Nov 10:00-13:00 EST
    groceries Nov 5 at 10am for 2 hours                      | groceries                  | 2026-11-05T15:00Z | 2026-11-05T17:00Z | -            | -                   | Thu 5 Nov 10:00-12:00 EST
    I need help with my paperwork                            | paperwork                  | -                 | -                 | date,time    | -                   | -
    someone to chat with tonight                             | company                    | 2026-10-30T21:00Z | 2026-10-30T22:00Z | -            | -                   | Fri 30 Oct 17:00-18:00 EDT
    help with shopping and cleaning on monday                | groceries+cleaning         | -                 | -                 | service,time | -                   | day 2026-11-02
    a visit at the library tomorrow at 10                    | company                    | 2026-10-31T14:00Z | 2026-10-31T15:00Z | -            | the library         | Sat 31 Oct 10:00-11:00 EDT
    hello                                                    | unclear:nothing_understood | -                 | -                 | -            | -                   | -
    thanks!                                                  | unclear:nothing_understood | -                 | -                 | -            | -                   | -
    grocries wedensday at 2                                  | groceries                  | 2026-11-04T19:00Z | 2026-11-04T21:00Z | -            | -                   | Wed 4 Nov 14:00-16:00 EST
    cleaning tomorow evening at 7                            | cleaning                   | 2026-10-31T23:00Z | 2026-11-01T02:00Z | -            | -                   | Sat 31 Oct 19:00-22:00 EDT
    yard work between 9 and 11 on monday                     | garden                     | 2026-11-02T14:00Z | 2026-11-02T16:00Z | -            | -                   | Mon 2 Nov 09:00-11:00 EST
    doctor the day after tomorrow at noon                    | medical                    | 2026-11-01T17:00Z | 2026-11-01T19:30Z | -            | -                   | Sun 1 Nov 12:00-14:30 EST
    sunday 1:30pm grocery shopping                           | groceries                  | 2026-11-01T18:30Z | 2026-11-01T20:30Z | -            | -                   | Sun 1 Nov 13:30-15:30 EST
    Groceries Sunday morning                                 | groceries                  | 2026-11-01T14:00Z | 2026-11-01T16:00Z | -            | -                   | Sun 1 Nov 09:00-11:00 EST
    help with the garden saturday afternoon                  | garden                     | 2026-10-31T17:00Z | 2026-10-31T18:30Z | -            | -                   | Sat 31 Oct 13:00-14:30 EDT
    cleaning in 3 days                                       | cleaning                   | -                 | -                 | time         | -                   | day 2026-11-02
    groceries next week                                      | groceries                  | -                 | -                 | date,time    | -                   | -
    groceries this weekend                                   | groceries                  | -                 | -                 | date,time    | -                   | -
    groceries at 10am                                        | groceries                  | -                 | -                 | date         | -                   | -
    Groceries in the morning                                 | groceries                  | -                 | -                 | date         | -                   | -
    I need someone for 3 hours of housework on Thursday at 9 | cleaning                   | 2026-11-05T14:00Z | 2026-11-05T17:00Z | -            | -                   | Thu 5 Nov 09:00-12:00 EST
    a visit tuesday at 2 for an hour and a half              | company                    | 2026-11-03T19:00Z | 2026-11-03T20:30Z | -            | -                   | Tue 3 Nov 14:00-15:30 EST
    a clinic visit monday at 10                              | medical                    | 2026-11-02T15:00Z | 2026-11-02T17:30Z | -            | -                   | Mon 2 Nov 10:00-12:30 EST
    gardening Wed 11am-1pm                                   | garden                     | 2026-11-04T16:00Z | 2026-11-04T18:00Z | -            | -                   | Wed 4 Nov 11:00-13:00 EST
    shopping on 11/4 at 3:30 pm                              | groceries                  | 2026-11-04T20:30Z | 2026-11-04T22:30Z | -            | -                   | Wed 4 Nov 15:30-17:30 EST
    paperwork help Thursday the 5th around 2                 | paperwork                  | 2026-11-05T19:00Z | 2026-11-05T20:00Z | -            | -                   | Thu 5 Nov 14:00-15:00 EST
    can someone take me to the doctor monday 8:30am          | medical                    | 2026-11-02T13:30Z | 2026-11-02T16:00Z | -            | -                   | Mon 2 Nov 08:30-11:00 EST
    cleaning at my daughter's house saturday at 9            | cleaning                   | 2026-10-31T13:00Z | 2026-10-31T16:00Z | -            | my daughter's house | Sat 31 Oct 09:00-12:00 EDT
    groceries at home tomorrow 10am                          | groceries                  | 2026-10-31T14:00Z | 2026-10-31T16:00Z | -            | home                | Sat 31 Oct 10:00-12:00 EDT
    company for my mom this afternoon                        | company                    | 2026-10-30T17:00Z | 2026-10-30T18:00Z | -            | -                   | Fri 30 Oct 13:00-14:00 EDT
    mowing the lawn this saturday morning                    | garden                     | 2026-10-31T13:00Z | 2026-10-31T14:30Z | -            | -                   | Sat 31 Oct 09:00-10:30 EDT
    help w/ groceries sat 10-12                              | groceries                  | 2026-10-31T14:00Z | 2026-10-31T16:00Z | -            | -                   | Sat 31 Oct 10:00-12:00 EDT
    Can someone help me clean up Monday 2pm                  | cleaning                   | 2026-11-02T19:00Z | 2026-11-02T22:00Z | -            | -                   | Mon 2 Nov 14:00-17:00 EST
    groceries tmrw 9am                                       | groceries                  | 2026-10-31T13:00Z | 2026-10-31T15:00Z | -            | -                   | Sat 31 Oct 09:00-11:00 EDT
    need groceries at 10 o'clock on Monday                   | groceries                  | 2026-11-02T15:00Z | 2026-11-02T17:00Z | -            | -                   | Mon 2 Nov 10:00-12:00 EST
    gardening at Riverside Park sunday 2pm                   | garden                     | 2026-11-01T19:00Z | 2026-11-01T20:30Z | -            | Riverside Park      | Sun 1 Nov 14:00-15:30 EST
    cleaning next friday                                     | cleaning                   | -                 | -                 | time         | -                   | day 2026-11-06
    grocery shopping on friday november 6th at 11            | groceries                  | 2026-11-06T16:00Z | 2026-11-06T18:00Z | -            | -                   | Fri 6 Nov 11:00-13:00 EST
    can someone come by at 3 tomorrow for a chat             | company                    | 2026-10-31T19:00Z | 2026-10-31T20:00Z | -            | -                   | Sat 31 Oct 15:00-16:00 EDT
    I need help with forms asap                              | paperwork                  | -                 | -                 | date,time    | -                   | -
    errands on monday the 2nd from 1 to 3                    | groceries                  | 2026-11-02T18:00Z | 2026-11-02T20:00Z | -            | -                   | Mon 2 Nov 13:00-15:00 EST
    cleaning 12/1 at 9am                                     | cleaning                   | 2026-12-01T14:00Z | 2026-12-01T17:00Z | -            | -                   | Tue 1 Dec 09:00-12:00 EST
    a visit at 6 tomorrow                                    | company                    | 2026-10-31T22:00Z | 2026-10-31T23:00Z | -            | -                   | Sat 31 Oct 18:00-19:00 EDT
    paperwork today at half past 2                           | paperwork                  | 2026-10-30T18:30Z | 2026-10-30T19:30Z | -            | -                   | Fri 30 Oct 14:30-15:30 EDT
    groceries tomorrow around noon                           | groceries                  | 2026-10-31T16:00Z | 2026-10-31T18:00Z | -            | -                   | Sat 31 Oct 12:00-14:00 EDT
    housework tomorrow night                                 | cleaning                   | 2026-10-31T21:00Z | 2026-11-01T00:00Z | -            | -                   | Sat 31 Oct 17:00-20:00 EDT
    shopping on Tuesday for 90 minutes at 10                 | groceries                  | 2026-11-03T15:00Z | 2026-11-03T16:30Z | -            | -                   | Tue 3 Nov 10:00-11:30 EST
    cleaning help needed Nov 10 9-12                         | cleaning                   | 2026-11-10T14:00Z | 2026-11-10T17:00Z | -            | -                   | Tue 10 Nov 09:00-12:00 EST
    groceries a week from tomorrow at 10                     | groceries                  | 2026-11-07T15:00Z | 2026-11-07T17:00Z | -            | -                   | Sat 7 Nov 10:00-12:00 EST
    groceries around 10ish tomorrow                          | groceries                  | 2026-10-31T14:00Z | 2026-10-31T16:00Z | -            | -                   | Sat 31 Oct 10:00-12:00 EDT
    groceries 2moro at 10                                    | groceries                  | 2026-10-31T14:00Z | 2026-10-31T16:00Z | -            | -                   | Sat 31 Oct 10:00-12:00 EDT
    groceries at quarter to 3 tomorrow                       | groceries                  | 2026-10-31T18:45Z | 2026-10-31T20:45Z | -            | -                   | Sat 31 Oct 14:45-16:45 EDT
    a visit on 2 Nov at 10                                   | company                    | 2026-11-02T15:00Z | 2026-11-02T16:00Z | -            | -                   | Mon 2 Nov 10:00-11:00 EST
    Groceries TUESDAY AT 10AM                                | groceries                  | 2026-11-03T15:00Z | 2026-11-03T17:00Z | -            | -                   | Tue 3 Nov 10:00-12:00 EST
    cleaning tomorrow 10 till 1                              | cleaning                   | 2026-10-31T14:00Z | 2026-10-31T17:00Z | -            | -                   | Sat 31 Oct 10:00-13:00 EDT
    groceries tuesday next week at 10                        | groceries                  | 2026-11-03T15:00Z | 2026-11-03T17:00Z | -            | -                   | Tue 3 Nov 10:00-12:00 EST
    tuesday at 10                                            | -                          | 2026-11-03T15:00Z | -                 | service      | -                   | Tue 3 Nov 10:00 EST
    help with laundry tomorrow at 10                         | -                          | 2026-10-31T14:00Z | -                 | service      | -                   | Sat 31 Oct 10:00 EDT
    gardening tomorrow at 11 at my sister's                  | garden                     | 2026-10-31T15:00Z | 2026-10-31T16:30Z | -            | my sister's         | Sat 31 Oct 11:00-12:30 EDT
  `,
  ),
  ...requestTable(
    'en',
    'laSpring',
    `
    text                            | service   | start             | end               | missing | place | local
    groceries monday at 10am        | groceries | 2027-03-15T17:00Z | 2027-03-15T19:00Z | -       | -     | Mon 15 Mar 10:00-12:00 PDT
    cleaning sunday morning         | cleaning  | 2027-03-14T16:00Z | 2027-03-14T19:00Z | -       | -     | Sun 14 Mar 09:00-12:00 PDT
    a visit saturday at 4pm         | company   | 2027-03-14T00:00Z | 2027-03-14T01:00Z | -       | -     | Sat 13 Mar 16:00-17:00 PST
    doctor next thursday at 1:45pm  | medical   | 2027-03-18T20:45Z | 2027-03-18T23:15Z | -       | -     | Thu 18 Mar 13:45-16:15 PDT
    gardening tomorrow 3-5pm        | garden    | 2027-03-12T23:00Z | 2027-03-13T01:00Z | -       | -     | Fri 12 Mar 15:00-17:00 PST
    paperwork today at 2            | paperwork | 2027-03-11T22:00Z | 2027-03-11T23:00Z | -       | -     | Thu 11 Mar 14:00-15:00 PST
    shopping this evening           | groceries | 2027-03-12T01:00Z | 2027-03-12T03:00Z | -       | -     | Thu 11 Mar 17:00-19:00 PST
    groceries on the 20th           | groceries | -                 | -                 | time    | -     | day 2027-03-20
    company march 16 at 11          | company   | 2027-03-16T18:00Z | 2027-03-16T19:00Z | -       | -     | Tue 16 Mar 11:00-12:00 PDT
    cleaning sunday 8-10am          | cleaning  | 2027-03-14T15:00Z | 2027-03-14T17:00Z | -       | -     | Sun 14 Mar 08:00-10:00 PDT
    grocery shopping sunday at 2:30 | groceries | 2027-03-14T21:30Z | 2027-03-14T23:30Z | -       | -     | Sun 14 Mar 14:30-16:30 PDT
  `,
  ),
  ...requestTable(
    'en',
    'nyWinter',
    `
    text                       | service   | start             | end               | missing | place | local
    groceries jan 5 at 10      | groceries | 2027-01-05T15:00Z | 2027-01-05T17:00Z | -       | -     | Tue 5 Jan 10:00-12:00 EST
    cleaning on the 2nd at 1pm | cleaning  | 2027-01-02T18:00Z | 2027-01-02T21:00Z | -       | -     | Sat 2 Jan 13:00-16:00 EST
    shopping tomorrow morning  | groceries | 2026-12-30T14:00Z | 2026-12-30T16:00Z | -       | -     | Wed 30 Dec 09:00-11:00 EST
    paperwork thursday at 9    | paperwork | 2026-12-31T14:00Z | 2026-12-31T15:00Z | -       | -     | Thu 31 Dec 09:00-10:00 EST
    gardening friday           | garden    | -                 | -                 | time    | -     | day 2027-01-01
    a visit tuesday at 10      | company   | 2027-01-05T15:00Z | 2027-01-05T16:00Z | -       | -     | Tue 5 Jan 10:00-11:00 EST
    doctor 1/4 at 9:15         | medical   | 2027-01-04T14:15Z | 2027-01-04T16:45Z | -       | -     | Mon 4 Jan 09:15-11:45 EST
  `,
  ),
];

import {
  MAX_SLOTS,
  readBroadcastCommand,
  type BroadcastReading,
  type BroadcastUnclearReason,
  type WorkTypeNames,
} from '../../../src/conversation/broadcast-command';
import type { Language } from '../../../src/conversation/types';

const workTypes: WorkTypeNames[] = [
  { id: 'trash', names: { en: 'trash pick', es: 'recogida de basura', fr: 'ramassage' } },
  { id: 'weeding', names: { en: 'weeding', es: 'desbroce', fr: 'désherbage' } },
];

interface Where {
  language: Language;
  timeZone: string;
  /** The coordinator's clock, in UTC. */
  now: string;
}

/** Wednesday 26 Nov 2025, 10:00 on the coordinator's wall clock. */
const newYork: Where = {
  language: 'en',
  timeZone: 'America/New_York',
  now: '2025-11-26T15:00:00Z',
};
const madrid: Where = { language: 'es', timeZone: 'Europe/Madrid', now: '2025-11-26T09:00:00Z' };
const paris: Where = { language: 'fr', timeZone: 'Europe/Paris', now: '2025-11-26T09:00:00Z' };

interface Case {
  proves: string;
  where: Where;
  text: string;
  /** start and end as UTC instants. */
  expected:
    | {
        slots: number;
        workTypeId?: string;
        workTypeText: string;
        start: string;
        end: string;
        place: string;
      }
    | {
        reason: BroadcastUnclearReason;
        partial: Partial<
          Record<'slots' | 'workTypeId' | 'workTypeText' | 'start' | 'end' | 'place', unknown>
        >;
      };
}

const riverside = {
  slots: 10,
  workTypeId: 'trash',
  workTypeText: 'trash pick',
  place: 'Riverside Park',
};
const parque = {
  slots: 10,
  workTypeId: 'trash',
  workTypeText: 'recogida de basura',
  place: 'Parque Riverside',
};
const parc = { slots: 10, workTypeId: 'trash', workTypeText: 'ramassage', place: 'parc Riverside' };
/** Saturday 29 Nov 2025, 9am–1pm. */
const satNewYork = { start: '2025-11-29T14:00:00Z', end: '2025-11-29T18:00:00Z' };
const satEurope = { start: '2025-11-29T08:00:00Z', end: '2025-11-29T12:00:00Z' };

const english: Case[] = [
  {
    proves: "reads the issue's example",
    where: newYork,
    text: '10 trash pick Sat 9-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads am and pm',
    where: newYork,
    text: '10 trash pick Sat 9am-1pm Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'drops a slot word and keeps the work as written',
    where: newYork,
    text: '10 trash-pick slots Sat 9-1 Riverside Park',
    expected: { ...riverside, workTypeText: 'trash-pick', ...satNewYork },
  },
  {
    proves: 'drops "slots of" and "at"',
    where: newYork,
    text: '10 slots of trash pick Sat 9-1 at Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'matches a work type whatever its case or plural',
    where: newYork,
    text: '10 TRASH PICKS Sat 9-1 Riverside Park',
    expected: { ...riverside, workTypeText: 'TRASH PICKS', ...satNewYork },
  },
  {
    proves: 'reads "tomorrow"',
    where: newYork,
    text: '10 trash pick tomorrow 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-11-27T14:00:00Z', end: '2025-11-27T18:00:00Z' },
  },
  {
    proves: 'reads "today 2-5pm" as the afternoon',
    where: newYork,
    text: '10 trash pick today 2-5pm Riverside Park',
    expected: { ...riverside, start: '2025-11-26T19:00:00Z', end: '2025-11-26T22:00:00Z' },
  },
  {
    proves: 'reads "next sat" as the Saturday of next week, as chrono does',
    where: newYork,
    text: '10 trash pick next sat 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-12-06T14:00:00Z', end: '2025-12-06T18:00:00Z' },
  },
  {
    proves: 'reads "this sat" as the coming Saturday',
    where: newYork,
    text: '10 trash pick this sat 9-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads a weekday with its date',
    where: newYork,
    text: '10 trash pick Sat 29 Nov 9-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads "the day after tomorrow"',
    where: newYork,
    text: '10 trash pick the day after tomorrow 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-11-28T14:00:00Z', end: '2025-11-28T18:00:00Z' },
  },
  {
    proves: 'reads "day after tomorrow" without "the", which chrono reads as tomorrow',
    where: newYork,
    text: '10 trash pick day after tomorrow 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-11-28T14:00:00Z', end: '2025-11-28T18:00:00Z' },
  },
  {
    proves: 'reads bare hours "tonight" as evening hours',
    where: newYork,
    text: '10 trash pick tonight 8-11 Riverside Park',
    expected: { ...riverside, start: '2025-11-27T01:00:00Z', end: '2025-11-27T04:00:00Z' },
  },
  {
    proves: 'reads bare hours "this afternoon" as afternoon hours',
    where: newYork,
    text: '10 trash pick this afternoon 1-5 Riverside Park',
    expected: { ...riverside, start: '2025-11-26T18:00:00Z', end: '2025-11-26T22:00:00Z' },
  },
  {
    proves: 'takes the day of the month after a weekday out of the place',
    where: newYork,
    text: '10 trash pick Sat 29 9-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads minutes on both ends of a bare range',
    where: newYork,
    text: '10 trash pick Sat 9:30-1:30 Riverside Park',
    expected: { ...riverside, start: '2025-11-29T14:30:00Z', end: '2025-11-29T18:30:00Z' },
  },
  {
    proves: 'reads "from 9 to 1"',
    where: newYork,
    text: '10 trash pick Sat from 9 to 1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads "between 9 and 1"',
    where: newYork,
    text: '10 trash pick Sat between 9 and 1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads a bare end hour after 9am as the afternoon',
    where: newYork,
    text: '10 trash pick Sat 9am-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads a bare end hour after 9pm as the night',
    where: newYork,
    text: '10 trash pick Sat 9pm-1 Riverside Park',
    expected: { ...riverside, start: '2025-11-30T02:00:00Z', end: '2025-11-30T06:00:00Z' },
  },
  {
    proves: 'reads noon',
    where: newYork,
    text: '10 trash pick Sat 9-noon Riverside Park',
    expected: { ...riverside, start: '2025-11-29T14:00:00Z', end: '2025-11-29T17:00:00Z' },
  },
  {
    proves: 'reads 12-4 as noon to 4pm',
    where: newYork,
    text: '10 trash pick Sat 12-4 Riverside Park',
    expected: { ...riverside, start: '2025-11-29T17:00:00Z', end: '2025-11-29T21:00:00Z' },
  },
  {
    proves: 'runs an evening range overnight',
    where: newYork,
    text: '10 trash pick Sat 10pm-2am Riverside Park',
    expected: { ...riverside, start: '2025-11-30T03:00:00Z', end: '2025-11-30T07:00:00Z' },
  },
  {
    proves: 'takes a place written before the time',
    where: newYork,
    text: '10 trash pick at Riverside Park Sat 9-1',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'takes a work type written after the time',
    where: newYork,
    text: '10 Sat 9-1 trash pick Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'keeps work the programme does not list, without an id',
    where: newYork,
    text: '10 leaf raking Sat 9-1 Riverside Park',
    expected: { slots: 10, workTypeText: 'leaf raking', place: 'Riverside Park', ...satNewYork },
  },
  {
    proves: 'ignores commas and a full stop',
    where: newYork,
    text: '10 trash pick on Sat, 9-1, Riverside Park.',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'keeps numbers that belong to the place',
    where: newYork,
    text: '10 trash pick Sat 9-1 at 5th Street Pier 39',
    expected: { ...riverside, place: '5th Street Pier 39', ...satNewYork },
  },
  {
    proves: 'takes next week for a weekday that has already started today',
    where: newYork,
    text: '10 trash pick Wed 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-12-03T14:00:00Z', end: '2025-12-03T18:00:00Z' },
  },
  {
    proves: 'takes today for a weekday that has not started yet',
    where: { ...newYork, now: '2025-11-29T13:00:00Z' },
    text: '10 trash pick Sat 9-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'takes next week for a weekday whose slots have started',
    where: { ...newYork, now: '2025-11-29T15:00:00Z' },
    text: '10 trash pick Sat 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-12-06T14:00:00Z', end: '2025-12-06T18:00:00Z' },
  },
  {
    proves: 'reads "tomorrow" from the local day when UTC is already on the next one',
    where: { ...newYork, now: '2025-11-29T04:30:00Z' },
    text: '10 trash pick tomorrow 9-1 Riverside Park',
    expected: { ...riverside, ...satNewYork },
  },
  {
    proves: 'reads "tomorrow" from the local day when UTC is still on the previous one',
    where: { ...newYork, timeZone: 'Australia/Sydney', now: '2025-11-26T23:00:00Z' },
    text: '10 trash pick tomorrow 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-11-27T22:00:00Z', end: '2025-11-28T02:00:00Z' },
  },
  {
    proves: 'reads the Sunday after clocks go back at its winter offset',
    where: { ...newYork, now: '2025-11-01T14:00:00Z' },
    text: '10 trash pick Sun 9-1 Riverside Park',
    expected: { ...riverside, start: '2025-11-02T14:00:00Z', end: '2025-11-02T18:00:00Z' },
  },
  {
    proves: 'counts the repeated hour of a night when clocks go back',
    where: { ...newYork, now: '2025-11-01T14:00:00Z' },
    text: '10 trash pick today 10pm-2am Riverside Park',
    expected: { ...riverside, start: '2025-11-02T02:00:00Z', end: '2025-11-02T07:00:00Z' },
  },
  {
    proves: 'reads the Sunday after clocks go forward at its summer offset',
    where: { ...newYork, now: '2026-03-07T15:00:00Z' },
    text: '10 trash pick tomorrow 9-1 Riverside Park',
    expected: { ...riverside, start: '2026-03-08T13:00:00Z', end: '2026-03-08T17:00:00Z' },
  },
  {
    proves: `allows ${MAX_SLOTS} slots`,
    where: newYork,
    text: '500 trash pick Sat 9-1 Riverside Park',
    expected: { ...riverside, slots: 500, ...satNewYork },
  },
];

const englishUnclear: Case[] = [
  {
    proves: 'needs a count first',
    where: newYork,
    text: 'trash pick Sat 9-1 Riverside Park',
    expected: { reason: 'no_slots', partial: { workTypeText: 'trash pick', ...satNewYork } },
  },
  {
    proves: 'refuses zero slots',
    where: newYork,
    text: '0 trash pick Sat 9-1 Riverside Park',
    expected: { reason: 'no_slots', partial: { slots: 0 } },
  },
  {
    proves: `refuses more than ${MAX_SLOTS} slots`,
    where: newYork,
    text: '600 trash pick Sat 9-1 Riverside Park',
    expected: { reason: 'too_many_slots', partial: { slots: 600, place: 'Riverside Park' } },
  },
  {
    proves: 'needs a time',
    where: newYork,
    text: '10 trash pick Sat Riverside Park',
    expected: {
      reason: 'no_time',
      partial: { slots: 10, workTypeId: 'trash', place: 'Riverside Park' },
    },
  },
  {
    proves: 'needs an end time, and says when it starts',
    where: newYork,
    text: '10 trash pick Sat 9am Riverside Park',
    expected: {
      reason: 'no_end_time',
      partial: { start: '2025-11-29T14:00:00Z', place: 'Riverside Park' },
    },
  },
  {
    proves: 'needs a day',
    where: newYork,
    text: '10 trash pick 9-1 Riverside Park',
    expected: { reason: 'no_date', partial: { workTypeId: 'trash', place: 'Riverside Park' } },
  },
  {
    proves: 'refuses slots that have already started',
    where: newYork,
    text: '10 trash pick today 9-1 Riverside Park',
    expected: {
      reason: 'past',
      partial: { start: '2025-11-26T14:00:00Z', end: '2025-11-26T18:00:00Z' },
    },
  },
  {
    proves: 'refuses a range that ends when it starts',
    where: newYork,
    text: '10 trash pick Sat 9-9 Riverside Park',
    expected: { reason: 'no_time', partial: { slots: 10 } },
  },
  {
    proves: 'does not take a lone "Morning" in a place name for a day',
    where: newYork,
    text: '10 trash pick 9-1 Morning Glory Park',
    expected: { reason: 'no_date', partial: { place: 'Morning Glory Park' } },
  },
  {
    proves: 'needs a place',
    where: newYork,
    text: '10 trash pick Sat 9-1',
    expected: { reason: 'no_place', partial: { workTypeId: 'trash', ...satNewYork } },
  },
  {
    proves: 'needs the work',
    where: newYork,
    text: '10 Sat 9-1 Riverside Park',
    expected: { reason: 'no_work_type', partial: { place: 'Riverside Park', ...satNewYork } },
  },
];

const spanish: Case[] = [
  {
    proves: "reads the issue's example in Spanish",
    where: madrid,
    text: '10 recogida de basura sáb 9-13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "el sábado de 9 a 13 en"',
    where: madrid,
    text: '10 recogida de basura el sábado de 9 a 13 en el Parque Riverside',
    expected: { ...parque, place: 'el Parque Riverside', ...satEurope },
  },
  {
    proves: 'drops "plazas de" and reads "9 a 13 h"',
    where: madrid,
    text: '10 plazas de recogida de basura sábado 9 a 13 h Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "mañana"',
    where: madrid,
    text: '10 recogida de basura mañana 9-13 Parque Riverside',
    expected: { ...parque, start: '2025-11-27T08:00:00Z', end: '2025-11-27T12:00:00Z' },
  },
  {
    proves: 'reads "pasado mañana" as the day after tomorrow',
    where: madrid,
    text: '10 recogida de basura pasado mañana 9-13 Parque Riverside',
    expected: { ...parque, start: '2025-11-28T08:00:00Z', end: '2025-11-28T12:00:00Z' },
  },
  {
    proves: 'reads "hoy 17-20"',
    where: madrid,
    text: '10 recogida de basura hoy 17-20 Parque Riverside',
    expected: { ...parque, start: '2025-11-26T16:00:00Z', end: '2025-11-26T19:00:00Z' },
  },
  {
    proves: 'reads "próximo sábado" as the Saturday of next week, as chrono does',
    where: madrid,
    text: '10 recogida de basura próximo sábado 9-13 Parque Riverside',
    expected: { ...parque, start: '2025-12-06T08:00:00Z', end: '2025-12-06T12:00:00Z' },
  },
  {
    proves: 'reads "sábado que viene" and keeps it out of the place',
    where: madrid,
    text: '10 recogida de basura sábado que viene 9-13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "sábado 29", whose day of the month chrono skips',
    where: madrid,
    text: '10 recogida de basura sábado 29 9-13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "de las 9 a las 13"',
    where: madrid,
    text: '10 recogida de basura sáb de las 9 a las 13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads bare hours "esta tarde" as afternoon hours',
    where: madrid,
    text: '10 recogida de basura esta tarde 4-7 Parque Riverside',
    expected: { ...parque, start: '2025-11-26T15:00:00Z', end: '2025-11-26T18:00:00Z' },
  },
  {
    proves: 'reads a day-first date',
    where: madrid,
    text: '10 recogida de basura 29/11 9-13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "de 9:00 a 13:00"',
    where: madrid,
    text: '10 recogida de basura sáb de 9:00 a 13:00 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "9-1" as 9 to 13 in Spanish too',
    where: madrid,
    text: '10 recogida de basura sáb 9-1 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "entre 9 y 13"',
    where: madrid,
    text: '10 recogida de basura sáb entre 9 y 13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'reads "entre 9-13"',
    where: madrid,
    text: '10 recogida de basura sáb entre 9-13 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'falls back to English day names',
    where: madrid,
    text: '10 recogida de basura Sat 9-1 Parque Riverside',
    expected: { ...parque, ...satEurope },
  },
  {
    proves: 'matches the English name of a work type too',
    where: madrid,
    text: '10 trash pick sáb 9-13 Parque Riverside',
    expected: { ...parque, workTypeText: 'trash pick', ...satEurope },
  },
  {
    proves: 'splits unknown work from the place at "en"',
    where: madrid,
    text: '10 poda sáb 9-13 en Parque Riverside',
    expected: { slots: 10, workTypeText: 'poda', place: 'Parque Riverside', ...satEurope },
  },
  {
    proves: 'reads the Sunday after clocks go back at its winter offset',
    where: { ...madrid, now: '2026-10-24T08:00:00Z' },
    text: '10 recogida de basura dom 9-13 Parque Riverside',
    expected: { ...parque, start: '2026-10-25T08:00:00Z', end: '2026-10-25T12:00:00Z' },
  },
  {
    proves: 'needs an end time after "a las 9"',
    where: madrid,
    text: '10 recogida de basura sáb a las 9 Parque Riverside',
    expected: {
      reason: 'no_end_time',
      partial: { start: '2025-11-29T08:00:00Z', place: 'Parque Riverside' },
    },
  },
  {
    proves: 'refuses slots that have already started',
    where: madrid,
    text: '10 recogida de basura hoy 9-13 Parque Riverside',
    expected: { reason: 'past', partial: { workTypeId: 'trash' } },
  },
];

const french: Case[] = [
  {
    proves: "reads the issue's example in French",
    where: paris,
    text: '10 ramassage sam 9h-13h parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "sam." with a full stop',
    where: paris,
    text: '10 ramassage sam. 9h-13h parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "de 9h à 13h au"',
    where: paris,
    text: '10 ramassage samedi de 9h à 13h au parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "de 9 h à 13 h"',
    where: paris,
    text: '10 ramassage samedi de 9 h à 13 h au parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'drops "places de" and reads "9h30"',
    where: paris,
    text: '10 places de ramassage samedi 9h30-13h parc Riverside',
    expected: { ...parc, start: '2025-11-29T08:30:00Z', end: '2025-11-29T12:00:00Z' },
  },
  {
    proves: 'reads "demain"',
    where: paris,
    text: '10 ramassage demain 9h-13h parc Riverside',
    expected: { ...parc, start: '2025-11-27T08:00:00Z', end: '2025-11-27T12:00:00Z' },
  },
  {
    proves: 'reads "après-demain" as the day after tomorrow',
    where: paris,
    text: '10 ramassage après-demain 9h-13h parc Riverside',
    expected: { ...parc, start: '2025-11-28T08:00:00Z', end: '2025-11-28T12:00:00Z' },
  },
  {
    proves: 'reads "aujourd’hui" with a typographic apostrophe',
    where: paris,
    text: '10 ramassage aujourd’hui 17h-20h parc Riverside',
    expected: { ...parc, start: '2025-11-26T16:00:00Z', end: '2025-11-26T19:00:00Z' },
  },
  {
    proves: 'reads "samedi prochain" as the Saturday of next week, as chrono does',
    where: paris,
    text: '10 ramassage samedi prochain 9h-13h parc Riverside',
    expected: { ...parc, start: '2025-12-06T08:00:00Z', end: '2025-12-06T12:00:00Z' },
  },
  {
    proves: 'reads bare hours "ce soir" as evening hours',
    where: paris,
    text: '10 ramassage ce soir 6-8 parc Riverside',
    expected: { ...parc, start: '2025-11-26T17:00:00Z', end: '2025-11-26T19:00:00Z' },
  },
  {
    proves: 'reads a day-first date',
    where: paris,
    text: '10 ramassage 29/11 9h-13h parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "9-1" as 9h to 13h',
    where: paris,
    text: '10 ramassage sam 9-1 parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "entre 9h et 13h"',
    where: paris,
    text: '10 ramassage sam entre 9h et 13h parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "jusqu’à"',
    where: paris,
    text: '10 ramassage sam 9h jusqu’à 13h parc Riverside',
    expected: { ...parc, ...satEurope },
  },
  {
    proves: 'reads "midi"',
    where: paris,
    text: '10 ramassage sam 9h-midi parc Riverside',
    expected: { ...parc, start: '2025-11-29T08:00:00Z', end: '2025-11-29T11:00:00Z' },
  },
  {
    proves: 'keeps the article of a place name',
    where: paris,
    text: '10 désherbage sam 9h-13h à la Villette',
    expected: {
      slots: 10,
      workTypeId: 'weeding',
      workTypeText: 'désherbage',
      place: 'la Villette',
      ...satEurope,
    },
  },
  {
    proves: 'reads French in a North American zone',
    where: { ...paris, timeZone: 'America/Toronto', now: '2025-11-26T15:00:00Z' },
    text: '10 ramassage sam 9h-13h parc Riverside',
    expected: { ...parc, ...satNewYork },
  },
  {
    proves: 'reads the Sunday after clocks go forward at its summer offset',
    where: { ...paris, now: '2026-03-28T09:00:00Z' },
    text: '10 ramassage dim 9h-13h parc Riverside',
    expected: { ...parc, start: '2026-03-29T07:00:00Z', end: '2026-03-29T11:00:00Z' },
  },
  {
    proves: 'moves a start in the skipped hour forward, as clocks do',
    where: { ...paris, now: '2026-03-28T09:00:00Z' },
    text: '10 ramassage demain 2h-4h parc Riverside',
    expected: { ...parc, start: '2026-03-29T01:00:00Z', end: '2026-03-29T02:00:00Z' },
  },
  {
    proves: 'needs an end time after "9h"',
    where: paris,
    text: '10 ramassage sam 9h parc Riverside',
    expected: {
      reason: 'no_end_time',
      partial: { start: '2025-11-29T08:00:00Z', place: 'parc Riverside' },
    },
  },
];

function asExpected(reading: BroadcastReading) {
  const iso = (date: Date | undefined) => date?.toISOString().replace('.000Z', 'Z');
  if (reading.kind === 'command') {
    const { kind: _kind, start, end, ...rest } = reading;
    return { ...rest, start: iso(start), end: iso(end) };
  }
  const { start, end, ...rest } = reading.partial;
  return {
    reason: reading.reason,
    partial: { ...rest, ...(start && { start: iso(start) }), ...(end && { end: iso(end) }) },
  };
}

describe.each([
  ['English', english],
  ['English, unclear', englishUnclear],
  ['Spanish', spanish],
  ['French', french],
])('reading a BROADCAST in %s', (_name, cases) => {
  it.each(cases)('$proves: $text', ({ where, text, expected }) => {
    const reading = readBroadcastCommand(text, {
      language: where.language,
      timeZone: where.timeZone,
      now: new Date(where.now),
      workTypes,
    });
    const actual = asExpected(reading);
    if ('reason' in expected) {
      expect(actual).toMatchObject({ reason: expected.reason, partial: expected.partial });
    } else {
      expect(actual).toEqual(expected);
    }
  });
});

describe('reading a BROADCAST', () => {
  it.each(['', '   ', '?', '10', '12:00-', '-1 trash pick', '9999999 x', '10 🧹 sáb 25:99-99'])(
    'answers "unclear" rather than throwing for %j',
    (text) => {
      const context = { ...newYork, now: new Date(newYork.now), workTypes };
      expect(readBroadcastCommand(text, context).kind).toBe('unclear');
    },
  );
});

/**
 * The words of a series of visits in each language, as regular expression sources matched
 * against folded text (lower case, no accents). `{W}` stands for the language's weekday names
 * and `{N}` for an amount (digits, one to twelve as words, "a"/"un"/"une").
 *
 * Named groups: `weekday` (the day of each visit), `every` (the weeks between visits, as an
 * amount), `other` (every second week), `n` (an amount) with `unit` (weeks or months) or alone
 * (visits).
 */
import type { Language } from './types';

export interface RepeatWords {
  /** Phrases that make a series, with the weeks between visits when the phrase fixes them. */
  markers: ReadonlyArray<readonly [pattern: string, everyWeeks?: number]>;
  /** How long the series runs ("for 5 weeks", "durante un mes") or how many visits ("5 times"). */
  counts: readonly string[];
  /** Month units: a month is 4 weeks. */
  monthUnit: string;
  /** Amount words beyond the language's one to twelve. */
  articles: Readonly<Record<string, number>>;
}

export const REPEAT_WORDS: Readonly<Record<Language, RepeatWords>> = {
  en: {
    markers: [
      ['(?:every|each)\\s+(?<other>other|second|alternate)\\s+(?:week|(?<weekday>{W})s?)'],
      ['(?:every|each)\\s+(?<every>{N})\\s+weeks'],
      ['(?:every|each)\\s+(?:week|(?<weekday>{W})s?)'],
      ['every\\s+fortnight|fortnightly|bi-?weekly', 2],
      ['weekly|once\\s+a\\s+week|once\\s+every\\s+week', 1],
    ],
    counts: [
      '(?:for|over|during)\\s+(?:the\\s+(?:next|coming)\\s+)?(?<n>{N})\\s+(?<unit>weeks?|months?)',
      '(?:for\\s+)?(?<n>{N})\\s+(?:times|visits)',
    ],
    monthUnit: 'months?',
    articles: { a: 1, an: 1 },
  },
  es: {
    markers: [
      [
        '(?:todos\\s+los|todas\\s+las|cada)\\s+(?<every>{N})\\s+semanas|cada\\s+(?:quince|15)\\s+dias|quincenal(?:mente)?',
        2,
      ],
      ['(?:todos\\s+los|cada)\\s+(?<weekday>{W})s?'],
      [
        '(?:todas\\s+las|cada)\\s+semanas?|semanal(?:mente)?|una\\s+vez\\s+(?:por|a\\s+la)\\s+semana',
        1,
      ],
    ],
    counts: [
      '(?:durante|por|en)\\s+(?:(?:las|los)\\s+(?:proximas?|proximos|siguientes)\\s+)?(?<n>{N})\\s+(?<unit>semanas?|mes(?:es)?)',
      '(?<n>{N})\\s+(?:veces|visitas)',
    ],
    monthUnit: 'mes(?:es)?',
    articles: { un: 1 },
  },
  fr: {
    markers: [
      [
        '(?:tous\\s+les|toutes\\s+les|chaque)\\s+(?<every>{N})\\s+semaines|tous\\s+les\\s+(?:quinze|15)\\s+jours',
        2,
      ],
      ['(?:tous\\s+les|chaque)\\s+(?<weekday>{W})s?'],
      [
        '(?:toutes\\s+les|chaque)\\s+semaines?|hebdomadaire(?:ment)?|une\\s+fois\\s+par\\s+semaine',
        1,
      ],
    ],
    counts: [
      '(?:pendant|durant|sur)\\s+(?:les\\s+)?(?<n>{N})\\s+(?<unit>semaines?|mois)(?:\\s+(?:a\\s+venir|prochaine?s|suivante?s))?',
      '(?<n>{N})\\s+(?:fois|visites)',
    ],
    monthUnit: 'mois',
    articles: {},
  },
};

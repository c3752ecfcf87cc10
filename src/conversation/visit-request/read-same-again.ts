/**
 * "same time next week", "same again", "la misma hora la semana que viene", "même heure la
 * semaine prochaine": the client's last visit again, some weeks after it. Returns how many
 * weeks later; the caller applies it to the last visit. Pure.
 *
 * Decided here (tests/unit/conversation/visit-request/read-same-again.test.ts):
 * - "same again", "same as last week", "lo mismo otra vez", "comme la semaine dernière" say it
 *   alone: one week later.
 * - "same time", "lo mismo", "même heure" need a week said with them ("next week", "in 2
 *   weeks", "dans 15 jours"): "same time tomorrow" or "same time on friday" is no repeat of
 *   last week's visit, and is left to the request parser.
 * - A negation ("not the same time next week", "no", "pas") or a weekday or day word is never
 *   a repeat.
 */
import { alternation } from './alternation';
import { createScan } from './scan';
import type { Language } from './types';
import { VOCABULARY } from './vocabulary';

interface SameAgainWords {
  /** Enough alone: one week later unless weeks are said. */
  alone: string;
  /** Only with a week phrase. */
  withWeeks: string;
  /** Groups: `one` (a week), `two` (two weeks), `n` (an amount of weeks). */
  weeks: string;
  negation: string;
  /** Day words that make it another day ("tomorrow"). */
  days: string;
}

const WORDS: Readonly<Record<Language, SameAgainWords>> = {
  en: {
    alone:
      '(?:the\\s+)?same\\s+(?:again|as\\s+(?:last\\s+(?:week|time)|before|usual))|(?:repeat|book)\\s+(?:the\\s+)?same(?:\\s+visit)?\\s+again',
    withWeeks: '(?:the\\s+)?same\\s+(?:time|thing|visit|day\\s+and\\s+time|slot)',
    weeks:
      '(?<two>(?:the\\s+)?week\\s+after\\s+next|in\\s+a\\s+fortnight)|(?<one>next\\s+week)|in\\s+(?<n>{N})\\s+weeks|(?<n2>{N})\\s+weeks\\s+(?:from\\s+now|later|after)',
    negation: "not|don'?t|do\\s+not|no|never|won'?t|cannot|can'?t",
    days: 'today|tomorrow|tonight|tmrw',
  },
  es: {
    alone:
      'igual\\s+que\\s+la\\s+(?:semana\\s+pasada|ultima\\s+vez)|lo\\s+mismo\\s+(?:otra\\s+vez|de\\s+nuevo|que\\s+la\\s+(?:semana\\s+pasada|ultima\\s+vez))|otra\\s+vez\\s+lo\\s+mismo',
    withWeeks: '(?:a\\s+)?la\\s+misma\\s+hora|lo\\s+mismo|el\\s+mismo\\s+horario|igual',
    weeks:
      '(?<two>dentro\\s+de\\s+(?:quince|15)\\s+dias)|(?<one>(?:la\\s+)?(?:semana\\s+que\\s+viene|proxima\\s+semana|semana\\s+proxima))|(?:dentro\\s+de|en)\\s+(?<n>{N})\\s+semanas',
    negation: 'no|nunca|tampoco',
    days: 'hoy|manana|pasado',
  },
  fr: {
    alone:
      '(?:pareil|(?:la\\s+)?meme\\s+chose)\\s+que\\s+la\\s+(?:semaine\\s+derniere|derniere\\s+fois)|comme\\s+(?:la\\s+semaine\\s+derniere|la\\s+derniere\\s+fois)|encore\\s+(?:la\\s+)?meme\\s+chose',
    withWeeks: '(?:a\\s+la\\s+)?meme\\s+heure|(?:la\\s+)?meme\\s+chose|pareil',
    weeks:
      '(?<two>dans\\s+(?:quinze|15)\\s+jours)|(?<one>(?:la\\s+)?semaine\\s+(?:prochaine|suivante)|la\\s+prochaine\\s+semaine)|dans\\s+(?<n>{N})\\s+semaines',
    negation: 'pas|ne|non|jamais|plus',
    days: "aujourd'hui|demain|ce\\s+soir",
  },
};

const MOST_WEEKS = 12;

interface Grammar {
  alone: RegExp;
  withWeeks: RegExp;
  weeks: RegExp;
  refused: RegExp;
  amounts: Readonly<Record<string, number>>;
}

const grammars = new Map<Language, Grammar>();

function grammarOf(language: Language): Grammar {
  const cached = grammars.get(language);
  if (cached) return cached;
  const words = WORDS[language];
  const vocabulary = VOCABULARY[language];
  const amount = `\\d{1,2}|${alternation(vocabulary.numbers)}`;
  const whole = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'u');
  const grammar: Grammar = {
    alone: whole(words.alone),
    withWeeks: whole(words.withWeeks),
    weeks: whole(words.weeks.replaceAll('{N}', `(?:${amount})`)),
    refused: whole(`${words.negation}|${words.days}|${alternation(vocabulary.weekdays)}s?`),
    amounts: vocabulary.numbers,
  };
  grammars.set(language, grammar);
  return grammar;
}

function weeksSaid(text: string, grammar: Grammar): number | undefined {
  const groups = grammar.weeks.exec(text)?.groups;
  if (!groups) return undefined;
  if (groups.one) return 1;
  if (groups.two) return 2;
  const said = groups.n ?? groups.n2 ?? '';
  const weeks = /^\d+$/.test(said) ? Number(said) : grammar.amounts[said];
  return weeks !== undefined && weeks >= 1 && weeks <= MOST_WEEKS ? weeks : undefined;
}

export function readSameAgain(
  text: string,
  language: Language,
): { weeksLater: number } | undefined {
  if (text.length > 160) return undefined;
  const { folded } = createScan(text);
  const grammar = grammarOf(language);
  if (grammar.refused.test(folded)) return undefined;
  const weeks = weeksSaid(folded, grammar);
  if (grammar.alone.test(folded)) return { weeksLater: weeks ?? 1 };
  if (grammar.withWeeks.test(folded) && weeks !== undefined) return { weeksLater: weeks };
  return undefined;
}

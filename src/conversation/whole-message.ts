import { unclear, understood } from './decide';
import { readAim } from './aim-phrases';
import {
  AIMS_WORDS,
  BROADCAST_WORDS,
  LANGUAGE_NAMES,
  OPT_IN_WORDS,
  OPT_OUT_WORDS,
  POLITE_ENDING,
  SHARE_WITH,
  SHARE_WORDS,
  SINGLE_LETTERS,
} from './keywords';
import { isOneSwapAway, plain } from './normalise';
import type { ParseResult } from './types';

const EDGES = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const CHOICE = /^#?\s*(\d{1,2})\s*[.)]?$/;
const KEYCAP = /^(\d)\uFE0F?\u20E3$/u;
const FIRST_WORD = /^[\s\p{P}]*([\p{L}\p{M}]+)/u;

function includes(words: readonly string[], word: string): boolean {
  return words.includes(word);
}

function languageNamed(word: string): ParseResult | undefined {
  const key = plain(word);
  const name =
    LANGUAGE_NAMES.get(key) ??
    (key.length >= 6
      ? [...LANGUAGE_NAMES].find(([spelling]) => isOneSwapAway(key, spelling))?.[1]
      : undefined);
  return name && understood({ type: 'language', language: name.language }, name.writtenIn);
}

function broadcast(text: string): ParseResult | undefined {
  const first = FIRST_WORD.exec(text);
  const language = first?.[1] ? BROADCAST_WORDS.get(plain(first[1])) : undefined;
  if (!first || !language) return undefined;
  const announcement = text
    .slice(first[0].length)
    .replace(/^[\s:,.;\-–—]+/u, '')
    .trim();
  return announcement === ''
    ? unclear('empty', language)
    : understood({ type: 'broadcast', text: announcement }, language);
}

/** Whether `words` open with `phrase` (plain words, spaced), accents and case aside. */
function opens(words: readonly string[], phrase: string): boolean {
  const wanted = phrase.split(' ');
  return wanted.every((word, i) => words[i] !== undefined && plain(words[i]) === word);
}

/** "don't share with Parks anymore", "no compartas con Parks nunca más": not the name. */
const NO_LONGER = /[\s,]+(?:any ?more|no more|nunca m[aá]s|ya no)$/iu;

/** SHARE <organisation> / UNSHARE <organisation>, in any of the three languages. */
function share(text: string): ParseResult | undefined {
  // Compared without the punctuation around each word; the organisation kept as written.
  const typed = text.split(/\s+/).filter(Boolean);
  const words = typed.map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, ''));
  const command = [...SHARE_WORDS].find(([phrase]) => opens(words, phrase));
  if (!command) return undefined;
  let from = command[0].split(' ').length;
  const joint = SHARE_WITH.find((phrase) => opens(words.slice(from), phrase));
  if (joint) from += joint.split(' ').length;
  const organisation = typed
    .slice(from)
    .join(' ')
    .replace(/[\s.!?,;:]+$/u, '')
    .replace(POLITE_ENDING, '')
    .replace(NO_LONGER, '');
  const { type, language } = command[1];
  return understood({ type, organisation }, language);
}

/**
 * Replies whose meaning depends on being the whole message: Twilio's opt-out and opt-in
 * words, a language's name, a menu number, a lone "?", "Y" / "N", a coordinator's
 * BROADCAST, SHARE / UNSHARE <organisation>, AIMS and a stated aim ("I want more hours"). Undefined when the words must be read one by one.
 */
export function readWholeMessage(text: string): ParseResult | undefined {
  const trimmed = text.normalize('NFC').trim();
  const bare = trimmed.replace(EDGES, '');
  if (bare === '') return trimmed.includes('?') ? understood({ type: 'help' }) : unclear('empty');
  const word = bare.toLowerCase();
  if (includes(OPT_OUT_WORDS, word)) return understood({ type: 'opt_out' });
  if (includes(OPT_IN_WORDS, word)) return understood({ type: 'opt_in' });
  const choice = CHOICE.exec(trimmed) ?? KEYCAP.exec(trimmed);
  if (choice && Number(choice[1]) > 0) {
    return understood({ type: 'choice', number: Number(choice[1]) });
  }
  const letter = SINGLE_LETTERS.get(word);
  if (letter) return understood({ type: letter });
  if (includes(AIMS_WORDS, plain(word).replace(/\s+/g, ' '))) return understood({ type: 'aims' });
  const aim = readAim(trimmed, { bare: false });
  if (aim) {
    const { language, ...stated } = aim;
    return understood({ type: 'aim', ...stated }, language);
  }
  return (
    (/^\p{L}+$/u.test(bare) ? languageNamed(bare) : undefined) ??
    broadcast(trimmed) ??
    share(trimmed)
  );
}

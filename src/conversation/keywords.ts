import { ENGLISH } from './keywords-en';
import { SPANISH } from './keywords-es';
import { FRENCH } from './keywords-fr';
import { SHARED } from './keywords-shared';
import type { Language } from './types';
import { compileLexicon, phraseWords, type Vocabulary } from './vocabulary';

export const VOCABULARIES: readonly Vocabulary[] = [ENGLISH, SPANISH, FRENCH, SHARED];

export const LEXICON = compileLexicon(VOCABULARIES);

/** Single words that negate or decline: any of them in a reply rules out a yes. */
export const NEGATION_WORDS: readonly string[] = [
  ...new Set(
    VOCABULARIES.flatMap((vocabulary) => [
      ...(vocabulary.words.no ?? []),
      ...(vocabulary.words.negation ?? []),
    ]).filter((phrase) => phraseWords(phrase).length === 1),
  ),
];

/**
 * Twilio's own opt-out and opt-in words, honoured only as the whole message (Twilio lists
 * REVOKE and OPTOUT with the others: twilio.com/docs/messaging/tutorials/advanced-opt-out).
 */
export const OPT_OUT_WORDS = [
  'stop',
  'stopall',
  'unsubscribe',
  'cancel',
  'end',
  'quit',
  'revoke',
  'optout',
] as const;
export const OPT_IN_WORDS = ['start', 'unstop'] as const;
/** Twilio's opt-in words by default: YES too, which is also how a worker takes a shift. */
export const TWILIO_OPT_IN_WORDS = [...OPT_IN_WORDS, 'yes'] as const;

/** A language's name → that language, and the language the name is written in, if it tells. */
export const LANGUAGE_NAMES: ReadonlyMap<string, { language: Language; writtenIn?: Language }> =
  new Map([
    ['english', { language: 'en', writtenIn: 'en' }],
    ['ingles', { language: 'en', writtenIn: 'es' }],
    ['anglais', { language: 'en', writtenIn: 'fr' }],
    ['espanol', { language: 'es', writtenIn: 'es' }],
    ['castellano', { language: 'es', writtenIn: 'es' }],
    ['spanish', { language: 'es' }],
    ['espagnol', { language: 'es', writtenIn: 'fr' }],
    ['francais', { language: 'fr', writtenIn: 'fr' }],
    ['french', { language: 'fr' }],
    ['frances', { language: 'fr', writtenIn: 'es' }],
  ]);

export const BROADCAST_WORDS: ReadonlyMap<string, Language> = new Map([
  ['broadcast', 'en'],
  ['difusion', 'es'],
  ['diffusion', 'fr'],
]);

/**
 * The words that open SHARE <organisation> and its withdrawal, by language. Never STOP (Twilio's
 * opt-out word opens "stop sharing"), so withdrawal has words of its own.
 */
export const SHARE_WORDS: ReadonlyMap<string, { type: 'share' | 'unshare'; language: Language }> =
  new Map([
    ['unshare', { type: 'unshare', language: 'en' }],
    ['do not share', { type: 'unshare', language: 'en' }],
    ['dont share', { type: 'unshare', language: 'en' }],
    ['no compartir', { type: 'unshare', language: 'es' }],
    ['no compartas', { type: 'unshare', language: 'es' }],
    ['dejar de compartir', { type: 'unshare', language: 'es' }],
    ['deja de compartir', { type: 'unshare', language: 'es' }],
    ['dejen de compartir', { type: 'unshare', language: 'es' }],
    ['ne plus partager', { type: 'unshare', language: 'fr' }],
    ['ne pas partager', { type: 'unshare', language: 'fr' }],
    ['ne partage plus', { type: 'unshare', language: 'fr' }],
    ['ne partagez plus', { type: 'unshare', language: 'fr' }],
    ['arreter de partager', { type: 'unshare', language: 'fr' }],
    ['arrete de partager', { type: 'unshare', language: 'fr' }],
    ['arretez de partager', { type: 'unshare', language: 'fr' }],
    ['share', { type: 'share', language: 'en' }],
    ['compartir', { type: 'share', language: 'es' }],
    ['partager', { type: 'share', language: 'fr' }],
  ]);
/**
 * Please and thanks closing a text, in any of the three languages, with or without accents and
 * in any case: not part of an organisation's name ("share with Parks please"), nor of an aim
 * ("más horas por favor").
 */
export const POLITE_ENDING =
  /(?:[\s,]+(?:please|pls|plz|thanks|thank you|thx|por favor|porfavor|porfa|gracias|s['’]il vous pla[iî]t|s['’]il te pla[iî]t|svp|stp|merci))+$/iu;

/** Little words between the command and the organisation: "share with Parks", "compartir con…". */
export const SHARE_WITH = [
  'my record with',
  'with',
  'mi historial con',
  'con',
  'mon dossier avec',
  'avec',
];

/**
 * The words that ask to state one's aims, alone as the whole message (none is a Twilio opt-out or
 * opt-in word): "aims", "my goals", "mis metas", "mes objectifs".
 */
export const AIMS_WORDS = [
  'aims',
  'my aims',
  'goals',
  'my goals',
  'metas',
  'mis metas',
  'objetivos',
  'mis objetivos',
  'objectifs',
  'mes objectifs',
] as const;

/** A whole message of one letter, the old SMS convention. */
export const SINGLE_LETTERS: ReadonlyMap<string, 'yes' | 'no'> = new Map([
  ['y', 'yes'],
  ['n', 'no'],
]);

function codePoints(emoji: string): Set<string> {
  return new Set([...emoji].filter((character) => character.trim() !== ''));
}

/** Emoji by their first code point (skin tones and variation selectors are ignored). */
export const EMOJI = {
  yes: codePoints('👍 👌 ✅ ✔ ☑ 🙋 🆗'),
  no: codePoints('👎 ❌ 🚫 ✖ ⛔ 🙅 ❎'),
  hedge: codePoints('🤔 🤷 😕 😬 🫤 😐'),
  filler: codePoints('🙂 😊 😀 😃 😄 😁 🙏 ❤ 💕 💙 💚 🥰 😍 👋 🎉 🙌 💪 😉 ☺ 😎 👏 ♥ 🤗 ☀ 😅'),
} as const;

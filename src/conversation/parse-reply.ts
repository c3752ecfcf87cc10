/**
 * The reply parser: one inbound SMS or WhatsApp text → one intent, or the reason it is
 * unclear. Pure: no I/O, no clock. English, Spanish and French, typos and emoji included.
 *
 * Rules decided here (the tests in tests/unit/conversation hold them):
 * - Never a guessed YES. A yes needs a yes word and nothing the parser cannot account for:
 *   thanks, greetings and little words pass ("yes please", "ok I'll be there"); anything
 *   else ("yes for my brother", "yes see you Saturday", "yes at 9") is unclear 'ambiguous'.
 *   Typos are never corrected into a yes or a no: a yes must be spelt as listed, give or
 *   take letters stretched for emphasis ("yesss", "okk", "ouii"). A message over 2,000
 *   characters is 'unknown'.
 * - An ordinary word is never a keyword: only stretching counts as repeated letters ("noon"
 *   is not "non"), a typo is two letters swapped ("dnoe") and only in keywords none of whose
 *   swaps is a word, and a phrase never takes part of a hyphenated compound ("non-violence").
 *   tests/unit/conversation/word-lists.test.ts runs a dictionary of each language through.
 * - A command (other than yes) opens the reply: after a word the parser does not understand
 *   it is a word in a sentence ("Maria here, new phone", "groceries tomorrow at noon"), and a
 *   lone here-word run into such a word names someone ("Aquí María"). See `standing`.
 * - "YES UR4 9E6", "yes to both", "oui pour tous" answer several prompts (`codes`, `each`).
 * - Any negation or decline word next to a positive one is 'conflicting' ("yes no", "si pero
 *   no puedo"); positive idioms built on a negation ("no problem", "pas de souci") and
 *   hedges ("maybe", "quizás", "peut-être", "if") are 'ambiguous'.
 * - A question ("?", "¿", "what", "is it…", "cuándo") is unclear 'question', except when it
 *   asks for STATUS, HOURS or HELP ("my hours?").
 * - A yes with a late notice is a yes ("yes but I'll be 10 min late"); the minutes are lost,
 *   the booking is not. "yes I'm here" is here; "done, was 10 min late" is done. Beside
 *   another intent, STATUS / HOURS words are nouns: "NO K7P wrong hours" is a no (a dispute).
 * - DROP / SOLTAR / LÂCHER (and "no, drop it") are 'drop'. "can't make it", "no podré ir",
 *   "je ne pourrai pas venir" are 'no': the conversation layer turns a no on a held shift
 *   into a drop confirmation. CANCEL is never a command of ours: alone it is Twilio's
 *   opt-out; in a sentence ("cancel my shift", "cancelar", "annuler") it is 'ambiguous', so
 *   the reply can point to DROP.
 * - Saying one is not well ("I'm sick", "not feeling well", "bad day", "me siento mal", "estoy
 *   enferma", "tengo un mal día", "je suis malade", "je ne me sens pas bien", "mauvaise journée"),
 *   or a symptom or illness of one's own ("I have a fever", "tengo gripe", "me duele la
 *   cabeza", "j'ai la gastro"), alone or with a decline or DROP ("can't make it, I'm sick"), is
 *   'drop' with reason 'unwell'. Only the speaker counts: "I'm not sick", "no estoy enfermo", "je
 *   ne suis pas malade", the past ("I had the flu") and someone else's illness ("my kid has a
 *   fever, I'll be late": late) are content. Since it frees the place at once, it is never read
 *   beside a "but" ("I'm sick but I'll try": ambiguous) or in a figure of speech ("sick of
 *   waiting"). Beside a yes, HERE or LATE it conflicts, like a no. Single words ("sick", "malade") are
 *   never enough: "ill" is also "I'll" without its apostrophe, and DONE notes say "sick".
 * - Twilio's opt-out words (STOP STOPALL UNSUBSCRIBE CANCEL END QUIT) count only as the whole
 *   message, give or take case, spaces and punctuation. Inside a sentence ("please stop
 *   sending at night") STOP, QUIT, UNSUBSCRIBE and CANCEL make the reply 'ambiguous', never
 *   an opt-out and never a command; END in a sentence is an ordinary word.
 * - More work asked for in so many words ("more hours please", "más horas", "plus d'heures svp")
 *   is the aim of more hours; asked as a question ("could I have more hours?") it is a question
 *   for a person. Either way "hours" in it is never HOURS.
 * - INTRO (es "preséntame", fr "présentez-moi") is 'intro': consent to be introduced to a
 *   programme's next step. It stands alone or with thanks; never a YES, which takes shifts.
 * - Numbers: hours must be 0 < h ≤ 24 and minutes 0 < m ≤ 240, else the intent stands
 *   without them. Comma decimals ("3,5h") and "4h30" are read.
 * - `language` is the language most recognised words belong to, when one stands out; words
 *   every language uses ("ok", "no", emoji) do not tell.
 */
import { decide, unclear } from './decide';
import { NEGATION_WORDS } from './keywords';
import { plain } from './normalise';
import { read } from './reading';
import { standing } from './standing';
import { tokenise, type Token } from './tokenise';
import type { ParseResult } from './types';
import { readWholeMessage } from './whole-message';

export type { Intent, Language, ParseResult, UnclearReason } from './types';

/** Longer than any SMS and than any reply worth acting on; bounds the work on hostile input. */
const MAX_LENGTH = 2000;

const NEGATIONS = new Set(NEGATION_WORDS.map(plain));

function isNegation(token: Token): boolean {
  return token.kind === 'word' && (NEGATIONS.has(token.plain) || /n't$|^n'/.test(token.lower));
}

export function parseReply(text: string): ParseResult {
  const whole = readWholeMessage(text);
  if (whole) return whole;
  if (text.length > MAX_LENGTH) return unclear('unknown');
  const tokens = tokenise(text);
  const result = decide(text, standing(read(tokens), text));
  // Belt and braces for the one mistake that books someone: no yes beside a negation.
  if (result.kind === 'intent' && result.intent.type === 'yes' && tokens.some(isNegation)) {
    return unclear('conflicting', result.language);
  }
  return result;
}

/**
 * The catalogue of replies the parser must read, as `[text, expected]`. Add a case here
 * whenever a real reply is misread.
 */
import type { ParseResult } from '../../../src/conversation/parse-reply';
import { ENGLISH_CASES } from './reply-cases-en';
import { SPANISH_CASES } from './reply-cases-es';
import { FRENCH_CASES } from './reply-cases-fr';
import { NOISE_CASES } from './reply-cases-noise';

export type ReplyCase = readonly [text: string, expected: ParseResult];

export type CaseGroup = 'en' | 'es' | 'fr' | 'noise';

export const REPLY_CASES: Readonly<Record<CaseGroup, readonly ReplyCase[]>> = {
  en: ENGLISH_CASES,
  es: SPANISH_CASES,
  fr: FRENCH_CASES,
  noise: NOISE_CASES,
};

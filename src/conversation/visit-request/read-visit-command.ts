/**
 * What a client asks of a visit already booked: to call it off ("CALL OFF", "cancel my visit",
 * "I don't need the visit tomorrow", "anular la visita", "plus besoin") or to move it ("can we
 * do 3pm instead?", "reschedule", "mejor el jueves", "plutôt jeudi"). Pure; anything else is
 * undefined, and the caller reads the text as it would otherwise.
 *
 * Decided here (tests/unit/conversation/visit-request/read-visit-command.test.ts):
 * - A text that is only YES, NO, HELP, STATUS or an opt-out word (STOP, STOPALL, UNSUBSCRIBE,
 *   CANCEL, END, QUIT, …) is never a command: the reply parser and Twilio own those.
 * - A negation just before the command's words ("don't call it off", "no cancele", "ne pas
 *   annuler", "n'annulez pas") makes it no command; a comma or a full stop ends its reach
 *   ("No, cancel it" calls off). A condition ("if I cancel…", "si cancelo") is no command either.
 * - A text that says both is a move ("cancel tuesday and do thursday instead").
 * - Command words of six letters or more one typo away are read as meant ("cancle", "reschedual"
 *   is two away and is not).
 */
import { OPT_OUT_WORDS, TWILIO_OPT_IN_WORDS } from '../keywords';
import { isWithinOneEdit } from '../normalise';
import { alternation } from './alternation';
import { createScan } from './scan';
import type { Language } from './types';
import { VOCABULARY } from './vocabulary';

export type VisitCommand = 'call_off' | 'move';

interface CommandWords {
  callOff: readonly string[];
  move: readonly string[];
  /** Words that undo a command when they come just before it. */
  negation: string;
  /** Words that make the clause a condition, not a command ("what if I cancel?"). */
  condition: string;
  /** Words that undo a command just after it (French "annulez pas"). */
  negationAfter?: string;
  /** Command words a typo of which is read as meant. */
  spellings: readonly string[];
}

/** Whole texts that belong to someone else: Twilio's opt-out and opt-in words, yes, no, help, status. */
const NOT_COMMANDS = new Set<string>([
  ...OPT_OUT_WORDS,
  ...TWILIO_OPT_IN_WORDS,
  'y',
  'no',
  'n',
  'help',
  'info',
  'status',
  'si',
  'oui',
  'non',
  'ayuda',
  'aide',
  'estado',
  'statut',
  'ok',
]);

const WORDS: Readonly<Record<Language, CommandWords>> = {
  en: {
    callOff: [
      "call(?:ing)?\\s+(?:(?:it|this|that|(?:the|my|our|tomorrow'?s)\\s+\\w+)\\s+)?off",
      'cancel\\w*',
      "(?:don'?t|do\\s+not|won'?t|will\\s+not)\\s+need\\s+(?:(?:the|my|that|this|your|our)\\s+(?:visit|appointment|help|helper|worker|booking|carer)|it|anyone|anybody|someone|somebody|you|them|to\\s+come|a\\s+visit)",
      'no\\s+longer\\s+need',
      "(?:don'?t|do\\s+not)\\s+(?:come|send\\s+anyone)",
    ],
    move: [
      'instead',
      'reschedul\\w*',
      'postpone\\w*',
      're-?book\\w*',
      '(?:move|moving|shift|push|bump)\\s+(?:it|this|that|my|the|our|to|back|forward|up)',
      'change\\s+(?:it|that|this|to|the\\s+(?:time|day|date|visit)|my\\s+(?:visit|appointment|booking))',
      '(?:can|could)\\s+(?:we|you)\\s+make\\s+it',
      'make\\s+it\\s+(?:at|on|for|later|earlier|\\d)',
      '(?:another|a\\s+different|other)\\s+(?:time|day|date)',
    ],
    negation: "not|don'?t|do\\s+not|dont|never|no|won'?t|didn'?t|cannot|can'?t",
    condition: 'if|when|whether|unless',
    spellings: ['cancel', 'cancelled', 'canceled', 'reschedule', 'postpone', 'instead'],
  },
  es: {
    callOff: [
      'anul\\w*',
      'cancel\\w+',
      'ya\\s+no\\s+(?:(?:la|lo|los|las)\\s+)?(?:necesito|necesitamos|hace\\s+falta|quiero)',
      'no\\s+(?:(?:la|lo)\\s+)?necesito\\s+(?:la\\s+visita|mas|ya)',
    ],
    move: [
      'en\\s+(?:vez|lugar)\\s+del?',
      'reprogram\\w*',
      'posponer\\w*|pospon\\w*|aplaz\\w*',
      'cambi\\w*\\s+(?:a|al|la|el|de|para|mi|por|lo|la\\s+hora|el\\s+dia)',
      'mover\\w*|mueva\\w*|muevan\\w*|pasar(?:la|lo)?\\s+(?:a|al|para)',
      'mejor\\s+(?:el|la|las|a\\s+las?|para|otro|otra|en|\\d|manana|hoy|{W})',
      'otro\\s+dia|otra\\s+hora|otro\\s+horario',
    ],
    negation: 'no|nunca|tampoco|sin',
    condition: 'si|cuando|cuanto',
    spellings: ['cancelar', 'cancele', 'reprogramar', 'posponer'],
  },
  fr: {
    callOff: [
      'annul\\w*',
      "(?:n'?(?:ai|avons)\\s+)?plus\\s+besoin",
      'pas\\s+besoin\\s+de\\s+(?:la|ma|cette|notre)\\s+visite',
    ],
    move: [
      'deplac\\w*',
      'plutot',
      'a\\s+la\\s+place',
      "chang\\w*\\s+(?:de|d'|l'|la|le|pour|a|au|mon|ma|ca)",
      'report\\w*',
      'decal\\w*',
      'reprogramm\\w*',
      'un\\s+autre\\s+(?:jour|moment|creneau|horaire)|une\\s+autre\\s+(?:heure|date)',
    ],
    negation: "ne|n'|pas|jamais|sans",
    // "si" and not "s'il": "s'il vous plaît, annulez" is a plea.
    condition: 'si|quand|combien',
    negationAfter: 'pas|jamais',
    spellings: ['annuler', 'annulez', 'deplacer', 'deplacez', 'reporter', 'reprogrammer'],
  },
};

const SHORTEST_CORRECTED = 6;
const NEGATION_REACH_WORDS = 3;

interface Grammar {
  callOff: RegExp;
  move: RegExp;
  negationBefore: RegExp;
  conditionBefore: RegExp;
  negationAfter?: RegExp;
}

const grammars = new Map<Language, Grammar>();

function grammarOf(language: Language): Grammar {
  const cached = grammars.get(language);
  if (cached) return cached;
  const words = WORDS[language];
  const weekdays = alternation(VOCABULARY[language].weekdays);
  const any = (sources: readonly string[]) =>
    new RegExp(`\\b(?:${sources.join('|').replaceAll('{W}', `(?:${weekdays})`)})\\b`, 'gu');
  const grammar: Grammar = {
    callOff: any(words.callOff),
    move: any(words.move),
    negationBefore: new RegExp(`(?:^|[\\s'])(?:${words.negation})(?=[\\s']|$)`, 'u'),
    conditionBefore: new RegExp(`(?:^|[\\s'])(?:${words.condition})(?=[\\s']|$)`, 'u'),
    ...(words.negationAfter
      ? { negationAfter: new RegExp(`^\\s*(?:\\S+\\s+)?(?:${words.negationAfter})\\b`, 'u') }
      : {}),
  };
  grammars.set(language, grammar);
  return grammar;
}

/** "cancle" → "cancel": each word of six letters or more one edit from a single command word. */
function spellCommandWords(folded: string, spellings: readonly string[]): string {
  return folded.replace(/[\p{L}]+/gu, (word) => {
    if (word.length < SHORTEST_CORRECTED || spellings.includes(word)) return word;
    const near = spellings.filter((s) => isWithinOneEdit(s, word));
    return near.length === 1 && near[0] ? near[0] : word;
  });
}

/**
 * Whether the command at `index`…`end` is denied: a negation among the three words before it or
 * just after it, or a condition anywhere before it, in its clause (back to a comma or a stop).
 */
function denied(text: string, index: number, end: number, grammar: Grammar): boolean {
  const before =
    text
      .slice(0, index)
      .split(/[,.;:!?]/u)
      .pop() ?? '';
  if (grammar.conditionBefore.test(before)) return true;
  const reach = before.trim().split(/\s+/u).slice(-NEGATION_REACH_WORDS).join(' ');
  if (grammar.negationBefore.test(reach)) return true;
  return grammar.negationAfter?.test(text.slice(end)) ?? false;
}

function says(text: string, pattern: RegExp, grammar: Grammar): boolean {
  for (const match of text.matchAll(pattern)) {
    if (!denied(text, match.index, match.index + match[0].length, grammar)) return true;
  }
  return false;
}

export function readVisitCommand(text: string, language: Language): VisitCommand | undefined {
  if (text.length > 320) return undefined;
  const folded = createScan(text).folded;
  const bare = folded.replace(/[^\p{L}\p{N}\s']/gu, ' ').trim();
  if (bare === '' || NOT_COMMANDS.has(bare)) return undefined;
  const grammar = grammarOf(language);
  const spelt = spellCommandWords(folded, WORDS[language].spellings);
  if (says(spelt, grammar.move, grammar)) return 'move';
  if (says(spelt, grammar.callOff, grammar)) return 'call_off';
  return undefined;
}

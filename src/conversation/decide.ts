import { noteOf } from './note';
import { hoursWorked, lateMinutes } from './quantities';
import type { Action, Reading } from './reading';
import type { Intent, Language, ParseResult, Several, UnclearReason } from './types';
import type { Match } from './vocabulary';

type Info = 'status' | 'hours' | 'record' | 'help';

const POSITIVE: readonly Action[] = ['yes', 'here', 'done', 'late'];
const NEGATIVE: readonly Action[] = ['no', 'drop', 'unwell'];
/** What may stand beside being unwell: "can't make it, I'm sick", "DROP, me siento mal". */
const UNWELL_WITH: readonly Action[] = ['unwell', 'no', 'drop'];

function isInfo(action: Action | undefined): action is Info {
  return action === 'status' || action === 'hours' || action === 'record' || action === 'help';
}

export function unclear(reason: UnclearReason, language?: Language): ParseResult {
  return language ? { kind: 'unclear', reason, language } : { kind: 'unclear', reason };
}

export function understood(intent: Intent, language?: Language): ParseResult {
  return language ? { kind: 'intent', intent, language } : { kind: 'intent', intent };
}

/**
 * The one action a reply carries when the actions it mentions agree. Arrival and completion
 * outrank a plain yes ("yes I'm here" is here) and absorb a late notice ("done, was 10 min
 * late" is done); DROP absorbs a no ("no, drop it"), and being unwell absorbs both ("can't make
 * it, I'm sick"). Beside another action a command word is only a noun ("NO K7P wrong hours").
 */
function chooseAction(actions: ReadonlySet<Action>): Action | undefined {
  const info = [...actions].filter(isInfo);
  if (info.length === actions.size) return info.length === 1 ? info[0] : undefined;
  if (actions.has('intro')) return actions.size === 1 ? 'intro' : undefined;
  if (actions.has('unwell')) {
    return [...actions].every((action) => UNWELL_WITH.includes(action)) ? 'unwell' : undefined;
  }
  if (actions.has('drop')) return 'drop';
  if (actions.has('no')) return 'no';
  if (actions.has('done')) return actions.has('here') ? undefined : 'done';
  if (actions.has('here')) return 'here';
  if (actions.has('yes')) return 'yes';
  return actions.has('late') ? 'late' : undefined;
}

function keywords(reading: Reading, action: Action): readonly Match[] {
  return reading.actions.get(action) ?? [];
}

function spanned(matches: readonly { start: number; end: number }[]): Set<number> {
  const indices = new Set<number>();
  for (const { start, end } of matches) {
    for (let index = start; index < end; index += 1) indices.add(index);
  }
  return indices;
}

/**
 * A yes books someone, so every other word must be accounted for: thanks and greetings, or
 * a late notice ("yes but I'll be 10 min late"). Anything else ("yes for my brother", "yes
 * but only till 2") leaves the reply unclear.
 */
function isPlainYes(reading: Reading): boolean {
  const late = keywords(reading, 'late');
  if (reading.flags.has('contrast') && late.length === 0) return false;
  if (reading.unknown.length > 0 || [...reading.actions.keys()].some(isInfo)) return false;
  const lateNumber = late.length > 0 ? lateMinutes(reading, late).quantity : undefined;
  return reading.quantities.every((quantity) => quantity === lateNumber);
}

function intentFor(
  action: Action,
  text: string,
  reading: Reading,
  code: string | undefined,
): Intent | undefined {
  const coded = code ? { code } : {};
  switch (action) {
    case 'status':
    case 'hours':
    case 'record':
    case 'help':
    case 'intro':
      return { type: action };
    case 'no':
    case 'here':
    case 'drop':
      return { type: action, ...coded };
    case 'unwell':
      return { type: 'drop', reason: 'unwell', ...coded };
    case 'yes':
      return isPlainYes(reading) ? { type: 'yes', ...coded } : undefined;
    case 'late': {
      const { value } = lateMinutes(reading, keywords(reading, 'late'));
      return { type: 'late', ...(value === undefined ? {} : { minutes: value }), ...coded };
    }
    case 'done': {
      const done = keywords(reading, 'done');
      const { value, quantity } = hoursWorked(reading, done);
      const used = spanned([...done, ...(quantity ? [quantity] : [])]);
      for (const { index } of reading.codes) used.add(index);
      const note = noteOf(text, reading, used);
      return {
        type: 'done',
        ...(value === undefined ? {} : { hours: value }),
        ...(note === undefined ? {} : { note }),
        ...coded,
      };
    }
  }
}

/** Turns what the words say into one intent, or the reason the reply is unclear. */
export function decide(text: string, reading: Reading): ParseResult {
  const { flags, language } = reading;
  const actions = new Set(reading.actions.keys());
  if (flags.has('stopword')) return unclear('ambiguous', language);
  if (flags.has('question')) {
    const [only] = actions;
    return actions.size === 1 && isInfo(only)
      ? understood({ type: only }, language)
      : unclear('question', language);
  }
  if (flags.has('hedge') || flags.has('idiom')) return unclear('ambiguous', language);
  const said = new Set([...actions, ...reading.asides.map((m) => m.meaning)]);
  const positive = POSITIVE.some((action) => said.has(action));
  const negative = NEGATIVE.some((action) => said.has(action)) || flags.has('negation');
  if (positive && negative) return unclear('conflicting', language);
  if (actions.size === 0) return unclear('unknown', language);
  const codes = [...new Set(reading.codes.map(({ code }) => code))];
  const action = chooseAction(actions);
  if (!action || (flags.has('negation') && isInfo(action))) return unclear('ambiguous', language);
  // Being unwell frees the place at once, with no question back: never when the text qualifies
  // it ("I have a headache but I'll try", "estoy resfriado pero voy").
  if (action === 'unwell' && flags.has('contrast')) return unclear('ambiguous', language);
  const several = severalOf(codes, flags);
  const mixed = codes.length === 1 && (flags.has('both') || flags.has('all'));
  if (mixed || (several && action !== 'yes' && action !== 'no')) {
    return unclear('ambiguous', language);
  }
  const intent = intentFor(action, text, reading, several ? undefined : codes[0]);
  if (!intent) return unclear('ambiguous', language);
  return understood(several ? { ...intent, ...several } : intent, language);
}

/** "YES UR4 9E6", "yes to both", "oui pour tous": one answer to several prompts. */
function severalOf(codes: readonly string[], flags: Reading['flags']): Several | undefined {
  if (codes.length > 1) return { codes };
  if (codes.length === 1) return undefined;
  if (flags.has('all')) return { each: 'all' };
  return flags.has('both') ? { each: 'both' } : undefined;
}

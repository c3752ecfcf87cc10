import { read } from './reading';
import { tokenise } from './tokenise';
import type { ParseResult } from './types';

export type PersonNeeded = 'question' | 'condition';

/**
 * Whether an unclear reply asks something only a person can answer: a question ("how long is
 * it?", "what's the address?") or a yes with a condition attached by an "if" or a "but" ("yes if
 * I can leave by 3", "yes but not after 2", "oui si je peux partir à 15h"). Pure. A hedge alone
 * ("maybe") or a yes beside words not understood ("YES ZZZ") get the usual "not understood".
 */
export function needsAPerson(text: string, parsed: ParseResult): PersonNeeded | undefined {
  if (parsed.kind !== 'unclear') return undefined;
  if (parsed.reason === 'question') return 'question';
  if (parsed.reason !== 'ambiguous' && parsed.reason !== 'conflicting') return undefined;
  const reading = read(tokenise(text));
  const attached = reading.flags.has('hedge') || reading.flags.has('contrast');
  return reading.actions.has('yes') && attached ? 'condition' : undefined;
}

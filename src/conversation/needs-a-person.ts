import { read } from './reading';
import { tokenise } from './tokenise';
import type { ParseResult } from './types';

export type PersonNeeded = 'question' | 'condition';

/**
 * Whether an unclear reply asks something only a person can answer: a question ("how long is
 * it?", "what's the address?") or a yes with a condition attached ("yes if I can leave by 3",
 * "yes but not after 2", "sí si puedo salir a las 3"). Pure. A hedge alone ("maybe") or words
 * not understood are not: they get the usual "not understood".
 */
export function needsAPerson(text: string, parsed: ParseResult): PersonNeeded | undefined {
  if (parsed.kind !== 'unclear') return undefined;
  if (parsed.reason === 'question') return 'question';
  if (parsed.reason !== 'ambiguous' && parsed.reason !== 'conflicting') return undefined;
  return read(tokenise(text)).actions.has('yes') ? 'condition' : undefined;
}

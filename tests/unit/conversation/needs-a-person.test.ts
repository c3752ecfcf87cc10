import { needsAPerson } from '../../../src/conversation/needs-a-person';
import { parseReply } from '../../../src/conversation/parse-reply';

const need = (text: string) => needsAPerson(text, parseReply(text));

describe('needsAPerson: what only a person can answer', () => {
  it.each([
    ['yes if I can leave by 3', 'condition'],
    ['yes but only until 2', 'condition'],
    ['yes as long as I can leave by 3', 'condition'],
    ['sí, pero solo hasta las 2', 'condition'],
    ['oui mais seulement le matin', 'condition'],
    ['how long is it?', 'question'],
    ["what's the address?", 'question'],
    ['¿cuál es la dirección?', 'question'],
    ["c'est où ?", 'question'],
  ])('%s → %s', (text, expected) => {
    expect(need(text)).toBe(expected);
  });

  it.each(['maybe', 'YES ZZZ', 'yes, for my brother', 'hello', 'yes', 'no', 'my hours?'])(
    '%s → nothing to hand over',
    (text) => {
      expect(need(text)).toBeUndefined();
    },
  );
});

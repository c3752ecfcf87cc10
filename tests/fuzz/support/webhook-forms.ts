import fc from 'fast-check';
import { anyText, hostileText, OPERATOR_WORDS } from './hostile-values';

/** A form as sent: name/value pairs in order, names possibly repeated. */
export type FormPairs = [string, string][];

/** What express's urlencoded parser makes of the pairs: a repeated name becomes an array. */
export function parsedForm(pairs: FormPairs): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const [name, value] of pairs) {
    const seen = Object.hasOwn(form, name) ? form[name] : undefined;
    form[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return form;
}

export const encodeForm = (pairs: FormPairs): string => new URLSearchParams(pairs).toString();

export const messageSid = (n: number) => `SM${n.toString(16).padStart(32, '0')}`;

/** Field names an injection would use: `From[$ne]`, `Body[$gt]`, `$where`, `From.$ne`... */
const injectedName = (fields: string[]) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...fields), fc.constantFrom(...OPERATOR_WORDS))
      .chain(([field, op]) =>
        fc.constantFrom(`${field}[${op}]`, `${field}.${op}`, `${field}[]`, `${field}[0]`),
      ),
    fc.constantFrom(...OPERATOR_WORDS.filter((word) => word !== '__proto__')),
  );

export type Mutation =
  | { kind: 'drop'; field: string }
  | { kind: 'duplicate'; field: string; value: string | null }
  | { kind: 'replace'; field: string; value: string }
  | { kind: 'inject'; name: string; value: string };

const mutation = (fields: string[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...fields) }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      field: fc.constantFrom(...fields),
      value: fc.option(hostileText),
    }),
    fc.record({
      kind: fc.constant('replace' as const),
      field: fc.constantFrom(...fields),
      value: hostileText,
    }),
    fc.record({
      kind: fc.constant('inject' as const),
      name: injectedName(fields),
      value: fc.oneof(hostileText, anyText()),
    }),
  );

function applyMutation(pairs: FormPairs, change: Mutation): FormPairs {
  switch (change.kind) {
    case 'drop':
      return pairs.filter(([name]) => name !== change.field);
    case 'duplicate': {
      const original = pairs.find(([name]) => name === change.field)?.[1] ?? '';
      return [...pairs, [change.field, change.value ?? original]];
    }
    case 'replace':
      return pairs.map(([name, value]) => [name, name === change.field ? change.value : value]);
    case 'inject':
      return [...pairs, [change.name, change.value]];
  }
}

/** One to four changes to a form's fields: most make a well-formed form malformed. */
export const formMutations = (fields: string[]) =>
  fc.array(mutation(fields), { minLength: 1, maxLength: 4 });

export const mutate = (wellFormed: FormPairs, changes: Mutation[]): FormPairs =>
  changes.reduce(applyMutation, wellFormed);

/** Any pairs at all: random names (some injected), random values, repeats allowed. */
export const randomPairs = (fields: string[]) =>
  fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...fields), injectedName(fields), anyText(12)), hostileText),
    { maxLength: 12 },
  );

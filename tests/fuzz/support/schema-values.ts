import fc from 'fast-check';
import type { z } from 'zod';
import { anyText, injectionText, OPERATOR_WORDS } from './hostile-values';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Keys a map field is fuzzed with: `$` operators, dotted paths, anything. */
const hostileKey = fc.oneof(fc.constantFrom(...OPERATOR_WORDS, 'a.b', '$', ''), anyText(10));

/** An enum-keyed map gets its members (to pass); a string-keyed one gets hostile keys too. */
const mapKey = (keyType: z.ZodType): fc.Arbitrary<string> => {
  const def = defOf(keyType);
  return def.type === 'enum'
    ? fc.constantFrom(...Object.values(def.entries!).map(String))
    : fc.oneof(fc.string({ maxLength: 10 }), hostileKey);
};

/**
 * Values shaped like the schema (the right enum members, objects with the right fields, maps
 * with the right key kind), with `scalar` at the leaves and hostile keys in every map: values
 * that get past validation to the database, carrying what the database must never store.
 */
export function shapedValue(
  schema: z.ZodType,
  scalar: fc.Arbitrary<unknown>,
  depth = 0,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (next: z.ZodType) => shapedValue(next, scalar, depth + 1);
  if (depth > 4) return scalar;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return inner(def.innerType!);
    case 'pipe':
      return inner(def.in!);
    case 'union':
      return fc.oneof(...def.options!.map(inner));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'string':
      return fc.oneof(scalar, injectionText);
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 1_440 }), scalar);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(inner(def.element!), { maxLength: 3 });
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries(def.shape!).map(([name, field]) => [name, inner(field)])),
        { requiredKeys: [] },
      );
    case 'record':
      return fc.dictionary(mapKey(def.keyType!), inner(def.valueType!), {
        maxKeys: 3,
      });
    default:
      return scalar;
  }
}

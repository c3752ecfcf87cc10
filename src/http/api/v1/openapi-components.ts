import { z } from 'zod';

type Json = Record<string, unknown>;

const COMPONENT = '#/components/schemas/';

/**
 * A tuple whose places all have one schema becomes `items` with a fixed length: the same
 * values, in the form every OpenAPI tool reads (Spectral refused `prefixItems` with `items: false`).
 */
function plainTuples(ctx: { jsonSchema: Json }): void {
  const schema = ctx.jsonSchema;
  const places = schema.prefixItems as Json[] | undefined;
  if (!places?.length) return;
  const first = JSON.stringify(places[0]);
  if (!places.every((place) => JSON.stringify(place) === first)) return;
  schema.items = places[0];
  delete schema.prefixItems;
}

/** Rewrites every `$ref` to `#/$defs/X` as a component reference, under X's final name. */
function withRefs(value: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withRefs(item, names));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Json).map(([key, inner]) => {
    if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
      const id = inner.slice('#/$defs/'.length);
      return [key, COMPONENT + (names.get(id) ?? id)];
    }
    return [key, withRefs(inner, names)];
  });
  return Object.fromEntries(entries);
}

/**
 * The document's named schemas. Each zod schema with `.meta({ id })` becomes one component,
 * referenced wherever it is used; a schema that reads differently as a request (defaults
 * optional, extra fields allowed) than as a response gets a second component, `<id>Input`.
 */
export class Components {
  readonly schemas: Record<string, Json> = {};

  /** The JSON Schema of `schema` for a request (`input`) or a response (`output`). */
  schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
    const converted = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      override: plainTuples,
    }) as Json;
    const { $defs, $schema: _dialect, ...root } = converted;
    const defs = ($defs ?? {}) as Record<string, Json>;
    const names = this.namesFor(defs, io);
    for (const [id, def] of Object.entries(defs)) {
      this.schemas[names.get(id)!] = withRefs(def, names) as Json;
    }
    return withRefs(root, names) as Json;
  }

  /** Each def's component name: its id, or `<id>Input` when the id is taken by another shape. */
  private namesFor(defs: Record<string, Json>, io: 'input' | 'output'): Map<string, string> {
    const names = new Map(Object.keys(defs).map((id) => [id, id]));
    for (let changed = true; changed;) {
      changed = false;
      for (const [id, def] of Object.entries(defs)) {
        const name = names.get(id)!;
        const taken = this.schemas[name];
        if (!taken || JSON.stringify(taken) === JSON.stringify(withRefs(def, names))) continue;
        if (io === 'output' || name.endsWith('Input'))
          throw new Error(`two different schemas are named ${id} in the OpenAPI document`);
        names.set(id, `${id}Input`);
        changed = true;
      }
    }
    return names;
  }
}

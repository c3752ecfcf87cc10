import type { z } from 'zod';
import { API_RESOURCES } from '../../../src/http/api/v1';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths inside `schema` where zod would fill in a value the caller did not send. */
function defaultsIn(schema: z.ZodType, path = ''): string[] {
  const def = defOf(schema);
  if (def.type === 'default' || def.type === 'prefault') return [path || '(body)'];
  type Child = readonly [string, z.ZodType | undefined];
  const children: Child[] = [
    ...Object.entries(def.shape ?? {}).map(([key, field]): Child => [`${path}.${key}`, field]),
    [path, def.innerType],
    [`${path}[]`, def.element],
    ...(def.options ?? []).map((option): Child => [path, option]),
    ...(def.items ?? []).map((item, i): Child => [`${path}[${i}]`, item]),
    [`${path}{}`, def.valueType],
    [path, def.in],
    [path, def.out],
    [path, def.left],
    [path, def.right],
  ];
  return children.flatMap(([at, child]) => (child ? defaultsIn(child, at) : []));
}

describe('PATCH bodies', () => {
  const patches = API_RESOURCES.flatMap((r) => r.routes).filter((r) => r.method === 'patch');

  it('exist on several routes', () => {
    expect(patches.length).toBeGreaterThanOrEqual(5);
  });

  it.each(patches.map((route) => [route.path, route] as const))(
    'PATCH %s fills in no default for a field left out',
    (_path, route) => {
      expect(defaultsIn(route.body!)).toEqual([]);
    },
  );
});

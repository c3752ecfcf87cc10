/**
 * The shape of a query as an index sees it: the collection, each filtered field with how it is
 * matched (equality or range, in MongoDB's ESR sense) and the sort. Values are dropped: two
 * queries that differ only in values have one shape. A filter with `$or` has one shape per
 * branch, each with the fields around the `$or`, since MongoDB needs an index for each branch.
 */
export interface FieldMatch {
  field: string;
  /** `eq`: a value, `$eq`, `$in`, `$all`; `range`: everything else ($gt, $ne, $regex, $exists…). */
  kind: 'eq' | 'range';
  /** True when a document without the field may match (null, $exists: false, $ne…): a sparse index cannot answer it. */
  matchesMissing: boolean;
}

export type SortKey = [field: string, direction: 1 | -1];

export interface QueryShape {
  collection: string;
  /** The command: find, update, delete, findAndModify, aggregate, distinct, count. */
  operation: string;
  /** Sorted by field name. */
  filter: FieldMatch[];
  sort: SortKey[];
}

type Doc = Record<string, unknown>;

const isDoc = (value: unknown): value is Doc => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const hasOperators = (value: Doc) => Object.keys(value).some((key) => key.startsWith('$'));

const EQUALITY_OPERATORS = new Set(['$eq', '$in', '$all']);

/** How one field's condition matches: `{ a: 1 }`, `{ a: { $in: [...] } }`, `{ a: { $gt: 1 } }`… */
function matchOf(field: string, condition: unknown): FieldMatch[] {
  if (!isDoc(condition) || !hasOperators(condition)) {
    return [
      {
        field,
        kind: condition instanceof RegExp ? 'range' : 'eq',
        matchesMissing: condition === null || condition === undefined,
      },
    ];
  }
  const elemMatch = condition.$elemMatch;
  if (isDoc(elemMatch) && !hasOperators(elemMatch)) {
    // { roles: { $elemMatch: { organisation: x } } } matches on roles.organisation.
    return alternativesOf(elemMatch, `${field}.`).flat();
  }
  const operators = Object.entries(condition);
  const equality = operators.some(([op]) => EQUALITY_OPERATORS.has(op));
  const matchesMissing = operators.every(
    ([op, value]) =>
      (op === '$eq' && value === null) ||
      (op === '$in' && Array.isArray(value) && value.includes(null)) ||
      (op === '$exists' && !value) ||
      op === '$ne' ||
      op === '$nin' ||
      op === '$not',
  );
  return [{ field, kind: equality ? 'eq' : 'range', matchesMissing }];
}

/** Two conditions on one field (around and inside an `$or`, or in `$and`): both must hold. */
function merge(matches: FieldMatch[]): FieldMatch[] {
  const byField = new Map<string, FieldMatch>();
  for (const match of matches) {
    const seen = byField.get(match.field);
    byField.set(
      match.field,
      seen
        ? {
            field: match.field,
            kind: seen.kind === 'eq' || match.kind === 'eq' ? 'eq' : 'range',
            matchesMissing: seen.matchesMissing && match.matchesMissing,
          }
        : match,
    );
  }
  return [...byField.values()].sort((a, b) => a.field.localeCompare(b.field));
}

/** Every combination of one alternative from each list (AND of ORs). */
function combine(lists: FieldMatch[][][]): FieldMatch[][] {
  return lists.reduce<FieldMatch[][]>(
    (acc, alternatives) => acc.flatMap((left) => alternatives.map((right) => [...left, ...right])),
    [[]],
  );
}

/** The filter as alternatives (one per `$or` branch), each a list of field matches. */
function alternativesOf(filter: Doc, prefix = ''): FieldMatch[][] {
  const parts: FieldMatch[][][] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$or' && Array.isArray(value)) {
      parts.push(value.flatMap((branch) => (isDoc(branch) ? alternativesOf(branch, prefix) : [])));
    } else if (key === '$and' && Array.isArray(value)) {
      parts.push(combine(value.map((part) => (isDoc(part) ? alternativesOf(part, prefix) : [[]]))));
    } else if (key === '$comment') {
      continue;
    } else if (key.startsWith('$')) {
      // $nor, $expr, $where, $text: no index bound comes from them; named so the report shows it.
      parts.push([[{ field: key, kind: 'range', matchesMissing: true }]]);
    } else {
      parts.push([matchOf(`${prefix}${key}`, value)]);
    }
  }
  return combine(parts).map(merge);
}

/** The driver sends a sort as a Map (it keeps the keys' order); a raw command may hold a document. */
function sortOf(sort: unknown): SortKey[] {
  const entries =
    sort instanceof Map
      ? [...(sort as Map<string, unknown>)]
      : isDoc(sort)
        ? Object.entries(sort)
        : [];
  return entries.map(([field, direction]) => [
    field,
    direction === -1 || direction === 'desc' || direction === 'descending' ? -1 : 1,
  ]);
}

function shapes(collection: string, operation: string, filter: unknown, sort?: unknown) {
  return alternativesOf(isDoc(filter) ? filter : {}).map((fields): QueryShape => ({
    collection,
    operation,
    filter: fields,
    sort: sortOf(sort),
  }));
}

/** An aggregation reads what its leading $match (and $sort) select; anything else reads it all. */
function pipelineShapes(collection: string, pipeline: unknown): QueryShape[] {
  const stages = Array.isArray(pipeline) ? pipeline.filter(isDoc) : [];
  const matches: Doc[] = [];
  let sort: unknown;
  for (const stage of stages) {
    if (isDoc(stage.$match) && sort === undefined) matches.push(stage.$match);
    else if (stage.$sort !== undefined && sort === undefined) sort = stage.$sort;
    else break;
  }
  return shapes(collection, 'aggregate', matches.length > 0 ? { $and: matches } : {}, sort);
}

/** The query shapes a command sent to the server reads by; none for inserts and admin commands. */
export function shapesOfCommand(command: Doc): QueryShape[] {
  const [name] = Object.keys(command);
  const collection = name === undefined ? undefined : command[name];
  if (name === undefined || typeof collection !== 'string') return [];
  const statements = (key: string) =>
    (Array.isArray(command[key]) ? (command[key] as unknown[]) : []).filter(isDoc);
  switch (name) {
    case 'find':
      return shapes(collection, name, command.filter, command.sort);
    case 'findAndModify':
      return shapes(collection, name, command.query, command.sort);
    case 'update':
      return statements('updates').flatMap((s) => shapes(collection, name, s.q));
    case 'delete':
      return statements('deletes').flatMap((s) => shapes(collection, name, s.q));
    case 'distinct':
      return shapes(collection, name, command.query);
    case 'count':
      // Without a query the server answers from the collection's metadata.
      return isDoc(command.query) && Object.keys(command.query).length > 0
        ? shapes(collection, name, command.query)
        : [];
    case 'aggregate':
      return pipelineShapes(collection, command.pipeline);
    default:
      return [];
  }
}

/** One line for a report: `offers find {person: eq, expiresAt: range} sort {expiresAt: 1}`. */
export function describeShape(shape: QueryShape): string {
  const filter = shape.filter.map((m) => `${m.field}: ${m.kind}`).join(', ');
  const sort = shape.sort.map(([field, direction]) => `${field}: ${direction}`).join(', ');
  return `${shape.collection} ${shape.operation} {${filter}}${sort ? ` sort {${sort}}` : ''}`;
}

import type { Connection } from 'mongoose';

/** Paths (collection/id/key.key) of every stored key starting with `$`, in every collection. */
export async function storedDollarKeys(connection: Connection): Promise<string[]> {
  const found: string[] = [];
  const collections = await connection.db!.listCollections().toArray();
  for (const { name } of collections) {
    const documents = await connection.db!.collection(name).find({}).toArray();
    for (const document of documents)
      collectDollarKeys(document, `${name}/${String(document._id)}`, found);
  }
  return found;
}

function collectDollarKeys(value: unknown, path: string, found: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectDollarKeys(item, `${path}.${index}`, found));
    return;
  }
  if (!isPlainRecord(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('$')) found.push(`${path}.${key}`);
    collectDollarKeys(inner, `${path}.${key}`, found);
  }
}

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

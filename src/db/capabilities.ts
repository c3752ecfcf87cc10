import type { Connection } from 'mongoose';

/** What the connected MongoDB-compatible server can do that not all of them can. */
export interface ServerCapabilities {
  server: string;
  version: string;
  ttlIndexes: boolean;
  partialIndexes: boolean;
  transactions: boolean;
}

export async function detectCapabilities(connection: Connection): Promise<ServerCapabilities> {
  const admin = connection.db!.admin();
  const info = (await admin.command({ buildInfo: 1 })) as {
    version: string;
    ferretdbVersion?: string;
  };
  if (info.ferretdbVersion) {
    // FerretDB 1.x: no TTL or partial indexes, no transactions, findAndModify is read-then-write.
    return {
      server: 'ferretdb',
      version: info.ferretdbVersion,
      ttlIndexes: false,
      partialIndexes: false,
      transactions: false,
    };
  }
  const hello = (await admin.command({ hello: 1 })) as { setName?: string; msg?: string };
  const replicated = Boolean(hello.setName) || hello.msg === 'isdbgrid';
  return {
    server: 'mongodb',
    version: info.version,
    ttlIndexes: true,
    partialIndexes: true,
    transactions: replicated,
  };
}

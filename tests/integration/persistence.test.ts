import mongoose, { type Connection } from 'mongoose';
import { connectMongo } from '../../src/db/connect';
import { detectCapabilities } from '../../src/db/capabilities';
import { ensureIndexes } from '../../src/db/indexes';
import { StartupError } from '../../src/startup-error';
import { testConfig, testLogger } from '../support/env';

describe('persistence on the test server', () => {
  const config = testConfig();
  const log = testLogger(config);
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectMongo(config.MONGODB_URI, log);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('rejects a duplicate on a unique index with code 11000', async () => {
    const Seat = connection.model(
      'Seat',
      new mongoose.Schema({ shift: String, seat: Number }).index(
        { shift: 1, seat: 1 },
        { unique: true },
      ),
    );
    await ensureIndexes(connection, await detectCapabilities(connection), [], log);
    await Seat.create({ shift: 's1', seat: 1 });
    await expect(Seat.create({ shift: 's1', seat: 1 })).rejects.toMatchObject({ code: 11000 });
    await Seat.create({ shift: 's1', seat: 2 });
    expect(await Seat.countDocuments()).toBe(2);
  });

  it('gives one insert of many racing for the same key', async () => {
    const Claim = connection.model(
      'Claim',
      new mongoose.Schema({ entity: String, version: Number }).index(
        { entity: 1, version: 1 },
        { unique: true },
      ),
    );
    await ensureIndexes(connection, await detectCapabilities(connection), [], log);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => Claim.create({ entity: 'e', version: 2 })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('skips an unsupported conditional index with a warning, and creates it where supported', async () => {
    const capabilities = await detectCapabilities(connection);
    const warnings: string[] = [];
    const spyLog = {
      ...log,
      warn: (_o: unknown, msg: string) => warnings.push(msg),
    } as unknown as typeof log;
    await ensureIndexes(
      connection,
      capabilities,
      [
        {
          collection: 'expiring',
          fields: { at: 1 },
          options: { expireAfterSeconds: 60 },
          needs: 'ttlIndexes',
          fallback: 'sweeper',
        },
      ],
      spyLog,
    );
    const indexes = await connection
      .db!.collection('expiring')
      .indexes()
      .catch(() => []);
    const hasTtl = indexes.some((index) => index.expireAfterSeconds === 60);
    expect(hasTtl).toBe(capabilities.ttlIndexes);
    expect(warnings.length > 0).toBe(!capabilities.ttlIndexes);
  });

  it('fails with one clear StartupError when the server is not reachable', async () => {
    const attempt = connectMongo('mongodb://user:pw@127.0.0.1:1/x', log, {
      attempts: 2,
      delayMs: 10,
      serverSelectionTimeoutMS: 200,
    });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(
      /MongoDB is not reachable at mongodb:\/\/user:\*\*\*@127\.0\.0\.1:1\/x after 2 attempts/,
    );
  });
});

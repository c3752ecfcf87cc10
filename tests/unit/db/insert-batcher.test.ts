import { Mongoose, Schema } from 'mongoose';
import { insertOne } from '../../../src/db/insert-batcher';

/** A model on a connection that never opens: its collection's insertMany is the test's. */
function modelInsertingWith(insertMany: (docs: object[]) => Promise<unknown>) {
  const mongoose = new Mongoose();
  const model = mongoose.model(`Thing${Math.random()}`, new Schema({ name: String }));
  Object.assign(model.collection, { insertMany });
  return model;
}

/** Shaped as the driver's MongoBulkWriteError of an unordered insertMany. */
const bulkError = (insertedCount: number, writeErrors: object[]) =>
  Object.assign(new Error('bulk write failed'), { writeErrors, result: { insertedCount } });

describe('inserts that share one command', () => {
  it('rejects only the document a unique index refused, and resolves the others', async () => {
    // A unique index refuses every "taken"; the command stores the rest.
    const model = modelInsertingWith(async (docs) => {
      const refused = docs.flatMap((doc, index) =>
        (doc as { name: string }).name === 'taken'
          ? [{ index, code: 11000, errmsg: 'E11000 duplicate key' }]
          : [],
      );
      if (refused.length > 0) throw bulkError(docs.length - refused.length, refused);
    });
    const names = ['one', 'taken', 'two', 'three', 'four'];
    const results = await Promise.allSettled(names.map((name) => insertOne(model, { name })));
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(results[1]).toMatchObject({ reason: { code: 11000 } });
  });

  it('rejects every document when the server accounts for none of them', async () => {
    const model = modelInsertingWith(() => Promise.reject(bulkError(0, [])));
    const results = await Promise.allSettled([
      insertOne(model, { name: 'first' }),
      insertOne(model, { name: 'second' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('rejects every document when the command itself fails', async () => {
    const model = modelInsertingWith(() => Promise.reject(new Error('connection reset')));
    await expect(insertOne(model, { name: 'alone' })).rejects.toThrow('connection reset');
  });
});

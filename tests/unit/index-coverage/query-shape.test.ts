import { Types } from 'mongoose';
import { describeShape, shapesOfCommand } from '../../index-coverage/query-shape';

const describe1 = (command: Record<string, unknown>) => shapesOfCommand(command).map(describeShape);

describe('shapesOfCommand', () => {
  it('reads a find: values become eq or range, the sort is kept in order', () => {
    const command = {
      find: 'offers',
      filter: {
        person: new Types.ObjectId(),
        expiresAt: { $gt: new Date() },
        state: { $in: ['open'] },
      },
      sort: { expiresAt: 1, _id: -1 },
    };
    expect(describe1(command)).toEqual([
      'offers find {expiresAt: range, person: eq, state: eq} sort {expiresAt: 1, _id: -1}',
    ]);
  });

  it('reads the sort the driver sends as a Map, in its order', () => {
    const sort = new Map<string, 1 | -1>([
      ['receivedAt', -1],
      ['_id', 1],
    ]);
    expect(describe1({ find: 'inboundmessages', filter: { person: 1 }, sort })).toEqual([
      'inboundmessages find {person: eq} sort {receivedAt: -1, _id: 1}',
    ]);
  });

  it('makes one shape per $or branch, each with the fields around it', () => {
    const command = {
      find: 'people',
      filter: { organisation: 1, $or: [{ phone: '+1' }, { whatsapp: '+1' }] },
    };
    expect(describe1(command)).toEqual([
      'people find {organisation: eq, phone: eq}',
      'people find {organisation: eq, whatsapp: eq}',
    ]);
  });

  it('reads $and, $elemMatch on fields and a regex as what they match on', () => {
    const command = {
      find: 'people',
      filter: {
        $and: [{ roles: { $elemMatch: { organisation: 1, role: 'worker' } } }, { name: /an/i }],
      },
    };
    expect(describe1(command)).toEqual([
      'people find {name: range, roles.organisation: eq, roles.role: eq}',
    ]);
  });

  it('marks conditions a document without the field can meet', () => {
    const [shape] = shapesOfCommand({
      find: 'x',
      filter: { a: null, b: { $exists: false }, c: { $ne: 1 }, d: 1, e: { $gt: 1, $ne: 5 } },
    });
    expect(shape!.filter.map((m) => [m.field, m.matchesMissing])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
      ['d', false],
      ['e', false],
    ]);
  });

  it('reads every statement of an update or delete, and the query of findAndModify and distinct', () => {
    expect(
      describe1({ update: 'timers', updates: [{ q: { _id: 't1', state: 'pending' }, u: {} }] }),
    ).toEqual(['timers update {_id: eq, state: eq}']);
    expect(describe1({ delete: 'offers', deletes: [{ q: { shift: 1 }, limit: 0 }] })).toEqual([
      'offers delete {shift: eq}',
    ]);
    expect(describe1({ findAndModify: 'shifts', query: { _id: 1 }, sort: { start: 1 } })).toEqual([
      'shifts findAndModify {_id: eq} sort {start: 1}',
    ]);
    expect(describe1({ distinct: 'offers', key: 'person', query: { shift: 1 } })).toEqual([
      'offers distinct {shift: eq}',
    ]);
  });

  it("reads an aggregation's leading $match and $sort, and nothing past them", () => {
    const countDocuments = {
      aggregate: 'shifts',
      pipeline: [{ $match: { organisation: 1 } }, { $group: { _id: 1, n: { $sum: 1 } } }],
    };
    expect(describe1(countDocuments)).toEqual(['shifts aggregate {organisation: eq}']);
    const sorted = {
      aggregate: 'shifts',
      pipeline: [{ $match: { organisation: 1 } }, { $sort: { start: -1 } }, { $match: { x: 1 } }],
    };
    expect(describe1(sorted)).toEqual(['shifts aggregate {organisation: eq} sort {start: -1}']);
    expect(describe1({ aggregate: 'shifts', pipeline: [{ $group: { _id: '$a' } }] })).toEqual([
      'shifts aggregate {}',
    ]);
  });

  it('has no shape for inserts, admin commands and a count the metadata answers', () => {
    expect(shapesOfCommand({ insert: 'offers', documents: [{}] })).toEqual([]);
    expect(shapesOfCommand({ createIndexes: 'offers', indexes: [] })).toEqual([]);
    expect(shapesOfCommand({ aggregate: 1, pipeline: [{ $currentOp: {} }] })).toEqual([]);
    expect(shapesOfCommand({ count: 'offers' })).toEqual([]);
  });

  it('names operators no index can bound, so the report shows them', () => {
    expect(describe1({ find: 'x', filter: { $expr: { $eq: ['$a', '$b'] } } })).toEqual([
      'x find {$expr: range}',
    ]);
  });
});

import { indexServes, isServed, type IndexSpec } from '../../index-coverage/index-serves';
import { shapesOfCommand, type QueryShape } from '../../index-coverage/query-shape';
import { isAllowedScan } from '../../index-coverage/allowed-scans';

const index = (keys: Record<string, 1 | -1>, options: Partial<IndexSpec> = {}): IndexSpec => ({
  keys: Object.entries(keys),
  sparse: false,
  unique: false,
  ...options,
});

const find = (
  filter: Record<string, unknown>,
  sort?: Record<string, 1 | -1>,
  collection = 'c',
): QueryShape => shapesOfCommand({ find: collection, filter, ...(sort && { sort }) })[0]!;

const range = { $gte: 1 };

describe('indexServes (ESR)', () => {
  it('serves equality fields that are its leading keys, in any order', () => {
    const i = index({ a: 1, b: 1, c: 1 });
    expect(indexServes(i, find({ a: 1 }))).toBe(true);
    expect(indexServes(i, find({ b: 1, a: { $in: [1, 2] } }))).toBe(true);
    expect(indexServes(i, find({ b: 1 }))).toBe(false);
  });

  it('refuses a query with a field beyond its prefix, even one more key along', () => {
    const i = index({ a: 1, b: 1, c: 1 });
    expect(indexServes(i, find({ a: 1, c: 1 }))).toBe(false);
    expect(indexServes(index({ a: 1 }), find({ a: 1, b: range }))).toBe(false);
  });

  it('puts the sort after the equality fields and before the ranges', () => {
    const i = index({ state: 1, at: 1 });
    expect(indexServes(i, find({ state: 'pending', at: range }, { at: 1 }))).toBe(true);
    expect(indexServes(i, find({ state: 'pending' }, { at: -1 }))).toBe(true);
    expect(indexServes(i, find({ state: 'pending', at: range }))).toBe(true);
    expect(indexServes(index({ a: 1, r: 1, s: 1 }), find({ a: 1, r: range }, { s: 1 }))).toBe(
      false,
    );
    expect(indexServes(index({ a: 1, s: 1, r: 1 }), find({ a: 1, r: range }, { s: 1 }))).toBe(true);
  });

  it('follows a sort on several keys all along the index or all against it, never mixed', () => {
    const i = index({ a: 1, b: -1 });
    expect(indexServes(i, find({}, { a: 1, b: -1 }))).toBe(true);
    expect(indexServes(i, find({}, { a: -1, b: 1 }))).toBe(true);
    expect(indexServes(i, find({}, { a: 1, b: 1 }))).toBe(false);
  });

  it('ignores a sort on a field matched by equality', () => {
    expect(indexServes(index({ a: 1, b: 1 }), find({ a: 1, b: range }, { a: -1 }))).toBe(true);
  });

  it('wants an equality field before a range one (ESR), not after', () => {
    expect(indexServes(index({ a: 1, b: 1 }), find({ a: range, b: 1 }))).toBe(false);
    expect(indexServes(index({ b: 1, a: 1 }), find({ a: range, b: 1 }))).toBe(true);
  });

  it('serves from a sparse index only a query that cannot match a document without its field', () => {
    const sparse = index({ twilioSid: 1 }, { sparse: true });
    expect(indexServes(sparse, find({ twilioSid: 'SM1' }))).toBe(true);
    expect(indexServes(sparse, find({ twilioSid: null }))).toBe(false);
    expect(indexServes(sparse, find({ twilioSid: { $exists: false } }))).toBe(false);
  });

  it('never serves a query with neither filter nor sort: that is a collection scan', () => {
    expect(indexServes(index({ a: 1 }), find({}))).toBe(false);
  });
});

describe('isServed', () => {
  it('serves anything that names one _id, or every key of a unique index, by equality', () => {
    expect(isServed(find({ _id: 'x', state: range }), [])).toBe(true);
    const unique = index({ twilioSid: 1 }, { unique: true, sparse: true });
    expect(isServed(find({ twilioSid: 'SM1', statusRank: { $lt: 3 } }), [unique])).toBe(true);
    expect(isServed(find({ twilioSid: { $gt: 'SM' }, statusRank: 1 }), [unique])).toBe(false);
  });

  it('serves a sort alone from _id', () => {
    expect(isServed(find({}, { _id: -1 }), [])).toBe(true);
  });
});

describe('isAllowedScan', () => {
  it('allows only the whole-collection reads it names, with neither filter nor sort', () => {
    expect(isAllowedScan(find({}, undefined, 'organisations'))).toBe(true);
    expect(isAllowedScan(find({}, { name: 1 }, 'organisations'))).toBe(false);
    expect(isAllowedScan(find({}, undefined, 'people'))).toBe(false);
  });
});

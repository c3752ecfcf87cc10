import { Types } from 'mongoose';
import { newestFirst, olderThan } from '../../../src/http/api/v1/views/message-order';
import {
  inbound,
  outbound,
  type AnyMessage,
  type InboundDoc,
  type OutboundDoc,
} from '../../../src/http/api/v1/views/message-view';

const at = (minute: number) => new Date(Date.UTC(2026, 5, 6, 12, minute));
const received = (minute: number, body: string): AnyMessage =>
  inbound({ _id: new Types.ObjectId(), receivedAt: at(minute), body } as InboundDoc);
const sent = (minute: number, body: string): AnyMessage =>
  outbound({ _id: new Types.ObjectId(), createdAt: at(minute), body } as OutboundDoc);
const bodies = (messages: AnyMessage[]) => messages.map((m) => m.doc.body);

describe('newestFirst', () => {
  it('interleaves both directions by time, newest first, and keeps the newest', () => {
    const messages = [received(1, 'yes'), received(5, 'here'), sent(0, 'offer'), sent(2, 'booked')];
    expect(bodies(newestFirst(messages, 3))).toEqual(['here', 'booked', 'yes']);
  });

  it('puts a reply recorded in the same instant after the text it answers', () => {
    expect(bodies(newestFirst([sent(3, 'booked'), received(3, 'yes')], 2))).toEqual([
      'booked',
      'yes',
    ]);
  });
});

describe('olderThan', () => {
  const key = (minute: number, direction: 'in' | 'out', id: string) => [
    at(minute),
    direction === 'in' ? 0 : 1,
    id,
  ];

  it('takes, after an outbound text, the inbound texts of its instant: they come before it', () => {
    expect(olderThan(key(3, 'out', 'b'), 'in', 'receivedAt')).toEqual({
      receivedAt: { $lte: at(3) },
    });
    expect(olderThan(key(3, 'out', 'b'), 'out', 'createdAt')).toEqual({
      $or: [{ createdAt: { $lt: at(3) } }, { createdAt: at(3), _id: { $lt: 'b' } }],
    });
  });

  it('takes, after an inbound text, only the outbound texts of earlier instants', () => {
    expect(olderThan(key(3, 'in', 'a'), 'out', 'createdAt')).toEqual({ createdAt: { $lt: at(3) } });
    expect(olderThan(key(3, 'in', 'a'), 'in', 'receivedAt')).toEqual({
      $or: [{ receivedAt: { $lt: at(3) } }, { receivedAt: at(3), _id: { $lt: 'a' } }],
    });
  });
});

import { Types } from 'mongoose';
import { newestFirst, pageOfThread } from '../../../src/http/api/v1/views/message-order';
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

describe('pageOfThread', () => {
  it('takes the newest `limit` when the next older message is at another instant', () => {
    const messages = [sent(0, 'a'), received(1, 'b'), sent(2, 'c')];
    expect(bodies(pageOfThread(messages, 2))).toEqual(['c', 'b']);
  });

  it('stops before an instant the page would split, so paging `before` loses nothing', () => {
    const messages = [sent(0, 'offer'), received(1, 'yes'), sent(1, 'booked'), sent(2, 'later')];
    expect(bodies(pageOfThread(messages, 2))).toEqual(['later']);
  });

  it('splits an instant only when that instant alone fills the page', () => {
    const messages = [received(1, 'a'), sent(1, 'b'), sent(1, 'c')];
    expect(pageOfThread(messages, 2)).toHaveLength(2);
  });

  it('answers every message when there are no more than `limit`', () => {
    expect(bodies(pageOfThread([sent(0, 'a'), received(0, 'b')], 5))).toEqual(['a', 'b']);
  });
});

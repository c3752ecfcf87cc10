import type { AnyMessage } from './message-view';

/**
 * The newest `count` messages of both directions, newest first. In a tie the outbound counts as
 * newer: a reply recorded in the same instant as the text it answers comes after it in a thread.
 */
export function newestFirst(messages: AnyMessage[], count: number): AnyMessage[] {
  return [...messages]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || tieRank(b) - tieRank(a))
    .slice(0, count);
}

const tieRank = (message: AnyMessage) => (message.direction === 'in' ? 0 : 1);

/**
 * One page of a thread going back in time, newest first: at most `limit` of `messages` (which
 * hold at least `limit + 1` of each direction when there are more). The next page is asked for
 * `before` the oldest shown, so a page never ends inside an instant several messages share,
 * unless that instant alone fills it.
 */
export function pageOfThread(messages: AnyMessage[], limit: number): AnyMessage[] {
  const newest = newestFirst(messages, limit + 1);
  const next = newest[limit];
  if (!next) return newest;
  const page = newest.slice(0, limit);
  const whole = page.filter((m) => m.at.getTime() !== next.at.getTime());
  return whole.length > 0 ? whole : page;
}

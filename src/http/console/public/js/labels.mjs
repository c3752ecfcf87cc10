/** Words for the states the API answers with. */

/** The board's groups, in the order a shift moves through them. */
export const PROGRESS = [
  ['open', 'Open'],
  ['unfilled', 'Unfilled'],
  ['filled', 'Filled'],
  ['in_progress', 'In progress'],
  ['awaiting_confirmation', 'Awaiting confirmation'],
  ['confirmed', 'Confirmed'],
  ['disputed', 'Disputed'],
  ['cancelled', 'Cancelled'],
];

const PROGRESS_LABELS = new Map(PROGRESS);

export const progressLabel = (progress) => PROGRESS_LABELS.get(progress) ?? humanise(progress);

export const ALERT_LABELS = {
  no_show: 'No-show',
  escalated: 'Escalated',
  disputed: 'Disputed',
  dropped: 'Dropped',
};

/** checked_in → "checked in". */
export const humanise = (state) => (state ? String(state).replaceAll('_', ' ') : '—');

/**
 * A change of the history or the feed as a sentence: "Ana took place 1", "Aisha did not show".
 * `seat` is the place the person holds, when the caller knows it. A change with no sentence of
 * its own (a state added later) falls back to "Ana · attendance: booked → checked in".
 */
export function describeChange(change, seat) {
  const name = change.person?.name ?? 'Someone';
  const sentence = SENTENCES[change.kind]?.[change.to];
  if (!sentence) {
    const from = change.from ? `${humanise(change.from)} → ` : '';
    return `${change.person ? `${name} · ` : ''}${change.kind}: ${from}${humanise(change.to)}`;
  }
  return typeof sentence === 'function' ? sentence(name, change, seat) : `${name} ${sentence}`;
}

const SENTENCES = {
  offer: {
    held: 'will be offered it when quiet hours end',
    offered: (name) => `Offered to ${name}`,
    claiming: 'said yes',
    accepted: (name, _change, seat) => `${name} took ${seat ? `place ${seat}` : 'a place'}`,
    filled: (name, change) =>
      change.from === 'claiming'
        ? `${name} said yes, but every place was taken`
        : `${name}'s offer closed: every place was taken`,
    declined: 'said no',
    expired: 'did not answer in time',
    withdrawn: (name) => `${name}'s offer was withdrawn: the shift was cancelled`,
  },
  attendance: {
    booked: (name, change) =>
      change.event === 'timer.reminder'
        ? `${name} was reminded`
        : change.from === 'drop_pending'
          ? `${name} kept the place`
          : `${name} is booked`,
    drop_pending: 'asked to drop the place (asked to confirm)',
    nudged: 'has not checked in; asked if coming',
    checked_in: (name, change) =>
      change.event === 'reply.done'
        ? `${name} said DONE without HERE: arrival taken as the start`
        : `${name} arrived`,
    dropped: 'dropped the place',
    no_show: 'did not show',
    arrived_after_no_show: 'arrived after being counted as a no-show',
  },
  completion: {
    working: 'started work',
    done_asked: 'did not say DONE; asked if finished',
    reported: (name, change) =>
      change.event === 'timer.no_done_report'
        ? `No DONE from ${name}: the supervisor was asked to confirm`
        : `${name} said DONE`,
    reminded: (name) => `The supervisor was reminded to confirm ${name}'s hours`,
    escalated: (name) => `${name}'s hours went to the coordinator: the supervisor did not answer`,
    confirmed: (name) => `${name}'s hours were confirmed`,
    disputed: (name) => `${name}'s hours were disputed`,
  },
};

/** How a change came about, in a word: "by text", "automatically", "from the console or API". */
export const CAUSE_LABELS = {
  reply: 'by text',
  timer: 'automatically',
  api: 'from the console or API',
};

/** "2/3 filled". */
export const seatsLabel = (shift) => `${shift.filled}/${shift.places} filled`;

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents, as the API counts money, in dollars: 17200 → $172.00. */
export const dollars = (cents) => money.format(cents / 100);

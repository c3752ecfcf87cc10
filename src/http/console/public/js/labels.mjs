/** Words for the states the API answers with. */

/** The board's groups, in the order a shift moves through them. */
export const PROGRESS = [
  ['open', 'Open'],
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

/** A change of the history or the feed: "Ana · attendance: expected → checked in". */
export function describeChange(change) {
  const who = change.person ? `${change.person.name} · ` : '';
  const from = change.from ? `${humanise(change.from)} → ` : '';
  return `${who}${change.kind}: ${from}${humanise(change.to)}`;
}

/** "2/3 filled". */
export const seatsLabel = (shift) => `${shift.filled}/${shift.places} filled`;

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents, as the API counts money, in dollars: 17200 → $172.00. */
export const dollars = (cents) => money.format(cents / 100);

/**
 * The board's live feed (GET /activity?since=…), newest first; no-shows and escalations stand
 * out, and what arrived since the last look is marked new.
 *
 * data-testid: activity-feed, activity-item (data-shift-id, data-kind, data-to, data-alert),
 * activity-alert.
 */
import { api } from './http.mjs';
import { h } from './dom.mjs';
import { ALERT_LABELS, describeChange } from './labels.mjs';
import { formatInstant } from './time.mjs';

const KEEP = 60;
/** Asks again for a few seconds already seen, so a change written in the same instant as the
 * newest one is not missed; the keys drop what was already shown. */
const OVERLAP_MS = 5_000;

const keyOf = (item) =>
  [item.at, item.shiftId, item.kind, item.person?.id ?? '', item.from ?? '', item.to].join('|');

function feedItem(item, fresh) {
  return h(
    'li',
    {
      class: ['feed-item', item.alert && 'alert', fresh && 'fresh'].filter(Boolean).join(' '),
      'data-testid': 'activity-item',
      'data-shift-id': item.shiftId,
      'data-kind': item.kind,
      'data-to': item.to,
      'data-alert': item.alert,
    },
    h('time', { datetime: item.at, class: 'muted' }, formatInstant(item.at)),
    ' ',
    item.alert && h('strong', { 'data-testid': 'activity-alert' }, ALERT_LABELS[item.alert], ' '),
    h('a', { href: `/console/shift.html?id=${encodeURIComponent(item.shiftId)}` }, item.place),
    h('span', { class: 'feed-change' }, describeChange(item)),
  );
}

/** Returns refresh(): fetches what is new since the newest item seen, and shows it on top. */
export function activityFeed(list) {
  const seen = new Set();
  let since = null;
  let first = true;
  return async function refresh() {
    const query = since ? `?since=${encodeURIComponent(since)}&limit=100` : '?limit=50';
    const { items } = await api(`/activity${query}`);
    const fresh = items.filter((item) => !seen.has(keyOf(item)));
    for (const item of fresh) seen.add(keyOf(item));
    if (items[0]) since = new Date(Date.parse(items[0].at) - OVERLAP_MS).toISOString();
    list.prepend(...fresh.map((item) => feedItem(item, !first)));
    while (list.children.length > KEEP) list.lastElementChild.remove();
    first = false;
  };
}

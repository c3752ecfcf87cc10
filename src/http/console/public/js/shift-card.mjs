/**
 * One shift on the board: a link to its detail page.
 *
 * data-testid: shift-card (data-shift-id, data-progress, data-place), shift-place, shift-time,
 * shift-seats, shift-progress, badge-urgent, badge-no-shows, badge-drops, badge-escalations,
 * badge-disputes, badge-wait-list, badge-shared.
 */
import { h } from './dom.mjs';
import { progressLabel, seatsLabel } from './labels.mjs';
import { formatRange } from './time.mjs';

export const plural = (count, one) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** Each alert the API counts: its field, its badge's test id, and one of it in words. */
export const ALERT_BADGES = [
  ['noShows', 'badge-no-shows', 'no-show'],
  ['drops', 'badge-drops', 'drop'],
  ['escalations', 'badge-escalations', 'escalation'],
  ['disputes', 'badge-disputes', 'dispute'],
];

/** People on a programme shift's wait list, not yet offered a place: "3 waiting for a place". */
export const waitingLabel = (count) => `${count} waiting for a place`;

/** The urgent, alert, wait-list and partner badges a shift deserves. */
export function shiftBadges(shift) {
  return [
    shift.urgent && h('span', { class: 'badge urgent', 'data-testid': 'badge-urgent' }, 'Urgent'),
    ALERT_BADGES.map(([field, testId, one]) =>
      shift.alerts[field] > 0
        ? h(
            'span',
            { class: 'badge alert', 'data-testid': testId },
            plural(shift.alerts[field], one),
          )
        : null,
    ),
    shift.waitListed > 0 &&
      h(
        'span',
        { class: 'badge waiting', 'data-testid': 'badge-wait-list' },
        waitingLabel(shift.waitListed),
      ),
    shift.shared &&
      h(
        'span',
        { class: 'badge', 'data-testid': 'badge-shared', title: 'A partner’s shift: read-only' },
        shift.organisationName,
      ),
  ];
}

export function shiftCard(shift) {
  return h(
    'a',
    {
      class: `shift-card progress-${shift.progress}`,
      href: `/console/shift.html?id=${encodeURIComponent(shift.id)}`,
      'data-testid': 'shift-card',
      'data-shift-id': shift.id,
      'data-progress': shift.progress,
      'data-place': shift.place,
    },
    h('strong', { 'data-testid': 'shift-place' }, shift.place),
    h('span', { 'data-testid': 'shift-time' }, formatRange(shift.start, shift.end)),
    h(
      'span',
      { class: 'card-line' },
      h('span', { 'data-testid': 'shift-seats' }, seatsLabel(shift)),
      h('span', { class: 'muted', 'data-testid': 'shift-progress' }, progressLabel(shift.progress)),
    ),
    h('span', { class: 'badges' }, shiftBadges(shift)),
  );
}

/**
 * One shift on the board: a link to its detail page.
 *
 * data-testid: shift-card (data-shift-id, data-progress, data-place), shift-place, shift-time,
 * shift-seats, shift-progress, badge-urgent, badge-no-shows, badge-escalations, badge-shared.
 */
import { h } from './dom.mjs';
import { progressLabel, seatsLabel } from './labels.mjs';
import { formatRange } from './time.mjs';

const plural = (count, one) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** The urgent, alert and partner badges a shift deserves. */
export function shiftBadges(shift) {
  return [
    shift.urgent && h('span', { class: 'badge urgent', 'data-testid': 'badge-urgent' }, 'Urgent'),
    shift.alerts.noShows > 0 &&
      h(
        'span',
        { class: 'badge alert', 'data-testid': 'badge-no-shows' },
        plural(shift.alerts.noShows, 'no-show'),
      ),
    shift.alerts.escalations > 0 &&
      h(
        'span',
        { class: 'badge alert', 'data-testid': 'badge-escalations' },
        plural(shift.alerts.escalations, 'escalation'),
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

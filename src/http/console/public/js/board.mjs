/**
 * The shift board: today's and upcoming shifts grouped by progress, refreshed every 3 s, the
 * live activity feed, and (coordinators and admins) the new-shift form.
 *
 * data-testid: board, board-exceptions, exception (data-kind, data-count), board-group
 * (data-progress), board-group-count, board-empty,
 * board-error, activity-error, new-shift; the cards' in shift-card.mjs, the feed's in
 * activity-feed.mjs, the form's in new-shift-form.mjs.
 */
import { startPage, hasRole } from './session.mjs';
import { api, apiAll, every } from './http.mjs';
import { byTestId, h, say } from './dom.mjs';
import { PROGRESS } from './labels.mjs';
import { ALERT_BADGES, plural, shiftCard, waitingLabel } from './shift-card.mjs';
import { activityFeed } from './activity-feed.mjs';
import { mountNewShiftForm } from './new-shift-form.mjs';

const REFRESH_MS = 3_000;
const board = byTestId('board');
const exceptions = byTestId('board-exceptions');
const error = byTestId('board-error');
const showError = (failure) => say(error, failure ? failure.message : '');
const activityError = byTestId('activity-error');
const showActivityError = (failure) => say(activityError, failure ? failure.message : '');

function group(progress, label, shifts) {
  return h(
    'section',
    { class: 'board-group', 'data-testid': 'board-group', 'data-progress': progress },
    h(
      'h3',
      {},
      label,
      ' ',
      h('span', { class: 'count', 'data-testid': 'board-group-count' }, String(shifts.length)),
    ),
    shifts.map(shiftCard),
  );
}

function render(shifts) {
  const groups = PROGRESS.map(([progress, label]) => [
    progress,
    label,
    shifts.filter((shift) => shift.progress === progress),
  ]).filter(([, , inGroup]) => inGroup.length > 0);
  board.replaceChildren(
    ...(groups.length > 0
      ? groups.map((args) => group(...args))
      : [
          h('p', { class: 'muted', 'data-testid': 'board-empty' }, 'No shifts today or coming up.'),
        ]),
  );
}

/** Each marker of the exceptions line in words, for its count. */
const WORDS = {
  unfilled: (count) => plural(count, 'unfilled shift'),
  ...Object.fromEntries(ALERT_BADGES.map(([field, , one]) => [field, (n) => plural(n, one)])),
  waitListed: waitingLabel,
  'hand-offs': (count) => plural(count, 'open hand-off'),
};

/**
 * What needs a person, at a glance: the board's unfilled shifts and alerts, summed over its
 * shifts, the people waiting on wait lists, and the open hand-offs (a link to the Requests page).
 * Nothing to show: "Nothing needs you now".
 */
function renderExceptions(shifts, openHandOffs) {
  const sum = (count) => shifts.reduce((total, s) => total + count(s), 0);
  const counts = [
    ['unfilled', shifts.filter((s) => s.progress === 'unfilled').length, 'alert'],
    ...ALERT_BADGES.map(([field]) => [field, sum((s) => s.alerts[field]), 'alert']),
    ['waitListed', sum((s) => s.waitListed), 'waiting'],
    ['hand-offs', openHandOffs, 'alert', '/console/requests.html'],
  ].filter(([, count]) => count > 0);
  const markers = counts.map(([kind, count, look, href]) =>
    h(
      href ? 'a' : 'span',
      {
        class: `badge ${look}`,
        'data-testid': 'exception',
        'data-kind': kind,
        'data-count': count,
        href,
      },
      WORDS[kind](count),
    ),
  );
  exceptions.replaceChildren(
    ...(markers.length > 0 ? markers.flatMap((m) => [m, ' ']) : ['Nothing needs you now.']),
  );
}

let shown = '';
async function refreshBoard() {
  const [items, handOffs] = await Promise.all([
    apiAll('/shifts'),
    api('/hand-offs?open=true&limit=200'),
  ]);
  const answer = JSON.stringify([items, handOffs.items.length]);
  // Redrawn only when something changed, so a card being tapped is not replaced under the finger.
  if (answer !== shown) {
    render(items);
    renderExceptions(items, handOffs.items.length);
  }
  shown = answer;
}

async function start() {
  const session = await startPage();
  if (hasRole(session, 'coordinator')) {
    const details = byTestId('new-shift');
    details.hidden = false;
    await mountNewShiftForm(details.querySelector('[data-new-shift]'), session, refreshBoard);
  }
  void every(REFRESH_MS, refreshBoard, showError);
  void every(REFRESH_MS, activityFeed(byTestId('activity-feed')), showActivityError);
}

start().catch(showError);

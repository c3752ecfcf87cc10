/**
 * The shift board: today's and upcoming shifts grouped by progress, refreshed every 3 s, the
 * live activity feed, and (coordinators and admins) the new-shift form.
 *
 * data-testid: board, board-group (data-progress), board-group-count, board-empty,
 * board-error, activity-error, new-shift; the cards' in shift-card.mjs, the feed's in
 * activity-feed.mjs, the form's in new-shift-form.mjs.
 */
import { startPage, hasRole } from './session.mjs';
import { apiAll, every } from './http.mjs';
import { byTestId, h, say } from './dom.mjs';
import { PROGRESS } from './labels.mjs';
import { shiftCard } from './shift-card.mjs';
import { activityFeed } from './activity-feed.mjs';
import { mountNewShiftForm } from './new-shift-form.mjs';

const REFRESH_MS = 3_000;
const board = byTestId('board');
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

let shown = '';
async function refreshBoard() {
  const items = await apiAll('/shifts');
  const answer = JSON.stringify(items);
  // Redrawn only when something changed, so a card being tapped is not replaced under the finger.
  if (answer !== shown) render(items);
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

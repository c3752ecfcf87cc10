/**
 * One shift (/console/shift.html?id=…), refreshed every 3 s: who was offered it, in what order,
 * in which round (after what) and why; who holds its places and how far they got; its history; and Cancel (coordinators).
 *
 * data-testid: shift-detail (data-shift-id, data-progress), shift-place, shift-time,
 * shift-seats, shift-progress, shift-supervisor, shift-client, shift-error, cancel-shift,
 * cancel-shift-confirm, offer-row (data-offer-id, data-person-name, data-state), offer-rank,
 * offer-round (data-round), offer-state, offer-reasons, assignment-row (data-person-name, data-attendance,
 * data-completion), assignment-covering, released-row (data-person-name, data-attendance),
 * wait-row (data-person-name),
 * assignment-attendance, assignment-completion, assignment-in (data-at),
 * assignment-out (data-at), assignment-minutes,
 * history-row (data-kind, data-to); badges as in shift-card.mjs.
 */
import { startPage, hasRole } from './session.mjs';
import { api, every } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { CAUSE_LABELS, describeChange, humanise, progressLabel, seatsLabel } from './labels.mjs';
import { shiftBadges } from './shift-card.mjs';
import { formatInstant, formatRange, formatTime } from './time.mjs';
import { cardTable, reasonList } from './table.mjs';

const REFRESH_MS = 3_000;
const id = new URLSearchParams(location.search).get('id') ?? '';
const article = byTestId('shift-detail');
const error = byTestId('shift-error');
const showError = (failure) => say(error, failure ? failure.message : '');

/** A table that a narrow screen shows as one card per row, each cell labelled by its heading. */
const table = (caption, headings, rows, empty) => [
  h('h2', {}, caption),
  cardTable(headings, rows, empty),
];

/** "1: when posted", "2: after Ben did not show"; the number alone when the cause is not shown. */
function roundLabel(round) {
  if (round.after) return `${round.round}: after ${describeChange(round.after)}`;
  return round.round === 1 ? '1: when posted' : String(round.round);
}

const offerRow = (rounds) => (offer) =>
  h(
    'tr',
    {
      'data-testid': 'offer-row',
      'data-offer-id': offer.id,
      'data-person-name': offer.person.name,
      'data-state': offer.state,
    },
    h('td', { 'data-testid': 'offer-rank' }, String(offer.rank)),
    h(
      'td',
      { 'data-testid': 'offer-round', 'data-round': offer.round },
      roundLabel(rounds.get(offer.round)),
    ),
    h('td', {}, offer.person.name, offer.urgent && h('span', { class: 'badge urgent' }, 'Urgent')),
    h('td', { 'data-testid': 'offer-state' }, humanise(offer.state)),
    h('td', {}, reasonList(offer.reasons, 'offer-reasons')),
    h('td', { class: 'muted' }, offer.code, ' · until ', formatInstant(offer.expiresAt)),
  );

/** When the worker texted HERE or DONE, and a word when the time was not texted but taken. */
const timeCell = (testId, at, flag) =>
  h(
    'td',
    { 'data-testid': testId, 'data-at': at ?? '' },
    at ? [h('time', { datetime: at }, formatTime(at)), flag && ` (${flag})`] : flag || '—',
  );

/** How a place someone left ended, in words. */
const LEFT = { no_show: 'did not show', dropped: 'dropped the place' };

/** A place someone held before: who, and how it ended. */
const releasedRow = (place) =>
  h(
    'tr',
    {
      class: 'muted',
      'data-testid': 'released-row',
      'data-person-name': place.person.name,
      'data-attendance': place.attendance,
    },
    h('td', {}, String(place.seat)),
    h('td', {}, place.person.name),
    h('td', {}, LEFT[place.attendance] ?? humanise(place.attendance)),
    h('td', { colspan: 4 }, `left ${formatInstant(place.releasedAt)}`),
  );

/** Who holds a place now; `covering`, whom they took it over from, if anyone. */
const assignmentRow = (assignment, covering) =>
  h(
    'tr',
    {
      'data-testid': 'assignment-row',
      'data-person-name': assignment.person.name,
      'data-attendance': assignment.attendance,
      'data-completion': assignment.completion,
    },
    h('td', {}, String(assignment.seat)),
    h(
      'td',
      {},
      assignment.person.name,
      covering &&
        h(
          'span',
          { class: 'muted', 'data-testid': 'assignment-covering' },
          ` covering ${covering}`,
        ),
    ),
    h('td', { 'data-testid': 'assignment-attendance' }, humanise(assignment.attendance)),
    h('td', { 'data-testid': 'assignment-completion' }, humanise(assignment.completion)),
    timeCell('assignment-in', assignment.checkedInAt, assignment.checkInInferred && 'no HERE'),
    timeCell('assignment-out', assignment.finishedAt, assignment.noDone && 'no DONE'),
    h(
      'td',
      { 'data-testid': 'assignment-minutes' },
      assignment.minutes === null ? '—' : `${(assignment.minutes / 60).toFixed(1)} h`,
    ),
  );

/** Someone on a programme shift's wait list: their place in it, or when a place was offered. */
const waitRow = (entry) =>
  h(
    'tr',
    { 'data-testid': 'wait-row', 'data-person-name': entry.person.name },
    h('td', {}, entry.position === null ? '—' : String(entry.position)),
    h('td', {}, entry.person.name),
    h('td', {}, formatInstant(entry.joinedAt)),
    h('td', {}, entry.offeredAt ? formatInstant(entry.offeredAt) : 'waiting'),
  );

/** Each seat's past holders (in the order they left), then who holds it now, covering the last. */
function placeRows(shift) {
  const seats = [...new Set([...shift.releasedPlaces, ...shift.assignments].map((p) => p.seat))];
  return seats
    .sort((a, b) => a - b)
    .flatMap((seat) => {
      const left = shift.releasedPlaces.filter((p) => p.seat === seat);
      const held = shift.assignments.filter((a) => a.seat === seat);
      return [
        ...left.map(releasedRow),
        ...held.map((a) => assignmentRow(a, left.at(-1)?.person.name)),
      ];
    });
}

const historyRow = (seats) => (entry) =>
  h(
    'li',
    { 'data-testid': 'history-row', 'data-kind': entry.kind, 'data-to': entry.to },
    h('time', { datetime: entry.at, class: 'muted' }, formatInstant(entry.at)),
    ' ',
    describeChange(entry, entry.person && seats.get(entry.person.id)),
    CAUSE_LABELS[entry.cause] && h('span', { class: 'muted' }, ` (${CAUSE_LABELS[entry.cause]})`),
  );

/** Cancel asks twice (a second button), since a browser's confirm() dialog would block tests. */
function cancelControls(shift, onCancelled) {
  const confirm = h(
    'button',
    {
      type: 'button',
      class: 'danger',
      'data-testid': 'cancel-shift-confirm',
      hidden: true,
      onclick: async () => {
        confirm.disabled = true;
        try {
          onCancelled(
            await api(`/shifts/${encodeURIComponent(shift.id)}/cancel`, { method: 'POST' }),
          );
        } catch (failure) {
          showError(failure);
          confirm.disabled = false;
        }
      },
    },
    'Yes, cancel it: withdraw offers and tell the workers',
  );
  const ask = h(
    'button',
    {
      type: 'button',
      class: 'danger-outline',
      'data-testid': 'cancel-shift',
      onclick: () => {
        ask.hidden = true;
        confirm.hidden = false;
      },
    },
    'Cancel shift',
  );
  return h('div', { class: 'actions' }, ask, confirm);
}

/** Before work starts (or a shift nobody will fill): once work began there is nothing to call off. */
const CANCELLABLE_PROGRESS = ['open', 'unfilled', 'filled'];

const cancellable = (session, shift) =>
  hasRole(session, 'coordinator') &&
  !shift.shared &&
  shift.state !== 'cancelled' &&
  CANCELLABLE_PROGRESS.includes(shift.progress);

function render(session, shift) {
  document.title = `${shift.place} · Shiftline console`;
  article.setAttribute('data-shift-id', shift.id);
  article.setAttribute('data-progress', shift.progress);
  setChildren(
    article,
    h('h1', { 'data-testid': 'shift-place' }, shift.place),
    h('p', { 'data-testid': 'shift-time' }, formatRange(shift.start, shift.end)),
    h(
      'p',
      { class: 'card-line' },
      h('strong', { 'data-testid': 'shift-progress' }, progressLabel(shift.progress)),
      h('span', { 'data-testid': 'shift-seats' }, seatsLabel(shift)),
      h('span', { class: 'badges' }, shiftBadges(shift)),
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Supervisor'),
      h('dd', { 'data-testid': 'shift-supervisor' }, shift.supervisor.name),
      h('dt', {}, 'Client'),
      h('dd', { 'data-testid': 'shift-client' }, shift.client?.name ?? '—'),
      h('dt', {}, 'Skills'),
      h('dd', {}, shift.requiredSkills.join(', ') || '—'),
    ),
    cancellable(session, shift) && cancelControls(shift, (cancelled) => render(session, cancelled)),
    table(
      'Offers',
      ['Rank', 'Round', 'Person', 'State', 'Why offered', 'Code'],
      shift.offers.map(offerRow(new Map(shift.rounds.map((round) => [round.round, round])))),
      'Not offered to anyone yet.',
    ),
    table(
      'Places',
      ['Seat', 'Person', 'Attendance', 'Completion', 'In', 'Out', 'Hours'],
      placeRows(shift),
      'No place taken yet.',
    ),
    shift.waitList.length > 0 &&
      table('Wait list', ['Place', 'Person', 'Joined', 'Offered'], shift.waitList.map(waitRow)),
    h('h2', {}, 'History'),
    h(
      'ol',
      { class: 'history' },
      shift.history.map(historyRow(new Map(shift.assignments.map((a) => [a.person.id, a.seat])))),
    ),
  );
}

async function start() {
  const session = await startPage();
  let shown = '';
  await every(
    REFRESH_MS,
    async () => {
      const shift = await api(`/shifts/${encodeURIComponent(id)}`);
      const answer = JSON.stringify(shift);
      if (answer !== shown) render(session, shift);
      shown = answer;
    },
    showError,
  );
}

start().catch(showError);

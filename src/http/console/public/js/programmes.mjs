/**
 * Guaranteed-work programmes of the organisation, refreshed every 5 s; the one chosen (kept in
 * the URL's hash) shows its terms, its ledger (budget spent and left, each participant's hours
 * used and left and pay type), its per-day report and a link to its public page.
 *
 * data-testid: programmes-list, programme-row (data-programme-id), programmes-empty,
 * programmes-error, programme (data-programme-id), programme-name, public-link,
 * programme-terms, programme-ledger, ledger-budget, ledger-row (data-person-id,
 * data-pay-type), programme-report, report-row (data-date).
 */
import { startPage } from './session.mjs';
import { api, apiAll, every } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { dollars, humanise } from './labels.mjs';
import { cardTable } from './table.mjs';
import { fact } from './forms.mjs';

const REFRESH_MS = 5_000;
const list = byTestId('programmes-list');
const detail = byTestId('programme');
const error = byTestId('programmes-error');
const showError = (failure) => say(error, failure ? failure.message : '');

const hours = (minutes) => `${Math.round((minutes / 60) * 100) / 100} h`;
const selectedId = () => location.hash.slice(1);

let names = new Map();
const nameOf = (personId) => names.get(personId) ?? personId;

function programmeRow(programme) {
  return h(
    'li',
    {},
    h(
      'a',
      {
        href: `#${programme.id}`,
        class: 'person-row',
        'data-testid': 'programme-row',
        'data-programme-id': programme.id,
        'aria-current': programme.id === selectedId() ? 'true' : null,
      },
      h('strong', {}, programme.name),
      h(
        'span',
        { class: 'muted' },
        `${programme.participants.length} participants · ${dollars(programme.budgetCents)}`,
      ),
    ),
  );
}

function terms(programme) {
  const people = (ids) => ids.map(nameOf).join(', ') || '—';
  return [
    fact('Budget', dollars(programme.budgetCents)),
    fact('Hourly rate', dollars(programme.hourlyRateCents)),
    fact('Hours per participant', hours(programme.minutesPerParticipant)),
    fact('Work types', programme.workTypes.map((t) => t.names.en).join(', ') || '—'),
    fact('Supervisors', people(programme.supervisorIds)),
    fact('Coordinators', people(programme.coordinatorIds)),
  ];
}

function ledgerTables(programme, ledger) {
  const payTypes = new Map(programme.participants.map((p) => [p.personId, p.payType]));
  const rows = ledger.participants.map((p) =>
    h(
      'tr',
      {
        'data-testid': 'ledger-row',
        'data-person-id': p.personId,
        'data-pay-type': payTypes.get(p.personId),
      },
      h('td', {}, nameOf(p.personId)),
      h('td', {}, humanise(payTypes.get(p.personId))),
      h('td', {}, hours(p.usedMinutes)),
      h('td', {}, hours(p.leftMinutes)),
    ),
  );
  return [
    h(
      'dl',
      { class: 'facts', 'data-testid': 'ledger-budget' },
      fact('Spent', dollars(ledger.spentCents)),
      fact('Left', dollars(ledger.remainingCents)),
      fact('Wages', dollars(ledger.spentCentsByPayType.wage)),
      fact('Stipends', dollars(ledger.spentCentsByPayType.stipend)),
    ),
    cardTable(['Participant', 'Pay type', 'Used', 'Left'], rows, 'No participants yet.'),
  ];
}

function reportTable(report) {
  const rows = report.days.map((day) =>
    h(
      'tr',
      { 'data-testid': 'report-row', 'data-date': day.date },
      [
        day.date,
        `${day.hoursOffered} h`,
        `${day.hoursTaken} h`,
        `${day.hoursConfirmed} h`,
        String(day.noShows),
        dollars(day.budgetSpentCents),
        String(day.peopleReached),
      ].map((text) => h('td', {}, text)),
    ),
  );
  return cardTable(
    ['Day', 'Offered', 'Taken', 'Confirmed', 'No-shows', 'Spent', 'People reached'],
    rows,
    'No work offered yet.',
  );
}

async function showProgramme(programme) {
  const base = `/programmes/${programme.id}`;
  const [ledger, report] = await Promise.all([api(`${base}/ledger`), api(`${base}/report`)]);
  detail.setAttribute('data-programme-id', programme.id);
  byTestId('programme-name').textContent = programme.name;
  byTestId('public-link').setAttribute(
    'href',
    `/public/programmes/${encodeURIComponent(programme.slug)}`,
  );
  setChildren(byTestId('programme-terms'), terms(programme));
  setChildren(byTestId('programme-ledger'), ledgerTables(programme, ledger));
  setChildren(byTestId('programme-report'), reportTable(report));
  detail.hidden = false;
}

async function refresh() {
  const items = await apiAll('/programmes');
  list.replaceChildren(
    ...(items.length > 0
      ? items.map(programmeRow)
      : [h('li', { class: 'muted', 'data-testid': 'programmes-empty' }, 'No programmes yet.')]),
  );
  const chosen = items.find((programme) => programme.id === selectedId());
  if (chosen) await showProgramme(chosen);
  else detail.hidden = true;
}

async function loadNames() {
  const items = await apiAll('/people');
  names = new Map(items.map((person) => [person.id, person.name]));
}

async function start() {
  await startPage();
  await loadNames();
  window.addEventListener(
    'hashchange',
    () => void refresh().then(() => showError(null), showError),
  );
  void every(REFRESH_MS, refresh, showError);
}

start().catch(showError);

/**
 * Candidates: the people the organisation may invite (GET /api/v1/candidates), searched by
 * skills, badges, type of work, least reliability, availability, area and what the work on offer
 * answers of their aims; one page of the API's at a time, best first, each with its rank, hours,
 * reliability, skills, badges, aims and the reasons for its place. The search is the URL's query
 * (the form submits to it), so a search and each of its pages can be linked to. No phone
 * number is shown.
 *
 * data-testid: candidate-form, candidate-skills, candidate-badges, candidate-work,
 * candidate-reliability, candidate-from, candidate-until, candidate-area, candidate-aims,
 * aim-more-hours, aim-steady-job, aim-training, aim-work-type, candidate-search,
 * candidate-clear, candidate-error, candidate-count, candidate-list, candidate-pages,
 * candidate-row (data-person-id, data-person-name, data-rank, data-via), candidate-rank,
 * candidate-name, candidate-hours, candidate-reliability-figure, candidate-skill-list,
 * candidate-badge-list, candidate-aim-list, candidate-aim (data-kind, data-matched),
 * candidate-reasons, candidate-actions, candidate-next, candidate-first; the Invite action's
 * (coordinators and above) in candidate-invite.mjs.
 */
import { hasRole, startPage } from './session.mjs';
import { api } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { reasonList } from './table.mjs';
import { wallClockToIso } from './time.mjs';
import { inviteAction } from './candidate-invite.mjs';

const PAGE_SIZE = 10;
/** The form's fields the API takes as they are typed. */
const TEXT_FIELDS = ['skills', 'badges', 'work', 'minReliability', 'area'];
const TIME_FIELDS = ['availableFrom', 'availableUntil'];

const form = byTestId('candidate-form');
const error = byTestId('candidate-error');

const hours = (minutes) => `${Math.round((minutes / 60) * 10) / 10} h`;

const AIM_WORDS = {
  more_hours: () => 'more hours',
  steady_job: () => 'a steady job',
  training: () => 'training',
  work_type: (aim) => `to try ${aim.words} work`,
  other: (aim) => aim.text,
};

function reliabilityText({ percent, onTime, late, noShows, drops }) {
  if (percent === null) return 'no shifts counted yet';
  return `${percent}% on time (${onTime} of ${onTime + late + noShows + drops} shifts)`;
}

/** Chips, or a word saying there are none. */
function chips(items, testId, none) {
  if (items.length === 0) return h('span', { class: 'muted', 'data-testid': testId }, none);
  return h(
    'ul',
    { class: 'badges', 'data-testid': testId },
    items.map((item) => h('li', { class: 'badge' }, item)),
  );
}

function aimList(candidate) {
  if (candidate.via === 'partner')
    return h(
      'span',
      { class: 'muted', 'data-testid': 'candidate-aim-list' },
      'not shared (a partner’s worker)',
    );
  if (candidate.aims.length === 0)
    return h('span', { class: 'muted', 'data-testid': 'candidate-aim-list' }, 'none stated');
  return h(
    'ul',
    { class: 'badges', 'data-testid': 'candidate-aim-list' },
    candidate.aims.map((aim) => {
      const matched = candidate.aimsMatched.includes(aim.kind);
      return h(
        'li',
        {
          class: matched ? 'badge waiting' : 'badge',
          'data-testid': 'candidate-aim',
          'data-kind': aim.kind,
          'data-matched': String(matched),
        },
        AIM_WORDS[aim.kind](aim),
        matched && ' · you offer it',
      );
    }),
  );
}

const fact = (term, value) => [h('dt', {}, term), h('dd', {}, value)];

/** The row's actions: Invite, with its form under them, for coordinators and above. */
function actionsOf(candidate, session) {
  const invite = hasRole(session, 'coordinator') && inviteAction(candidate, session);
  return [
    h(
      'div',
      {
        class: 'actions',
        'data-testid': 'candidate-actions',
        'data-person-id': candidate.personId,
      },
      invite && invite.button,
    ),
    invite && [invite.form, invite.result],
  ];
}

function candidateRow(candidate, session) {
  return h(
    'li',
    {
      class: 'card candidate',
      'data-testid': 'candidate-row',
      'data-person-id': candidate.personId,
      'data-person-name': candidate.name,
      'data-rank': candidate.rank,
      'data-via': candidate.via,
    },
    h(
      'h2',
      { class: 'card-line' },
      h('span', { class: 'rank', 'data-testid': 'candidate-rank' }, `${candidate.rank}.`),
      h('span', { 'data-testid': 'candidate-name' }, candidate.name),
      h(
        'span',
        { class: 'badge' },
        candidate.via === 'shared' ? 'shared their record' : 'a partner’s worker',
      ),
    ),
    h(
      'dl',
      { class: 'facts' },
      fact(
        'Hours',
        h(
          'span',
          { 'data-testid': 'candidate-hours' },
          `${hours(candidate.totalMinutes)} confirmed`,
        ),
      ),
      fact(
        'Reliability',
        h(
          'span',
          { 'data-testid': 'candidate-reliability-figure' },
          reliabilityText(candidate.reliability),
        ),
      ),
      fact('Skills', chips(candidate.skills, 'candidate-skill-list', 'none')),
      fact('Badges', chips(candidate.badges, 'candidate-badge-list', 'none')),
      fact('Aims', aimList(candidate)),
      fact('Why here', reasonList(candidate.reasons, 'candidate-reasons')),
    ),
    actionsOf(candidate, session),
  );
}

/** The search as the URL has it, shown in the form. */
function fillForm(query) {
  for (const name of TEXT_FIELDS) form.elements.namedItem(name).value = query.get(name) ?? '';
  for (const name of TIME_FIELDS) form.elements.namedItem(name).value = query.get(name) ?? '';
  const aims = new Set(query.getAll('aims'));
  for (const box of form.querySelectorAll('input[name="aims"]')) box.checked = aims.has(box.value);
}

/** The API's query for the URL's: times from the organisation's wall clock, aims in one list. */
function apiQuery(query) {
  const asked = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const name of TEXT_FIELDS) {
    const value = query.get(name)?.trim();
    if (value) asked.set(name, value);
  }
  for (const name of TIME_FIELDS) {
    const value = query.get(name);
    if (value) asked.set(name, wallClockToIso(value));
  }
  const aims = query.getAll('aims');
  if (aims.length > 0) asked.set('aims', aims.join(','));
  const cursor = query.get('cursor');
  if (cursor) asked.set('cursor', cursor);
  return asked;
}

function pageLinks(query, page) {
  const next = new URLSearchParams(query);
  next.set('cursor', page.nextCursor ?? '');
  const first = new URLSearchParams(query);
  first.delete('cursor');
  return [
    query.has('cursor') &&
      h('a', { href: `candidates.html?${first}`, 'data-testid': 'candidate-first' }, 'First page'),
    page.hasMore &&
      h('a', { href: `candidates.html?${next}`, 'data-testid': 'candidate-next' }, 'Next page'),
  ];
}

function countText(items, hasMore) {
  if (items.length === 0) return 'Nobody fits this search.';
  const first = items[0].rank;
  const last = items.at(-1).rank;
  return `${first === last ? `Candidate ${first}` : `Candidates ${first}–${last}`}${hasMore ? ', more on the next page' : ''}`;
}

async function start() {
  // The form shows the search at once, before anything is awaited: typing into it is never undone.
  const query = new URLSearchParams(location.search);
  fillForm(query);
  const session = await startPage();
  const page = await api(`/candidates?${apiQuery(query)}`);
  byTestId('candidate-list').replaceChildren(
    ...page.items.map((candidate) => candidateRow(candidate, session)),
  );
  byTestId('candidate-count').textContent = countText(page.items, page.hasMore);
  setChildren(byTestId('candidate-pages'), pageLinks(query, page));
}

start().catch((failure) => say(error, failure.message));

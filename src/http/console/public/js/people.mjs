/**
 * Conversations: people of the organisation (and partners' workers), all of them in one list
 * that scrolls with the page, by name, role, language and skill (the API's filters); a
 * person's thread, refreshed every 3 s, with each text's direction, time and delivery status.
 * The selected person is kept in the URL's hash, so a thread can be linked to.
 *
 * data-testid: people-filters, people-search, people-role, people-language, people-skill,
 * people-count, people-list, person-row (data-person-id, data-person-name, data-roles,
 * data-language),
 * people-error, thread (data-person-id), thread-title, thread-person, thread-messages,
 * thread-empty, message (data-direction, data-status), message-body, message-time,
 * message-status; for coordinators, reply-form, reply-text, reply-send, reply-error: a text in
 * their own words to the person shown, sent like any other (POST /people/:id/messages). The
 * person's badges: person-badges.mjs.
 */
import { hasRole, startPage } from './session.mjs';
import { api, apiAll, every } from './http.mjs';
import { byTestId, h, say } from './dom.mjs';
import { humanise } from './labels.mjs';
import { formatInstant } from './time.mjs';
import { personBadges } from './person-badges.mjs';

const REFRESH_MS = 3_000;
const SEARCH_DELAY_MS = 250;
const list = byTestId('people-list');
const thread = byTestId('thread');
const messages = byTestId('thread-messages');
const error = byTestId('people-error');
const showError = (failure) => say(error, failure ? failure.message : '');

let people = new Map();
const selectedId = () => location.hash.slice(1);

function personRow(person) {
  const roles = [...new Set(person.roles.map((r) => r.role))].join(', ');
  return h(
    'li',
    {},
    h(
      'a',
      {
        href: `#${person.id}`,
        class: 'person-row',
        'data-testid': 'person-row',
        'data-person-id': person.id,
        'data-person-name': person.name,
        'data-roles': roles,
        'data-language': person.language,
        'aria-current': person.id === selectedId() ? 'true' : null,
      },
      h('strong', {}, person.name),
      h(
        'span',
        { class: 'muted' },
        [roles, person.language, person.phone].filter(Boolean).join(' · '),
      ),
    ),
  );
}

/** Every person the filters match (the API's own filters), in one list. */
async function search(filters) {
  const query = new URLSearchParams(
    [...new FormData(filters)].filter(([, value]) => String(value).trim() !== ''),
  );
  const items = await apiAll(`/people${query.size > 0 ? `?${query}` : ''}`);
  people = new Map(items.map((person) => [person.id, person]));
  list.replaceChildren(...items.map(personRow));
  byTestId('people-count').textContent =
    `${items.length} ${items.length === 1 ? 'person' : 'people'}`;
}

/** What a text's status says: delivery for ours, what Shiftline made of theirs. */
function statusOf(message) {
  if (message.direction === 'in')
    return message.outcome ? `understood: ${humanise(message.outcome)}` : 'received';
  if (message.suppressed) return `not sent: ${humanise(message.suppressed)}`;
  const code = message.errorCode === null ? '' : ` (error ${message.errorCode})`;
  const by = message.sentBy ? ` · sent by ${message.sentBy.name}` : '';
  return `${humanise(message.status)}${code}${by}`;
}

const messageItem = (message) =>
  h(
    'li',
    {
      class: `bubble ${message.direction === 'in' ? 'received' : 'sent'}`,
      'data-testid': 'message',
      'data-direction': message.direction,
      'data-status': message.status,
    },
    h('span', { 'data-testid': 'message-body', class: 'body' }, message.body),
    h(
      'span',
      { class: 'meta' },
      h('time', { datetime: message.at, 'data-testid': 'message-time' }, formatInstant(message.at)),
      ' · ',
      h('span', { 'data-testid': 'message-status' }, statusOf(message)),
    ),
  );

let shownThread = '';
async function refreshThread() {
  const id = selectedId();
  thread.hidden = !id;
  if (!id) return;
  const person = people.get(id);
  thread.setAttribute('data-person-id', id);
  byTestId('thread-title').textContent = person ? person.name : 'Thread';
  byTestId('thread-person').textContent = person ? `${person.channel} · ${person.language}` : '';
  const { items } = await api(`/people/${encodeURIComponent(id)}/messages?limit=100`);
  const answer = JSON.stringify([id, items]);
  if (answer === shownThread) return;
  shownThread = answer;
  messages.replaceChildren(
    ...(items.length > 0
      ? items.map(messageItem)
      : [h('li', { class: 'muted', 'data-testid': 'thread-empty' }, 'No texts yet.')]),
  );
  messages.lastElementChild?.scrollIntoView({ block: 'nearest' });
}

/** The reply box: the text goes to the person shown, then the thread is read again. */
function enableReplies() {
  const form = byTestId('reply-form');
  const input = byTestId('reply-text');
  const send = byTestId('reply-send');
  const replyError = byTestId('reply-error');
  form.hidden = false;
  // One ref per text until it is sent: a retry after an error sends it once.
  let ref = '';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = selectedId();
    if (!id || !input.value.trim()) return;
    send.disabled = true;
    try {
      ref ||= Array.from(window.crypto.getRandomValues(new Uint8Array(12)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      await api(`/people/${encodeURIComponent(id)}/messages`, {
        method: 'POST',
        body: { text: input.value, ref },
      });
      input.value = '';
      ref = '';
      say(replyError, '');
      await refreshThread();
    } catch (failure) {
      say(replyError, failure.message);
    } finally {
      send.disabled = false;
    }
  });
}

function debounce(ms, action) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), ms);
  };
}

async function start() {
  const session = await startPage();
  if (hasRole(session, 'coordinator')) enableReplies();
  const showBadges = personBadges(session);
  const filters = byTestId('people-filters');
  const refilter = debounce(SEARCH_DELAY_MS, () =>
    search(filters).then(() => showError(null), showError),
  );
  filters.addEventListener('input', refilter);
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    refilter();
  });
  window.addEventListener('hashchange', () => {
    for (const row of list.querySelectorAll('[data-testid="person-row"]'))
      row.setAttribute('aria-current', String(row.dataset.personId === selectedId()));
    refreshThread().catch(showError);
    void showBadges(people.get(selectedId()));
  });
  await search(filters);
  void showBadges(people.get(selectedId()));
  await every(REFRESH_MS, refreshThread, showError);
}

start().catch(showError);

/**
 * What a person must answer: hand-offs (open first, then the latest resolved), each with its
 * conversation, a link to reply from the sender's thread, and Resolve for coordinators; and
 * clients' visit requests (open first), with the visits they booked.
 *
 * data-testid: hand-offs, hand-off (data-hand-off-id, data-reason, data-open), hand-off-from,
 * hand-off-reply, hand-off-resolve, visit-requests, visit-request (data-visit-request-id,
 * data-state), requests-error; transcript-line in both.
 */
import { hasRole, startPage } from './session.mjs';
import { api, every } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { humanise } from './labels.mjs';
import { formatInstant } from './time.mjs';

const REFRESH_MS = 5_000;
const RESOLVED_SHOWN = 20;
const handOffList = byTestId('hand-offs');
const visitList = byTestId('visit-requests');
const error = byTestId('requests-error');
const showError = (failure) => say(error, failure ? failure.message : '');

const REASONS = {
  unknown_number: 'Unknown number',
  not_understood: 'Not understood',
  question: 'A question',
  condition: 'A yes with a condition',
};

/** Names of the people requests name, asked for once each. */
const names = new Map();
async function nameOf(personId) {
  if (!personId) return null;
  if (!names.has(personId))
    names.set(
      personId,
      api(`/people/${personId}`).then(
        (person) => person.name,
        () => null,
      ),
    );
  return names.get(personId);
}

const transcript = (lines) =>
  h(
    'ol',
    { class: 'transcript' },
    lines.map((line) =>
      h(
        'li',
        { 'data-testid': 'transcript-line', 'data-from': line.from },
        h('time', { datetime: line.at, class: 'muted' }, formatInstant(line.at)),
        ` ${humanise(line.from)}: `,
        line.text,
      ),
    ),
  );

function handOffCard(session, handOff, name, onResolved) {
  const open = handOff.resolvedAt === null;
  const resolve = async (event) => {
    event.target.disabled = true;
    try {
      await api(`/hand-offs/${handOff.id}/resolve`, { method: 'POST' });
      await onResolved();
    } catch (failure) {
      event.target.disabled = false;
      showError(failure);
    }
  };
  return h(
    'article',
    {
      class: `card${open ? ' open' : ''}`,
      'data-testid': 'hand-off',
      'data-hand-off-id': handOff.id,
      'data-reason': handOff.reason,
      'data-open': String(open),
    },
    h(
      'p',
      {},
      h('strong', {}, REASONS[handOff.reason] ?? humanise(handOff.reason)),
      ' from ',
      h('span', { 'data-testid': 'hand-off-from' }, name ?? handOff.from),
      h('span', { class: 'muted' }, ` · ${formatInstant(handOff.createdAt)}`),
      open
        ? [' ', h('span', { class: 'badge urgent' }, 'Open')]
        : h('span', { class: 'muted' }, ` · resolved ${formatInstant(handOff.resolvedAt)}`),
    ),
    transcript(handOff.transcript),
    h(
      'p',
      { class: 'actions' },
      handOff.personId &&
        h(
          'a',
          { href: `/console/people.html#${handOff.personId}`, 'data-testid': 'hand-off-reply' },
          'Reply from their thread',
        ),
      !handOff.personId &&
        h('span', { class: 'muted' }, `Not on file: call or text ${handOff.from}`),
      open &&
        hasRole(session, 'coordinator') &&
        h(
          'button',
          { type: 'button', 'data-testid': 'hand-off-resolve', onclick: resolve },
          'Mark resolved',
        ),
    ),
  );
}

function visitRequestCard(request, name) {
  return h(
    'article',
    {
      class: `card${request.state === 'open' ? ' open' : ''}`,
      'data-testid': 'visit-request',
      'data-visit-request-id': request.id,
      'data-state': request.state,
    },
    h(
      'p',
      {},
      h('strong', {}, name ?? 'A client'),
      ` · ${humanise(request.purpose)} · ${humanise(request.state)}`,
      h('span', { class: 'muted' }, ` · ${formatInstant(request.createdAt)}`),
    ),
    transcript(request.transcript),
    request.shiftIds.length > 0 &&
      h(
        'p',
        {},
        'Booked: ',
        request.shiftIds.map((id, i) => [
          i > 0 && ', ',
          h('a', { href: `/console/shift.html?id=${encodeURIComponent(id)}` }, `visit ${i + 1}`),
        ]),
      ),
  );
}

/** Open items first, then the latest of the others; none twice. */
async function openFirst(path, openQuery, otherQuery) {
  const query = (...parts) => `${path}?${parts.filter(Boolean).join('&')}`;
  const [open, others] = await Promise.all([
    api(query(openQuery, 'limit=200')),
    api(query(otherQuery, `limit=${RESOLVED_SHOWN}`)),
  ]);
  const openIds = new Set(open.items.map((item) => item.id));
  return [...open.items, ...others.items.filter((item) => !openIds.has(item.id))];
}

async function refresh(session) {
  const [handOffs, requests] = await Promise.all([
    openFirst('/hand-offs', 'open=true', 'open=false'),
    openFirst('/visit-requests', 'state=open', ''),
  ]);
  const [handOffNames, clientNames] = await Promise.all([
    Promise.all(handOffs.map((x) => nameOf(x.personId))),
    Promise.all(requests.map((x) => nameOf(x.clientId))),
  ]);
  setChildren(
    handOffList,
    handOffs.length === 0
      ? h('p', { class: 'muted' }, 'Nothing handed off.')
      : handOffs.map((x, i) => handOffCard(session, x, handOffNames[i], () => refresh(session))),
  );
  setChildren(
    visitList,
    requests.length === 0
      ? h('p', { class: 'muted' }, 'No visit requests yet.')
      : requests.map((x, i) => visitRequestCard(x, clientNames[i])),
  );
}

async function start() {
  const session = await startPage();
  every(REFRESH_MS, () => refresh(session), showError);
}

start().catch(showError);

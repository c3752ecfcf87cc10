/**
 * Partnerships: the organisation's standing terms (the current version, every version, a form
 * to publish the next and a button to withdraw them), other organisations' published terms with
 * "Accept", and the organisation's partnerships in force, pending and ended, each with the terms
 * it was made under and, for admins, accept (when it awaits this side) and end.
 *
 * data-testid: partnerships-error, own-terms, own-terms-current, own-terms-none, own-terms-version,
 * withdraw-terms, withdraw-terms-confirm, publish-terms, publish-terms-form, terms-charge,
 * terms-skills, terms-areas, terms-notice, terms-auto-partner, publish-terms-submit,
 * publish-terms-error, publish-terms-result, own-terms-versions, terms-version-row
 * (data-version, data-published), other-terms, other-terms-row (data-terms-id,
 * data-organisation-name, data-auto-partner), accept-terms, accept-terms-error,
 * accept-terms-result (data-status), partnerships-list, partnerships-group (data-status),
 * partnership-row (data-partnership-id, data-partner-name, data-status), accept-partnership,
 * end-partnership, end-partnership-confirm, partnership-action-error.
 */
import { hasRole, startPage } from './session.mjs';
import { api, apiAll } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { confirmStep, fact, field, splitList } from './forms.mjs';
import { dollars } from './labels.mjs';
import { formatInstant } from './time.mjs';
import { cardTable } from './table.mjs';

const error = byTestId('partnerships-error');
const showError = (failure) => say(error, failure ? failure.message : '');

const work = (terms) => terms.skills.join(', ') || 'Any work';
const areas = (terms) => terms.areas.join(', ') || 'Anywhere';
const notice = (terms) => (terms.noticeHours === 0 ? 'None' : `${terms.noticeHours} h`);
const partnering = (terms) =>
  terms.autoPartner ? 'At once, on acceptance' : 'Once the publisher accepts';
const perHour = (cents) => `${dollars(cents)} per hour`;

/** Everything the page shows; drawn again whole after each change. */
async function load(session) {
  const [own, published, partnerships] = await Promise.all([
    apiAll('/organisation/terms'),
    apiAll('/terms'),
    apiAll('/partnerships'),
  ]);
  const others = published.filter((t) => t.organisation.id !== session.organisationId);
  return { own, others, partnerships };
}

function currentTerms(session, own, redraw) {
  const current = own.find((t) => t.published);
  if (!current)
    return h(
      'p',
      { 'data-testid': 'own-terms-none' },
      own.length === 0
        ? 'You have not published terms: no organisation can accept any.'
        : 'Your terms are withdrawn: no organisation can accept them.',
    );
  return [
    h(
      'p',
      {},
      h('strong', { 'data-testid': 'own-terms-version' }, `Version ${current.version}`),
      `, published ${formatInstant(current.publishedAt)}; open to accept.`,
    ),
    h(
      'dl',
      { class: 'facts' },
      fact('Charge', perHour(current.chargeCentsPerHour)),
      fact('Work', work(current)),
      fact('Areas', areas(current)),
      fact('Notice', notice(current)),
      fact('Partnering', partnering(current)),
    ),
    hasRole(session, 'admin') &&
      confirmStep({
        label: 'Withdraw these terms',
        confirmLabel: 'Yes, withdraw: nobody can accept them (partnerships stay)',
        testId: 'withdraw-terms',
        action: () =>
          api(`/terms/${encodeURIComponent(current.id)}`, { method: 'DELETE' })
            .then(redraw)
            .catch(showError),
      }),
  ];
}

function versionsTable(own) {
  const rows = own.map((t) =>
    h(
      'tr',
      {
        'data-testid': 'terms-version-row',
        'data-version': t.version,
        'data-published': String(t.published),
      },
      h('td', {}, String(t.version)),
      h('td', {}, dollars(t.chargeCentsPerHour)),
      h('td', {}, work(t)),
      h('td', {}, areas(t)),
      h('td', {}, notice(t)),
      h('td', {}, t.autoPartner ? 'At once' : 'You accept each'),
      h(
        'td',
        {},
        t.published ? 'Open to accept' : `Closed ${t.closedAt ? formatInstant(t.closedAt) : ''}`,
      ),
    ),
  );
  return cardTable(
    ['Version', 'Per hour', 'Work', 'Areas', 'Notice', 'Partnering', 'State'],
    rows,
    'No versions yet.',
  );
}

function publishForm(redraw) {
  const form = byTestId('publish-terms-form');
  const formError = h('p', { class: 'error', role: 'alert', 'data-testid': 'publish-terms-error' });
  formError.hidden = true;
  const result = h('p', { class: 'result', role: 'status', 'data-testid': 'publish-terms-result' });
  const submit = h(
    'button',
    { type: 'submit', 'data-testid': 'publish-terms-submit' },
    'Publish as the next version',
  );
  setChildren(
    form,
    field(
      'Charge per hour (dollars)',
      h('input', {
        name: 'charge',
        type: 'number',
        min: 0,
        max: 10000,
        step: 0.01,
        required: true,
        'data-testid': 'terms-charge',
      }),
    ),
    field(
      'Skills or types of work (comma-separated; empty: any)',
      h('input', { name: 'skills', autocomplete: 'off', 'data-testid': 'terms-skills' }),
    ),
    field(
      'Areas (comma-separated; empty: anywhere)',
      h('input', { name: 'areas', autocomplete: 'off', 'data-testid': 'terms-areas' }),
    ),
    field(
      'Notice before a shift starts (hours)',
      h('input', {
        name: 'notice',
        type: 'number',
        min: 0,
        max: 2160,
        step: 1,
        value: 0,
        required: true,
        'data-testid': 'terms-notice',
      }),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: 'autoPartner', 'data-testid': 'terms-auto-partner' }),
      ' Partner at once with any organisation that accepts (else you accept each)',
    ),
    h('div', { class: 'actions' }, submit),
    formError,
    result,
  );
  result.hidden = true;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(formError, '');
    say(result, '');
    submit.disabled = true;
    const data = new FormData(form);
    try {
      const terms = await api('/organisation/terms', {
        method: 'POST',
        body: {
          chargeCentsPerHour: Math.round(Number(data.get('charge')) * 100),
          skills: splitList(data.get('skills')),
          areas: splitList(data.get('areas')),
          noticeHours: Number(data.get('notice')),
          autoPartner: data.get('autoPartner') === 'on',
        },
      });
      say(
        result,
        `Published version ${terms.version}. Partnerships in force keep the terms they were made under.`,
      );
      form.reset();
      await redraw();
    } catch (failure) {
      say(formError, failure.message);
    } finally {
      submit.disabled = false;
    }
  });
}

/** What accepting made, in words: in force at once, or waiting for the publisher. */
function accepted(partnership) {
  const provider = partnership.provider.name;
  return partnership.pending
    ? `Accepted. Pending: ${provider} must accept before its workers serve your shifts.`
    : `Accepted. In force now: ${provider}'s workers may serve your shifts that fit the terms.`;
}

function otherTermsTable(session, others, redraw) {
  const acceptError = byTestId('accept-terms-error');
  const acceptResult = byTestId('accept-terms-result');
  const canAccept = hasRole(session, 'admin');
  const rows = others.map((t) => {
    const accept = h(
      'button',
      {
        type: 'button',
        'data-testid': 'accept-terms',
        'aria-label': `Accept ${t.organisation.name}'s terms`,
      },
      'Accept',
    );
    accept.addEventListener('click', async () => {
      say(acceptError, '');
      say(acceptResult, '');
      accept.disabled = true;
      try {
        const partnership = await api(`/terms/${encodeURIComponent(t.id)}/accept`, {
          method: 'POST',
        });
        acceptResult.setAttribute('data-status', partnership.pending ? 'pending' : 'in_force');
        await redraw();
        say(acceptResult, accepted(partnership));
      } catch (failure) {
        say(acceptError, `${t.organisation.name}'s terms: ${failure.message}`);
        accept.disabled = false;
      }
    });
    return h(
      'tr',
      {
        'data-testid': 'other-terms-row',
        'data-terms-id': t.id,
        'data-organisation-name': t.organisation.name,
        'data-auto-partner': String(t.autoPartner),
      },
      h('td', {}, h('strong', {}, t.organisation.name), ` (version ${t.version})`),
      h('td', {}, dollars(t.chargeCentsPerHour)),
      h('td', {}, work(t)),
      h('td', {}, areas(t)),
      h('td', {}, notice(t)),
      h('td', {}, partnering(t)),
      canAccept && h('td', {}, accept),
    );
  });
  return cardTable(
    [
      'Organisation',
      'Per hour',
      'Work',
      'Areas',
      'Notice',
      'In force',
      ...(canAccept ? ['Action'] : []),
    ],
    rows,
    'No other organisation has published terms.',
  );
}

const statusOf = (p) => (p.endedAt ? 'ended' : p.pending ? 'pending' : 'in_force');
const GROUPS = [
  ['in_force', 'In force'],
  ['pending', 'Pending'],
  ['ended', 'Ended'],
];

const partnerOf = (p) => (p.side === 'client' ? p.provider : p.client);

function termsText(p) {
  if (!p.terms) return 'Proposed one by one: every shift';
  return `Version ${p.terms.version}: ${work(p.terms)}; ${areas(p.terms)}; notice ${notice(p.terms)}`;
}

function partnershipActions(session, p, redraw) {
  const actionError = byTestId('partnership-action-error');
  const partner = partnerOf(p).name;
  const fail = (failure) => say(actionError, `${partner}: ${failure.message}`);
  const status = statusOf(p);
  if (status === 'ended') return `Ended ${formatInstant(p.endedAt)}`;
  const awaitsUs = status === 'pending' && p.awaiting === p.side;
  const waiting = status === 'pending' && !awaitsUs && `Waiting for ${partner} to accept`;
  if (!hasRole(session, 'admin')) return waiting || '—';
  const accept =
    awaitsUs &&
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'accept-partnership',
        'aria-label': `Accept the partnership with ${partner}`,
        onclick: () =>
          api(`/partnerships/${encodeURIComponent(p.id)}/accept`, { method: 'POST' })
            .then(redraw)
            .catch(fail),
      },
      'Accept',
    );
  const end = confirmStep({
    label: 'End',
    confirmLabel: `Yes, end it: ${partner} no longer shares or serves`,
    testId: 'end-partnership',
    action: () =>
      api(`/partnerships/${encodeURIComponent(p.id)}`, { method: 'DELETE' })
        .then(redraw)
        .catch(fail),
  });
  return h('div', { class: 'stack' }, waiting && h('span', {}, waiting), accept, end);
}

function partnershipsTables(session, partnerships, redraw) {
  if (partnerships.length === 0) return h('p', { class: 'muted' }, 'No partnerships yet.');
  return GROUPS.map(([status, title]) => {
    const rows = partnerships
      .filter((p) => statusOf(p) === status)
      .map((p) =>
        h(
          'tr',
          {
            'data-testid': 'partnership-row',
            'data-partnership-id': p.id,
            'data-partner-name': partnerOf(p).name,
            'data-status': status,
          },
          h('td', {}, h('strong', {}, partnerOf(p).name)),
          h(
            'td',
            {},
            p.side === 'client' ? 'Their workers serve your shifts' : 'Your workers serve theirs',
          ),
          h('td', {}, dollars(p.chargeCentsPerHour)),
          h('td', {}, termsText(p)),
          h('td', {}, partnershipActions(session, p, redraw)),
        ),
      );
    return h(
      'div',
      { 'data-testid': 'partnerships-group', 'data-status': status },
      h('h3', {}, `${title} (${rows.length})`),
      cardTable(
        ['Partner', 'Who serves', 'Per hour', 'Terms', 'Status'],
        rows,
        `None ${title.toLowerCase()}.`,
      ),
    );
  });
}

async function start() {
  const session = await startPage();
  const redraw = async () => {
    const { own, others, partnerships } = await load(session);
    setChildren(byTestId('own-terms-current'), currentTerms(session, own, redraw));
    setChildren(byTestId('own-terms-versions'), versionsTable(own));
    setChildren(byTestId('other-terms'), otherTermsTable(session, others, redraw));
    setChildren(byTestId('partnerships-list'), partnershipsTables(session, partnerships, redraw));
    showError(null);
  };
  if (hasRole(session, 'admin')) {
    publishForm(redraw);
    byTestId('publish-terms').hidden = false;
  }
  await redraw();
}

start().catch(showError);

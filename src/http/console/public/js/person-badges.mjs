/**
 * The badges part of a person's view on the People page: the badges the organisation gave them,
 * each with who granted it, when and why; every grant and withdrawal, newest first; and, for
 * coordinators, a form to grant one and a reason box to withdraw each. A partner's worker has
 * no badges here (the organisation they work for gives them).
 *
 * data-testid: person-badges, badges-error, badges-result, badges-held, held-badge
 * (data-badge), held-badge-granted, withdraw-badge-form, withdraw-badge-reason,
 * withdraw-badge-submit, badges-none, grant-badge-form, grant-badge-name, grant-badge-reason,
 * grant-badge-submit, badge-history, badge-change (data-badge, data-change), badge-history-empty.
 */
import { hasRole } from './session.mjs';
import { api, apiAll } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { field } from './forms.mjs';
import { formatInstant } from './time.mjs';

const section = byTestId('person-badges');
const error = byTestId('badges-error');
const result = byTestId('badges-result');
const grantForm = byTestId('grant-badge-form');

/** Who made a change and when: "by Rosa's console, Fri 4 Dec 10:02". */
const madeBy = (change) => `by ${change.by.name || 'an API key'}, ${formatInstant(change.at)}`;

function withdrawForm(personId, badge, redraw) {
  const reason = h('input', {
    name: 'reason',
    maxlength: 500,
    autocomplete: 'off',
    required: true,
    'data-testid': 'withdraw-badge-reason',
  });
  const submit = h(
    'button',
    { type: 'submit', class: 'danger-outline', 'data-testid': 'withdraw-badge-submit' },
    `Withdraw ${badge}`,
  );
  return h(
    'form',
    {
      class: 'stack',
      'data-testid': 'withdraw-badge-form',
      onsubmit: async (event) => {
        event.preventDefault();
        submit.disabled = true;
        try {
          await api(`/people/${encodeURIComponent(personId)}/badges/${encodeURIComponent(badge)}`, {
            method: 'DELETE',
            body: { reason: reason.value },
          });
          await redraw(`Withdrew ${badge}.`);
        } catch (failure) {
          say(error, failure.message);
          submit.disabled = false;
        }
      },
    },
    field(`Why withdraw ${badge}`, reason),
    h('div', { class: 'actions' }, submit),
  );
}

function heldItem(personId, badge, grant, canChange, redraw) {
  return h(
    'li',
    { 'data-testid': 'held-badge', 'data-badge': badge },
    h('span', { class: 'badge waiting' }, badge),
    ' ',
    h(
      'span',
      { 'data-testid': 'held-badge-granted' },
      grant
        ? `Granted ${madeBy(grant)}: “${grant.reason}”`
        : 'Granted before changes were recorded.',
    ),
    canChange && withdrawForm(personId, badge, redraw),
  );
}

const changeItem = (change) =>
  h(
    'li',
    { 'data-testid': 'badge-change', 'data-badge': change.badge, 'data-change': change.change },
    h('strong', {}, `${change.badge} ${change.change}`),
    ` ${madeBy(change)}: “${change.reason}”`,
  );

let grantFor = null;

/** Set once: the grant form acts for whoever is shown when it is sent. */
function enableGrants(redraw) {
  const submit = byTestId('grant-badge-submit');
  grantForm.hidden = false;
  grantForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!grantFor) return;
    const data = new FormData(grantForm);
    submit.disabled = true;
    try {
      const granted = await api(`/people/${encodeURIComponent(grantFor)}/badges`, {
        method: 'POST',
        body: { badge: String(data.get('badge')), reason: String(data.get('reason')) },
      });
      grantForm.reset();
      await redraw(`Granted ${granted.badge}.`);
    } catch (failure) {
      say(error, failure.message);
    } finally {
      submit.disabled = false;
    }
  });
}

/**
 * Returns show(person): draws the person's badges (or hides the part for a partner's worker or
 * no one). Call once per page.
 */
export function personBadges(session) {
  const canChange = hasRole(session, 'coordinator');
  let shown = null;
  const show = async (person, said = '') => {
    shown = person;
    say(error, '');
    say(result, '');
    section.hidden = !person || person.shared;
    grantFor = section.hidden ? null : person.id;
    if (section.hidden) return;
    const id = encodeURIComponent(person.id);
    const [current, history] = await Promise.all([
      api(`/people/${id}`),
      apiAll(`/people/${id}/badges`),
    ]);
    if (shown !== person) return;
    const lastGrant = (badge) =>
      history.find((change) => change.badge === badge && change.change === 'granted');
    setChildren(
      byTestId('badges-held'),
      current.badges.length === 0
        ? h('li', { class: 'muted', 'data-testid': 'badges-none' }, 'No badges.')
        : current.badges.map((badge) =>
            heldItem(person.id, badge, lastGrant(badge), canChange, (done) => show(person, done)),
          ),
    );
    setChildren(
      byTestId('badge-history'),
      history.length === 0
        ? h('li', { class: 'muted', 'data-testid': 'badge-history-empty' }, 'No changes recorded.')
        : history.map(changeItem),
    );
    say(result, said);
  };
  if (canChange) enableGrants((done) => show(shown, done));
  return (person) => show(person).catch((failure) => say(error, failure.message));
}

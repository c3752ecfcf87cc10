/**
 * A candidate's Invite action (coordinators and above): a button that opens a small form under
 * it, to invite the person to one of the organisation's open shifts that have not started or
 * to talk, with the organisation's words (POST /candidates/:personId/invitations), and the
 * API's answer in words. Each opening of the form has its own Idempotency-Key, so a double
 * click invites once.
 *
 * data-testid: candidate-invite (data-person-id), invite-form, invite-kind-talk,
 * invite-kind-shift, invite-shift-field, invite-shift (options: value = shift id),
 * invite-no-shifts, invite-message, invite-send, invite-cancel, invite-error, invite-result.
 */
import { api, apiAll, serverNow } from './http.mjs';
import { h, say } from './dom.mjs';
import { field } from './forms.mjs';
import { formatInstant, formatRange } from './time.mjs';

/** The API's limit on the organisation's words: one short line a basic phone shows whole. */
const WORDS_MAX = 100;

/** The caller's own shifts a person may be offered: open, not started, a place free. */
async function offerableShifts(session) {
  const now = await serverNow(session);
  const from = encodeURIComponent(new Date(now).toISOString());
  const shifts = await apiAll(`/shifts?state=open&from=${from}`);
  return shifts.filter(
    (shift) => !shift.shared && shift.filled < shift.places && Date.parse(shift.start) > now,
  );
}

const shiftOption = (shift) =>
  h('option', { value: shift.id }, `${formatRange(shift.start, shift.end)} · ${shift.place}`);

/** 201 in words; an offer held for the person's quiet hours says when it goes. */
function invitedText(name, invitation) {
  const invited = `Invited: ${name} will get a text.`;
  const sendAt = invitation.offer?.sendAt;
  if (!sendAt || Date.parse(sendAt) <= Date.parse(invitation.at)) return invited;
  return `${invited} It goes ${formatInstant(sendAt)}, after their quiet hours.`;
}

/** A refusal in words: the person gone from the caller's candidates, else the API's reason. */
function refusalText(failure) {
  if (failure.status === 404 && failure.message.startsWith('person'))
    return 'This person is no longer shared with you.';
  return `Not invited: ${failure.message}.`;
}

const kindChoice = (kind, label, checked) =>
  h(
    'label',
    {},
    h('input', {
      type: 'radio',
      name: 'kind',
      value: kind,
      checked,
      'data-testid': `invite-kind-${kind}`,
    }),
    ` ${label}`,
  );

/** The candidate's Invite button, its form (hidden until the button opens it) and the answer. */
export function inviteAction(candidate, session) {
  const { personId, name } = candidate;
  const formId = `invite-${personId}`;
  let idempotencyKey = '';

  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'aria-expanded': 'false',
      'aria-controls': formId,
      'data-testid': 'candidate-invite',
      'data-person-id': personId,
    },
    'Invite',
  );
  const toTalk = kindChoice('talk', 'To talk', true);
  const toShift = kindChoice('shift', 'To a shift', false);
  const shiftSelect = h('select', { name: 'shiftId', 'data-testid': 'invite-shift' });
  const shiftField = field('Shift (yours, open, not started)', shiftSelect);
  shiftField.setAttribute('data-testid', 'invite-shift-field');
  const noShifts = h(
    'p',
    { class: 'muted', 'data-testid': 'invite-no-shifts', hidden: true },
    'No shift of yours is open with a place free and not started.',
  );
  const words = h('input', {
    name: 'message',
    maxlength: WORDS_MAX,
    autocomplete: 'off',
    'aria-describedby': `${formId}-hint`,
    'data-testid': 'invite-message',
  });
  const send = h('button', { type: 'submit', 'data-testid': 'invite-send' }, 'Send');
  const cancel = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'invite-cancel' },
    'Cancel',
  );
  const error = h('p', {
    class: 'error',
    role: 'alert',
    'data-testid': 'invite-error',
    hidden: true,
  });
  const result = h('p', { class: 'result', role: 'status', 'data-testid': 'invite-result' });
  const form = h(
    'form',
    { id: formId, class: 'stack invite-form', 'data-testid': 'invite-form', hidden: true },
    h('fieldset', { class: 'invite-kind' }, h('legend', {}, `Invite ${name}`), toTalk, toShift),
    shiftField,
    noShifts,
    field('Your words', words),
    h(
      'p',
      { id: `${formId}-hint`, class: 'muted' },
      `Sent to ${name} as you write them, in one line of at most ${WORDS_MAX} characters: ` +
        'needed to talk, optional with a shift.',
    ),
    error,
    h('div', { class: 'actions' }, send, cancel),
  );

  const kind = () => form.elements.namedItem('kind').value;
  const showKind = () => {
    const toAShift = kind() === 'shift';
    shiftField.hidden = !toAShift;
    shiftSelect.required = toAShift;
    words.required = !toAShift;
  };

  async function fillShifts() {
    const shifts = await offerableShifts(session);
    shiftSelect.replaceChildren(...shifts.map(shiftOption));
    noShifts.hidden = shifts.length > 0;
    toShift.querySelector('input').disabled = shifts.length === 0;
  }

  function open() {
    idempotencyKey = window.crypto.randomUUID();
    form.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    say(error, '');
    toTalk.querySelector('input').focus();
    fillShifts().catch((failure) => say(error, failure.message));
  }

  function close() {
    form.reset();
    showKind();
    form.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  }

  async function submit(event) {
    event.preventDefault();
    const message = words.value.trim();
    const body =
      kind() === 'shift'
        ? { kind: 'shift', shiftId: shiftSelect.value, ...(message && { message }) }
        : { kind: 'talk', message };
    send.disabled = true;
    say(error, '');
    try {
      const invitation = await api(`/candidates/${encodeURIComponent(personId)}/invitations`, {
        method: 'POST',
        body,
        headers: { 'idempotency-key': idempotencyKey },
      });
      close();
      result.textContent = invitedText(name, invitation);
    } catch (failure) {
      say(error, refusalText(failure));
    } finally {
      send.disabled = false;
    }
  }

  toggle.addEventListener('click', () => {
    result.textContent = '';
    if (form.hidden) open();
    else close();
  });
  cancel.addEventListener('click', close);
  form.addEventListener('change', showKind);
  form.addEventListener('submit', submit);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  showKind();
  return { button: toggle, form, result };
}

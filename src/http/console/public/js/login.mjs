/**
 * The sign-in page: an API key becomes the session cookie; in dev mode, one button per demo
 * organisation signs in as its admin.
 *
 * data-testid: login-form, login-key, login-submit, login-error, dev-logins,
 * dev-login-buttons, dev-login (data-organisation-id, data-organisation-name).
 */
import { request } from './http.mjs';
import { byTestId, h, say } from './dom.mjs';

const BOARD = '/console/board.html';
const error = byTestId('login-error');

async function signIn(path, body) {
  try {
    await request(path, { method: 'POST', body, toSignIn: false });
    location.assign(BOARD);
  } catch (failure) {
    say(error, failure.status === 401 ? 'That key is unknown or revoked.' : failure.message);
  }
}

byTestId('login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  say(error, '');
  void signIn('/console/session', { key: byTestId('login-key').value.trim() });
});

async function showDevLogins() {
  let answer;
  try {
    answer = await request('/console/session/dev', { toSignIn: false });
  } catch {
    return; // not dev mode
  }
  byTestId('dev-login-buttons').replaceChildren(
    ...answer.organisations.map((organisation) =>
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'dev-login',
          'data-organisation-id': organisation.id,
          'data-organisation-name': organisation.name,
          onclick: () => signIn('/console/session/dev', { organisationId: organisation.id }),
        },
        `Sign in as ${organisation.name} admin`,
      ),
    ),
  );
  byTestId('dev-logins').hidden = false;
}

void showDevLogins();

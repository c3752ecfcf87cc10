/**
 * Every signed-in page starts with startPage(): who is signed in (else to the sign-in page), the
 * organisation's time zone, and the nav.
 *
 * data-testid: nav, nav-organisation, nav-role, nav-board, nav-people, nav-candidates,
 * nav-programmes, nav-requests, nav-services, nav-partnerships, nav-reports, nav-pilots,
 * nav-simulator (dev mode), nav-queues and nav-region (the operator), sign-out.
 */
import { api, request } from './http.mjs';
import { h } from './dom.mjs';
import { setTimeZone } from './time.mjs';

const ROLE_RANK = { read_only: 0, coordinator: 1, admin: 2, operator: 3 };

/** Whether the signed-in key's role is at least `role`. */
export const hasRole = (session, role) => ROLE_RANK[session.role] >= ROLE_RANK[role];

async function signOut() {
  await request('/console/session', { method: 'DELETE' });
  location.assign('/console/');
}

function navLink(href, label, testId, current) {
  return h(
    'a',
    { href, 'data-testid': testId, 'aria-current': href === current ? 'page' : null },
    label,
  );
}

function renderNav(session) {
  const current = location.pathname;
  const nav = h(
    'nav',
    { 'data-testid': 'nav', 'aria-label': 'Console' },
    h(
      'span',
      { class: 'nav-who' },
      h('strong', { 'data-testid': 'nav-organisation' }, session.organisationName),
      ' ',
      h('span', { 'data-testid': 'nav-role', class: 'muted' }, session.role.replace('_', '-')),
    ),
    h(
      'span',
      { class: 'nav-links' },
      navLink('/console/board.html', 'Board', 'nav-board', current),
      navLink('/console/people.html', 'People', 'nav-people', current),
      navLink('/console/candidates.html', 'Candidates', 'nav-candidates', current),
      navLink('/console/requests.html', 'Requests', 'nav-requests', current),
      navLink('/console/programmes.html', 'Programmes', 'nav-programmes', current),
      navLink('/console/services.html', 'Services', 'nav-services', current),
      navLink('/console/partnerships.html', 'Partnerships', 'nav-partnerships', current),
      navLink('/console/reports.html', 'Reports', 'nav-reports', current),
      navLink('/console/pilots.html', 'Pilots', 'nav-pilots', current),
      session.devMode && navLink('/console/simulator.html', 'Simulator', 'nav-simulator', current),
      hasRole(session, 'operator') && navLink('/console/queues', 'Queues', 'nav-queues', current),
      hasRole(session, 'operator') &&
        navLink('/console/region.html', 'Public dashboard', 'nav-region', current),
      h(
        'button',
        { type: 'button', class: 'link', 'data-testid': 'sign-out', onclick: signOut },
        'Sign out',
      ),
    ),
  );
  document.querySelector('header').replaceChildren(nav);
}

/** The session ({organisationId, organisationName, role, devMode, timeZone}) after drawing the nav. */
export async function startPage() {
  const session = await request('/console/session');
  const organisation = await api('/organisation');
  setTimeZone(organisation.timeZone);
  renderNav(session);
  return { ...session, timeZone: organisation.timeZone };
}

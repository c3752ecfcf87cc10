/**
 * The simulator (dev mode): a row of phones of seeded people, a clock that fast-forwards, and
 * the new-shift form. The phones on the row are remembered in localStorage across reloads.
 *
 * data-testid: simulator-error, add-phone-select (options: value = phone, data-person-name),
 * add-phone, phones, new-shift; the phones' in phone.mjs, the clock's in clock-bar.mjs, the
 * form's in new-shift-form.mjs.
 */
import { startPage, hasRole } from './session.mjs';
import { every, simulatorApi } from './http.mjs';
import { byTestId, h, say } from './dom.mjs';
import { clockBar } from './clock-bar.mjs';
import { createPhone } from './phone.mjs';
import { mountNewShiftForm } from './new-shift-form.mjs';

const CLOCK_REFRESH_MS = 3_000;
const STORED = 'shiftline.simulator.phones';
const error = byTestId('simulator-error');
const showError = (failure) => say(error, failure ? failure.message : '');
const row = byTestId('phones');
const open = new Map();

const storedNumbers = () => {
  try {
    return JSON.parse(localStorage.getItem(STORED) ?? '[]');
  } catch {
    return [];
  }
};
const store = () => localStorage.setItem(STORED, JSON.stringify([...open.keys()]));

function addPhone(entry) {
  if (!entry || open.has(entry.phone)) return;
  const phone = createPhone(entry, () => {
    phone.stop();
    phone.element.remove();
    open.delete(entry.phone);
    store();
  });
  open.set(entry.phone, phone);
  row.append(phone.element);
  store();
  phone.element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function fillPicker(phones) {
  const byOrganisation = new Map();
  for (const phone of phones)
    byOrganisation.set(phone.organisationName, [
      ...(byOrganisation.get(phone.organisationName) ?? []),
      phone,
    ]);
  byTestId('add-phone-select').replaceChildren(
    ...[...byOrganisation].map(([organisation, entries]) =>
      h(
        'optgroup',
        { label: organisation },
        entries.map((entry) =>
          h(
            'option',
            { value: entry.phone, 'data-person-name': entry.name },
            `${entry.name} (${entry.roles.join(', ')}, ${entry.language})`,
          ),
        ),
      ),
    ),
  );
}

async function start() {
  const session = await startPage();
  if (!session.devMode) {
    say(error, 'The simulator runs only in dev mode (DEV_MODE=true, as `npm run dev` starts it).');
    return;
  }
  const { phones } = await simulatorApi('/phones');
  const byNumber = new Map(phones.map((phone) => [phone.phone, phone]));
  fillPicker(phones);
  byTestId('add-phone').addEventListener('click', () =>
    addPhone(byNumber.get(byTestId('add-phone-select').value)),
  );
  for (const number of storedNumbers()) addPhone(byNumber.get(number));

  const refreshClock = clockBar(hasRole(session, 'operator'));
  void every(CLOCK_REFRESH_MS, refreshClock, showError);

  if (hasRole(session, 'coordinator')) {
    const details = byTestId('new-shift');
    details.hidden = false;
    await mountNewShiftForm(details.querySelector('[data-new-shift]'), session, () =>
      refreshClock().catch(showError),
    );
  }
}

start().catch(showError);

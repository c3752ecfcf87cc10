/**
 * The region's public dashboard, as the platform's operator sets it (GET/PUT
 * /region/dashboard): which figures, from which organisations, which of their programmes,
 * over how many weeks, in which zone; links to the public page and its CSV and JSON. Anyone
 * else is told it is the operator's.
 *
 * data-testid: region-error, region-operator-only, region-links, region-public-link,
 * region-csv-link, region-json-link, region-form, region-figure (data-figure),
 * region-organisation (data-organisation-name), region-programme (data-programme-name),
 * region-weeks, region-zone, region-save, region-form-error, region-result, region-updated.
 */
import { hasRole, startPage } from './session.mjs';
import { api } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { field } from './forms.mjs';
import { formatInstant } from './time.mjs';

/** The API's figures in the order the page shows them, in the public page's words. */
const FIGURES = [
  ['hoursWorked', 'Hours worked'],
  ['peopleWorked', 'People who worked'],
  ['programmes', 'Programmes with work'],
  ['placesFilled', 'Places filled'],
  ['moneySpent', 'Money spent, per programme and in total'],
];

const error = byTestId('region-error');
const showError = (failure) => say(error, failure ? failure.message : '');
const form = byTestId('region-form');

const checkbox = (name, value, checked, testId, extra = {}) =>
  h('input', { type: 'checkbox', name, value, checked, 'data-testid': testId, ...extra });

const checkLabel = (input, text) => h('label', { class: 'check' }, input, ` ${text}`);

function figuresFieldset(settings) {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Figures (at least one)'),
    FIGURES.map(([figure, label]) =>
      checkLabel(
        checkbox('figure', figure, settings.figures.includes(figure), 'region-figure', {
          'data-figure': figure,
        }),
        label,
      ),
    ),
  );
}

/** An organisation's box, and its programmes' boxes under it: a programme needs its organisation. */
function organisationChoice(organisation, settings) {
  const chosen = settings.organisationIds.includes(organisation.id);
  const own = checkbox('organisation', organisation.id, chosen, 'region-organisation', {
    'data-organisation-name': organisation.name,
  });
  const programmes = organisation.programmes.map((programme) =>
    checkbox(
      'programme',
      programme.id,
      chosen && settings.programmeIds.includes(programme.id),
      'region-programme',
      {
        'data-programme-name': programme.name,
        disabled: !chosen,
      },
    ),
  );
  own.addEventListener('change', () => {
    for (const box of programmes) {
      box.disabled = !own.checked;
      if (!own.checked) box.checked = false;
    }
  });
  return h(
    'li',
    {},
    checkLabel(own, organisation.name),
    programmes.length > 0 &&
      h(
        'ul',
        { class: 'choices' },
        organisation.programmes.map((programme, i) =>
          h('li', {}, checkLabel(programmes[i], `Programme: ${programme.name}`)),
        ),
      ),
  );
}

function zoneSelect(current) {
  const zones = Intl.supportedValuesOf('timeZone');
  if (current && !zones.includes(current)) zones.unshift(current);
  return h(
    'select',
    { name: 'zone', 'data-testid': 'region-zone' },
    h('option', { value: '' }, "The first organisation's zone"),
    zones.map((zone) => h('option', { value: zone, selected: zone === current }, zone)),
  );
}

function bodyOf() {
  const data = new FormData(form);
  return {
    figures: data.getAll('figure').map(String),
    organisationIds: data.getAll('organisation').map(String),
    programmeIds: data.getAll('programme').map(String),
    weeks: Number(data.get('weeks')),
    timeZone: String(data.get('zone')) || null,
  };
}

const updatedText = (settings) =>
  settings.updatedAt
    ? `Last saved ${formatInstant(settings.updatedAt)}.`
    : 'Not saved yet: the public page shows every figure of no organisation.';

function render(settings, choices) {
  const formError = h('p', { class: 'error', role: 'alert', 'data-testid': 'region-form-error' });
  formError.hidden = true;
  const result = h('p', { class: 'result', role: 'status', 'data-testid': 'region-result' });
  result.hidden = true;
  const updated = h(
    'p',
    { class: 'muted', 'data-testid': 'region-updated' },
    updatedText(settings),
  );
  const save = h('button', { type: 'submit', 'data-testid': 'region-save' }, 'Save');
  setChildren(
    form,
    updated,
    figuresFieldset(settings),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Organisations counted, and their programmes (each a source of money)'),
      h(
        'ul',
        { class: 'choices' },
        choices.organisations.map((organisation) => organisationChoice(organisation, settings)),
      ),
    ),
    field(
      'Weeks shown (1 to 52 whole weeks, the last ending before this one)',
      h('input', {
        name: 'weeks',
        type: 'number',
        min: 1,
        max: 52,
        step: 1,
        required: true,
        value: settings.weeks,
        'data-testid': 'region-weeks',
      }),
    ),
    field('Time zone whose Mondays begin the weeks', zoneSelect(settings.timeZone)),
    h('div', { class: 'actions' }, save),
    formError,
    result,
  );
  form.onsubmit = async (event) => {
    event.preventDefault();
    say(formError, '');
    say(result, '');
    save.disabled = true;
    try {
      const saved = await api('/region/dashboard', { method: 'PUT', body: bodyOf() });
      updated.textContent = updatedText(saved);
      say(
        result,
        'Saved: the public page shows it now (a copy fetched in the last 5 minutes may still be the old one).',
      );
    } catch (failure) {
      say(formError, failure.message);
    } finally {
      save.disabled = false;
    }
  };
  form.hidden = false;
}

async function start() {
  const session = await startPage();
  if (!hasRole(session, 'operator')) {
    byTestId('region-operator-only').hidden = false;
    return;
  }
  byTestId('region-links').hidden = false;
  const [settings, choices] = await Promise.all([
    api('/region/dashboard'),
    api('/region/organisations'),
  ]);
  render(settings, choices);
}

start().catch(showError);

/**
 * The organisation's services (what clients book by text): names and synonyms per language,
 * default length, business hours; withdrawn ones are marked. Coordinators and admins can add one.
 *
 * data-testid: services-list, service-row (data-service-key, data-active), services-error,
 * new-service, new-service-form, new-service-key, new-service-names-en, new-service-names-es,
 * new-service-names-fr, new-service-minutes, new-service-weekday (data-weekday),
 * new-service-opens, new-service-closes, new-service-submit, new-service-error,
 * new-service-result.
 */
import { startPage, hasRole } from './session.mjs';
import { api, apiAll, every } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';
import { cardTable } from './table.mjs';
import { field, splitList } from './forms.mjs';

const REFRESH_MS = 10_000;
const LANGUAGES = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const list = byTestId('services-list');
const error = byTestId('services-error');
const showError = (failure) => say(error, failure ? failure.message : '');

/** 120 → "2 h", 90 → "1 h 30 min", 45 → "45 min". */
function duration(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "Mon–Sat 08:00–19:00"; consecutive weekdays shown as a range. */
function hoursText(hours) {
  if (hours.length === 0) return 'Any time';
  return hours
    .map(({ weekdays, opens, closes }) => {
      const days = [...weekdays].sort((a, b) => a - b);
      const consecutive = days.every((day, i) => i === 0 || day === days[i - 1] + 1);
      const named =
        consecutive && days.length > 2
          ? `${WEEKDAYS[days[0]]}–${WEEKDAYS[days[days.length - 1]]}`
          : days.map((day) => WEEKDAYS[day]).join(', ');
      return `${named} ${opens}–${closes}`;
    })
    .join('; ');
}

/** The name in bold, then its synonyms. */
const namesCell = (names) =>
  h(
    'td',
    {},
    names.length === 0
      ? h('span', { class: 'muted' }, '—')
      : [h('strong', {}, names[0]), names.length > 1 ? ` (${names.slice(1).join(', ')})` : ''],
  );

function serviceRow(service) {
  return h(
    'tr',
    {
      'data-testid': 'service-row',
      'data-service-key': service.key,
      'data-active': String(service.active),
    },
    h('td', {}, service.key, service.active ? '' : h('span', { class: 'badge' }, ' withdrawn')),
    LANGUAGES.map(([language]) => namesCell(service.names[language])),
    h('td', {}, duration(service.defaultMinutes)),
    h('td', {}, hoursText(service.hours)),
    h('td', {}, service.requiredSkills.join(', ') || '—'),
  );
}

async function refresh() {
  const items = await apiAll('/services');
  setChildren(
    list,
    cardTable(
      ['Key', ...LANGUAGES.map(([, name]) => name), 'Length', 'Hours', 'Skills'],
      items.map(serviceRow),
      'No services yet: clients cannot book visits by text until one is added.',
    ),
  );
}

/** A key from the first name given: "Grocery shopping" → "grocery-shopping". */
const keyFrom = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

function bodyOf(form) {
  const data = new FormData(form);
  const names = Object.fromEntries(
    LANGUAGES.map(([language]) => [language, splitList(data.get(`names-${language}`))]),
  );
  const first = names.en[0] ?? names.es[0] ?? names.fr[0] ?? '';
  const weekdays = data.getAll('weekday').map(Number);
  return {
    key: String(data.get('key') ?? '').trim() || keyFrom(first),
    names,
    defaultMinutes: Number(data.get('minutes')),
    hours:
      weekdays.length > 0
        ? [{ weekdays, opens: String(data.get('opens')), closes: String(data.get('closes')) }]
        : [],
  };
}

function renderForm(onAdded) {
  const form = byTestId('new-service-form');
  const formError = h('p', { class: 'error', role: 'alert', 'data-testid': 'new-service-error' });
  formError.hidden = true;
  const result = h('p', { class: 'result', 'data-testid': 'new-service-result' });
  const submit = h(
    'button',
    { type: 'submit', 'data-testid': 'new-service-submit' },
    'Add service',
  );
  setChildren(
    form,
    field(
      'Key (optional; from the first name if empty)',
      h('input', { name: 'key', pattern: '[a-z0-9-]{1,40}', 'data-testid': 'new-service-key' }),
    ),
    LANGUAGES.map(([language, name]) =>
      field(
        `${name}: name, then synonyms (comma-separated)`,
        h('input', {
          name: `names-${language}`,
          placeholder: language === 'en' ? 'groceries, shopping' : '',
          'data-testid': `new-service-names-${language}`,
        }),
      ),
    ),
    field(
      'Default length (minutes)',
      h('input', {
        name: 'minutes',
        type: 'number',
        min: 15,
        max: 720,
        step: 5,
        value: 60,
        required: true,
        'data-testid': 'new-service-minutes',
      }),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Business hours (no day ticked: any time)'),
      h(
        'div',
        { class: 'actions' },
        WEEKDAYS.map((day, index) =>
          h(
            'label',
            { class: 'check' },
            h('input', {
              type: 'checkbox',
              name: 'weekday',
              value: index,
              'data-testid': 'new-service-weekday',
              'data-weekday': index,
            }),
            ` ${day}`,
          ),
        ),
      ),
      field(
        'Opens',
        h('input', {
          name: 'opens',
          type: 'time',
          value: '08:00',
          'data-testid': 'new-service-opens',
        }),
      ),
      field(
        'Closes',
        h('input', {
          name: 'closes',
          type: 'time',
          value: '19:00',
          'data-testid': 'new-service-closes',
        }),
      ),
    ),
    h('div', { class: 'actions' }, submit),
    formError,
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(formError, '');
    submit.disabled = true;
    try {
      const service = await api('/services', { method: 'POST', body: bodyOf(form) });
      result.textContent = `Added “${service.key}”.`;
      form.reset();
      await onAdded();
    } catch (failure) {
      say(formError, failure.message);
    } finally {
      submit.disabled = false;
    }
  });
}

async function start() {
  const session = await startPage();
  if (hasRole(session, 'coordinator')) {
    renderForm(refresh);
    byTestId('new-service').hidden = false;
  }
  void every(REFRESH_MS, refresh, showError);
}

start().catch(showError);

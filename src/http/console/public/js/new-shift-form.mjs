/**
 * The "New shift" form (board and simulator): "Preview" (the default, Enter) shows who would be
 * offered the shift, in order and why, who cannot take it and the charge, without posting;
 * "Post shift" posts it (POST /shifts), then says who it was offered to. "Repeat weekly" above 1
 * makes it a weekly series ("5 Monday mornings": POST /shifts/series): the preview shows each
 * date's first candidates, and the result lists each date with who it was offered to.
 * Times are typed in the organisation's time zone; in dev mode the defaults follow the
 * simulator's clock, so a shift posted after fast-forwarding is still in the future.
 *
 * data-testid: new-shift-form, new-shift-place, new-shift-start, new-shift-end,
 * new-shift-places, new-shift-supervisor, new-shift-client, new-shift-service, new-shift-skills,
 * new-shift-urgent, new-shift-weeks,
 * new-shift-preview-submit, new-shift-submit, new-shift-error, new-shift-result (data-shift-id),
 * new-shift-offered (one of each per date of a series); the preview's as in shift-preview.mjs.
 */
import { api, apiAll, serverNow } from './http.mjs';
import { h, say } from './dom.mjs';
import { field, splitList } from './forms.mjs';
import { markStale, previewSection } from './shift-preview.mjs';
import { formatRange, isoToWallClock, timeZone, wallClockToIso } from './time.mjs';

const HOUR_MS = 3_600_000;

/** Two hours from now on the hour, four hours long: a shift with reminders still ahead. */
async function defaultTimes(session) {
  const start = Math.ceil((await serverNow(session)) / HOUR_MS) * HOUR_MS + 2 * HOUR_MS;
  return {
    start: isoToWallClock(new Date(start).toISOString()),
    end: isoToWallClock(new Date(start + 4 * HOUR_MS).toISOString()),
  };
}

async function peopleWithRole(role) {
  const items = await apiAll(`/people?role=${role}`);
  return items.filter((person) => !person.shared);
}

const option = (person) => h('option', { value: person.id }, person.name);

function bodyOf(form) {
  const data = new FormData(form);
  const skills = splitList(data.get('skills'));
  const place = String(data.get('place') ?? '').trim();
  return {
    // Left empty with a client: the client's home.
    ...(place ? { place } : {}),
    start: wallClockToIso(String(data.get('start'))),
    end: wallClockToIso(String(data.get('end'))),
    places: Number(data.get('places')),
    supervisorId: String(data.get('supervisorId')),
    ...(data.get('clientId') ? { clientId: String(data.get('clientId')) } : {}),
    ...(data.get('service') ? { service: String(data.get('service')) } : {}),
    ...(skills.length > 0 ? { requiredSkills: skills } : {}),
    ...(data.get('urgent') ? { urgent: true } : {}),
    // 1: a single shift; 2–12: a weekly series (the API says why any other count is refused).
    ...(Number(data.get('weeks')) !== 1 ? { weeks: Number(data.get('weeks')) } : {}),
  };
}

function postedResult(shift, tag = 'p') {
  const offered = shift.offers.map((offer) => offer.person.name);
  return h(
    tag,
    { class: 'result', 'data-testid': 'new-shift-result', 'data-shift-id': shift.id },
    'Posted ',
    h('a', { href: `/console/shift.html?id=${encodeURIComponent(shift.id)}` }, shift.place),
    `, ${formatRange(shift.start, shift.end)}. `,
    h(
      'span',
      { 'data-testid': 'new-shift-offered' },
      offered.length > 0 ? `Offered to ${offered.join(', ')}.` : 'Nobody could be offered it yet.',
    ),
  );
}

/** Each date of a weekly series as posted, with who it was offered to. */
const postedSeries = (shifts) =>
  h(
    'div',
    {},
    h('p', {}, `Posted a weekly series of ${shifts.length} dates:`),
    h(
      'ul',
      {},
      shifts.map((shift) => postedResult(shift, 'li')),
    ),
  );

/** Draws the form into `container`; `onPosted()` runs after each post (a series is one). */
export async function mountNewShiftForm(container, session, onPosted = () => undefined) {
  const [supervisors, clients, services, times] = await Promise.all([
    peopleWithRole('supervisor'),
    peopleWithRole('client'),
    apiAll('/services?active=true'),
    defaultTimes(session),
  ]);
  const error = h('p', {
    class: 'error',
    role: 'alert',
    'data-testid': 'new-shift-error',
    hidden: true,
  });
  const result = h('div', { 'aria-live': 'polite' });
  // The first submit button is the one Enter presses: a preview, never a post by accident.
  const preview = h(
    'button',
    { type: 'submit', value: 'preview', 'data-testid': 'new-shift-preview-submit' },
    'Preview',
  );
  const submit = h(
    'button',
    { type: 'submit', value: 'post', class: 'secondary', 'data-testid': 'new-shift-submit' },
    'Post shift',
  );
  const form = h(
    'form',
    { class: 'card form-grid', 'data-testid': 'new-shift-form' },
    field(
      "Place (empty: the client's home)",
      h('input', {
        name: 'place',
        maxlength: 200,
        'data-testid': 'new-shift-place',
      }),
    ),
    field(
      `Start (${timeZone()})`,
      h('input', {
        name: 'start',
        type: 'datetime-local',
        required: true,
        value: times.start,
        'data-testid': 'new-shift-start',
      }),
    ),
    field(
      `End (${timeZone()})`,
      h('input', {
        name: 'end',
        type: 'datetime-local',
        required: true,
        value: times.end,
        'data-testid': 'new-shift-end',
      }),
    ),
    field(
      'Places',
      h('input', {
        name: 'places',
        type: 'number',
        min: 1,
        max: 100,
        value: 1,
        required: true,
        'data-testid': 'new-shift-places',
      }),
    ),
    field(
      'Supervisor',
      h(
        'select',
        { name: 'supervisorId', required: true, 'data-testid': 'new-shift-supervisor' },
        supervisors.map(option),
      ),
    ),
    field(
      'Client (optional)',
      h(
        'select',
        { name: 'clientId', 'data-testid': 'new-shift-client' },
        h('option', { value: '' }, 'None'),
        clients.map(option),
      ),
    ),
    field(
      'Service (optional: adds its skills)',
      h(
        'select',
        { name: 'service', 'data-testid': 'new-shift-service' },
        h('option', { value: '' }, 'None'),
        services.map((service) =>
          h('option', { value: service.key }, service.names.en[0] ?? service.key),
        ),
      ),
    ),
    field(
      'Skills (comma-separated)',
      h('input', {
        name: 'skills',
        placeholder: 'first_aid, driving',
        'data-testid': 'new-shift-skills',
      }),
    ),
    field(
      'Repeat weekly (dates, 1 = once)',
      h('input', {
        name: 'weeks',
        type: 'number',
        min: 1,
        max: 12,
        value: 1,
        required: true,
        'data-testid': 'new-shift-weeks',
      }),
    ),
    h(
      'label',
      { class: 'check' },
      h('input', {
        name: 'urgent',
        type: 'checkbox',
        value: 'yes',
        'data-testid': 'new-shift-urgent',
      }),
      ' Urgent',
    ),
    h('div', { class: 'actions' }, preview, submit),
    error,
  );
  form.addEventListener('input', () => markStale(result.querySelector('[data-testid="preview"]')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const posting = event.submitter === submit;
    say(error, '');
    preview.disabled = submit.disabled = true;
    try {
      const body = bodyOf(form);
      if (posting && body.weeks) {
        const { shifts } = await api('/shifts/series', { method: 'POST', body });
        result.replaceChildren(postedSeries(shifts));
        onPosted();
      } else if (posting) {
        const shift = await api('/shifts', { method: 'POST', body });
        result.replaceChildren(postedResult(shift));
        onPosted();
      } else {
        const answer = await api('/shifts/preview', { method: 'POST', body });
        result.replaceChildren(previewSection(answer, () => form.requestSubmit(submit)));
        result.querySelector('#preview-title').focus();
      }
    } catch (failure) {
      say(error, failure.message);
    } finally {
      preview.disabled = submit.disabled = false;
    }
  });
  container.replaceChildren(form, result);
}

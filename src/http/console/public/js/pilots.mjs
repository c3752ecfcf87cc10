/**
 * The organisation's pilots (a named cohort with a badge, trialling a new service), a form to
 * start one (coordinators; its cohort: everyone holding the badge now), and the pilot chosen
 * (?id= in the URL, with the days asked for in ?from=&to=) day by day: the cohort's bookings
 * and confirmed hours, its hours by area, and the places of other skills filled and unfilled
 * the same days; each chart with its figures in a table below it, and the figures as CSV.
 *
 * The figures are GET /api/v1/pilots/:id/daily's, as it answers them; the CSV is its .csv twin.
 *
 * data-testid: pilots-list, pilot-row (data-pilot-id), pilots-empty, pilots-error,
 * new-pilot-form, new-pilot-name, new-pilot-badge, new-pilot-from, new-pilot-to,
 * new-pilot-error, new-pilot-submit, pilot (data-pilot-id), pilot-name, pilot-summary,
 * pilot-range, pilot-range-id, pilot-from, pilot-to, pilot-show, pilot-csv, pilot-charts, pilot-chart
 * (data-chart), figure (data-chart, data-field, data-period, data-value), skill-row (data-skill).
 */
import { hasRole, startPage } from './session.mjs';
import { api, apiAll } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';

const asked = new URLSearchParams(location.search);
const selectedId = asked.get('id') ?? '';
const error = byTestId('pilots-error');

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dayLabel = new Intl.DateTimeFormat(undefined, {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
/** "Tue 1 Dec" for a calendar day (YYYY-MM-DD, reckoned at UTC midnight: no zone shift). */
const dayOf = (date) => dayLabel.format(Date.parse(`${date}T00:00:00Z`));

const PALETTE = ['#1b5fa8', '#1e6b3a', '#e08a00', '#5b3f8c', '#b3261e', '#0e7c86', '#7a5c00'];
const colourOf = (index) => PALETTE[index % PALETTE.length];

function pilotRow(pilot) {
  return h(
    'li',
    {},
    h(
      'a',
      {
        href: `pilots.html?id=${encodeURIComponent(pilot.id)}`,
        class: 'person-row',
        'data-testid': 'pilot-row',
        'data-pilot-id': pilot.id,
        'aria-current': pilot.id === selectedId ? 'true' : null,
      },
      h('strong', {}, pilot.name),
      h(
        'span',
        { class: 'muted' },
        `${pilot.badge} · ${pilot.cohort.length} people · ${pilot.from} to ${pilot.to}`,
      ),
    ),
  );
}

function showList(pilots) {
  setChildren(
    byTestId('pilots-list'),
    pilots.length > 0
      ? pilots.map(pilotRow)
      : h('li', { class: 'muted', 'data-testid': 'pilots-empty' }, 'No pilots yet.'),
  );
}

function offerNewPilot() {
  const form = byTestId('new-pilot-form');
  const formError = byTestId('new-pilot-error');
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(form));
    const submit = byTestId('new-pilot-submit');
    submit.disabled = true;
    say(formError, '');
    try {
      const created = await api('/pilots', { method: 'POST', body: fields });
      location.assign(`pilots.html?id=${encodeURIComponent(created.id)}`);
    } catch (failure) {
      say(formError, failure.message);
      submit.disabled = false;
    }
  });
}

const cell = (chart, field, period, value, shown = number.format(value)) =>
  h(
    'td',
    {
      'data-testid': 'figure',
      'data-chart': chart,
      'data-field': field,
      'data-period': period,
      'data-value': value,
    },
    shown,
  );

/** A table of figures per day (its columns: [heading, value of a day]) with a totals row. */
function dayTable(chart, title, days, columns, totals) {
  return h(
    'table',
    {},
    h('caption', { class: 'visually-hidden' }, title),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Day'),
        columns.map(([heading]) => h('th', { scope: 'col' }, heading)),
      ),
    ),
    h(
      'tbody',
      {},
      days.map((day) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, dayOf(day.date)),
          columns.map(([heading, valueOf]) => cell(chart, heading, day.date, valueOf(day))),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Total'),
        columns.map(([heading], i) => cell(chart, heading, 'total', totals[i])),
      ),
    ),
  );
}

/** Each other skill's places over the days shown: posted, filled and unfilled. */
function skillTable(skills) {
  if (skills.length === 0) return h('p', { class: 'muted' }, 'No shift needed another skill.');
  return h(
    'table',
    {},
    h('caption', {}, 'By skill, over the days shown'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Skill', 'Places', 'Filled', 'Unfilled'].map((heading) =>
          h('th', { scope: 'col' }, heading),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      skills.map((s) =>
        h(
          'tr',
          { 'data-testid': 'skill-row', 'data-skill': s.skill },
          h('th', { scope: 'row' }, s.skill),
          cell('skills', 'places', s.skill, s.places),
          cell('skills', 'filled', s.skill, s.filled),
          cell('skills', 'unfilled', s.skill, s.unfilled),
        ),
      ),
    ),
  );
}

const sum = (values) => values.reduce((total, value) => total + value, 0);
const areaHours = (day, area) => day.areas.find((a) => a.area === area)?.hoursConfirmed ?? 0;
const demand = (day, field) => sum(day.otherSkills.map((s) => s[field]));

/** The three charts: each its series (a label, a colour, a day's value) and its tables. */
function chartsOf(daily) {
  const { days, totals } = daily;
  const areas = totals.areas.map((a) => a.area);
  const cohort = [
    ['Bookings', (day) => day.bookings],
    ['Hours confirmed', (day) => day.hoursConfirmed],
  ];
  const byArea = areas.map((area) => [area, (day) => areaHours(day, area)]);
  const skills = [
    ['Filled', (day) => demand(day, 'filled')],
    ['Unfilled', (day) => demand(day, 'unfilled')],
  ];
  return [
    {
      id: 'cohort',
      title: 'Bookings and hours per day',
      series: cohort,
      colours: ['#9db7d5', '#1e6b3a'],
      tables: [
        dayTable('cohort', 'Bookings and hours per day', days, cohort, [
          totals.bookings,
          totals.hoursConfirmed,
        ]),
      ],
    },
    {
      id: 'areas',
      title: 'Hours by area',
      stacked: true,
      series: byArea,
      colours: areas.map((_, i) => colourOf(i)),
      tables: [
        areas.length > 0
          ? dayTable(
              'areas',
              'Hours by area',
              days,
              byArea,
              totals.areas.map((a) => a.hoursConfirmed),
            )
          : h('p', { class: 'muted' }, 'The cohort held no places these days.'),
      ],
    },
    {
      id: 'skills',
      title: 'Other skills: places filled and unfilled',
      stacked: true,
      series: skills,
      colours: ['#1b5fa8', '#b3261e'],
      tables: [
        dayTable('skills', 'Other skills per day', days, skills, [
          sum(totals.otherSkills.map((s) => s.filled)),
          sum(totals.otherSkills.map((s) => s.unfilled)),
        ]),
        skillTable(totals.otherSkills),
      ],
    },
  ];
}

function chartSection(chart, daily) {
  const headingId = `chart-${chart.id}`;
  const canvas = h(
    'canvas',
    {
      role: 'img',
      'aria-label': `${chart.title}, ${daily.from} to ${daily.to}; the figures are in the table that follows.`,
    },
    'The figures are in the table that follows.',
  );
  const section = h(
    'section',
    {
      class: 'card report-chart',
      'data-testid': 'pilot-chart',
      'data-chart': chart.id,
      'aria-labelledby': headingId,
    },
    h('h2', { id: headingId }, chart.title),
    h('div', { class: 'chart-box' }, canvas),
    h(
      'details',
      {},
      h('summary', {}, `${chart.title}: figures`),
      h('div', { class: 'table-scroll' }, chart.tables),
    ),
  );
  const draw = () =>
    new globalThis.Chart(canvas, {
      type: 'bar',
      data: {
        labels: daily.days.map((day) => dayOf(day.date)),
        datasets: chart.series.map(([label, valueOf], i) => ({
          label,
          data: daily.days.map(valueOf),
          backgroundColor: chart.colours[i],
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: Boolean(chart.stacked) },
          y: { stacked: Boolean(chart.stacked), beginAtZero: true },
        },
      },
    });
  return { section, draw };
}

/** The days asked in the URL, else the pilot's own (the API keeps them to 92). */
function dailyQuery() {
  const from = asked.get('from');
  const to = asked.get('to');
  return from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : '';
}

async function showPilot(id) {
  const [pilot, daily] = await Promise.all([
    api(`/pilots/${encodeURIComponent(id)}`),
    api(`/pilots/${encodeURIComponent(id)}/daily${dailyQuery()}`),
  ]);
  const detail = byTestId('pilot');
  detail.hidden = false;
  detail.dataset.pilotId = pilot.id;
  byTestId('pilot-name').textContent = pilot.name;
  byTestId('pilot-summary').textContent =
    `${pilot.cohort.length} people with the badge ${pilot.badge}, ${pilot.from} to ${pilot.to}; ` +
    `shown: ${daily.from} to ${daily.to} (${daily.timeZone}).`;
  byTestId('pilot-range-id').value = pilot.id;
  byTestId('pilot-from').value = daily.from;
  byTestId('pilot-to').value = daily.to;
  byTestId('pilot-csv').href =
    `/api/v1/pilots/${encodeURIComponent(pilot.id)}/daily.csv?from=${daily.from}&to=${daily.to}`;
  byTestId('pilot-csv').setAttribute('download', `pilot-${daily.from}-to-${daily.to}.csv`);
  const charts = chartsOf(daily).map((chart) => chartSection(chart, daily));
  setChildren(
    byTestId('pilot-charts'),
    charts.map((c) => c.section),
  );
  charts.forEach((c) => c.draw());
}

async function main() {
  const session = await startPage();
  try {
    showList(await apiAll('/pilots'));
    if (hasRole(session, 'coordinator')) offerNewPilot();
    if (selectedId) await showPilot(selectedId);
  } catch (failure) {
    say(error, failure.message);
  }
}

main();

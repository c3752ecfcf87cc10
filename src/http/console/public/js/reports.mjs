/**
 * The organisation's figures per day or per week for a range of days (kept in the URL's query,
 * which the form submits to), or, with a partner chosen, the figures of the work done under the
 * partnerships with that organisation (either way round); each group drawn as a Chart.js bar chart with the same figures
 * in a table below it (the chart's text alternative), and the figures as a CSV file.
 *
 * The figures are GET /api/v1/reports/summary's, as it answers them: the page sums nothing.
 * The CSV is written here from that same answer, so it cannot disagree with the charts.
 *
 * data-testid: report-form, report-from, report-to, report-partner, report-per-day, report-per-week, report-show,
 * report-csv, report-error, report-scope, report-charts, report-chart (data-chart, data-per),
 * report-figures, figure (data-field, data-period, data-value), figure-total (data-field,
 * data-value).
 */
import { startPage } from './session.mjs';
import { api, apiAll, serverNow } from './http.mjs';
import { byTestId, h, say, setChildren } from './dom.mjs';

const DEFAULT_DAYS = 28;
const DAY_MS = 86_400_000;

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const count = (value) => number.format(value);

/** Each chart: the figures it draws (counts, hours or cents), with a colour and a legend each. */
const CHARTS = [
  {
    id: 'places',
    title: 'Places filled and offered',
    unit: 'count',
    series: [
      { field: 'places', label: 'Offered', colour: '#9db7d5' },
      { field: 'placesFilled', label: 'Filled', colour: '#1b5fa8' },
    ],
  },
  {
    id: 'attendance',
    title: 'No-shows and drops',
    unit: 'count',
    series: [
      { field: 'noShows', label: 'No-shows', colour: '#b3261e' },
      { field: 'drops', label: 'Drops', colour: '#e08a00' },
    ],
  },
  {
    id: 'hours',
    title: 'Hours confirmed',
    unit: 'hours',
    series: [{ field: 'hoursConfirmed', label: 'Hours', colour: '#1e6b3a' }],
  },
  {
    id: 'charges',
    title: 'Charges under partnerships',
    unit: 'cents',
    series: [
      { field: 'chargeCents', label: 'Charged to us', colour: '#5b3f8c' },
      { field: 'chargesEarnedCents', label: 'Earned from partners', colour: '#1b5fa8' },
    ],
  },
  {
    id: 'texts',
    title: 'Texts',
    unit: 'count',
    series: [
      { field: 'messagesSent', label: 'Sent', colour: '#1b5fa8' },
      { field: 'messagesDelivered', label: 'Delivered', colour: '#1e6b3a' },
      { field: 'messagesFailed', label: 'Failed', colour: '#b3261e' },
    ],
  },
];

const shown = (chart, value) => (chart.unit === 'cents' ? money.format(value / 100) : count(value));
const drawn = (chart, value) => (chart.unit === 'cents' ? value / 100 : value);

/** Dates as YYYY-MM-DD, reckoned at UTC midnight (calendar days, not instants). */
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date) => Date.parse(`${date}T00:00:00Z`);
const dayLabel = new Intl.DateTimeFormat(undefined, {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const shortDay = new Intl.DateTimeFormat(undefined, {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
});

/** "Mon 30 Nov" for a day, "30 Nov – 6 Dec" for a week. */
const periodLabel = (period) =>
  period.date
    ? dayLabel.format(dayMs(period.date))
    : `${shortDay.format(dayMs(period.from))} – ${shortDay.format(dayMs(period.to))}`;
const periodKey = (period) => period.date ?? period.from;

/** Today in the organisation's zone (the simulator's today in dev mode), as YYYY-MM-DD. */
async function today(session) {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: session.timeZone });
  return format.format(await serverNow(session));
}

/** The range and grouping asked for in the URL; by default the 28 days ending today, per day. */
async function askedRange(session) {
  const query = new URLSearchParams(location.search);
  const to = query.get('to') || (await today(session));
  const from = query.get('from') || isoDate(dayMs(to) - (DEFAULT_DAYS - 1) * DAY_MS);
  return {
    from,
    to,
    per: query.get('per') === 'week' ? 'week' : 'day',
    partner: query.get('partner') || '',
  };
}

/**
 * The organisations whose figures may be shown: ours, then each partner of a partnership that is
 * or was in force (an ended one keeps its history), by name. A proposal shares nothing.
 */
async function reportOrganisations(session) {
  const partnerships = await apiAll('/partnerships');
  const partners = new Map();
  for (const partnership of partnerships) {
    if (partnership.pending) continue;
    const partner = partnership.side === 'provider' ? partnership.client : partnership.provider;
    partners.set(partner.id, partner.name);
  }
  return [
    { id: '', name: session.organisationName, scope: session.organisationName },
    ...[...partners]
      .map(([id, name]) => ({
        id,
        name: `${name} (partnership)`,
        scope: `Under our partnership with ${name}`,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ];
}

function fillForm({ from, to, per, partner }, organisations) {
  byTestId('report-from').value = from;
  byTestId('report-to').value = to;
  byTestId(`report-per-${per}`).checked = true;
  setChildren(
    byTestId('report-partner'),
    organisations.map(({ id, name }) => h('option', { value: id, selected: id === partner }, name)),
  );
}

function figuresTable(chart, periods, totals) {
  const columns = chart.series;
  const figure = (series, period) =>
    h(
      'td',
      {
        'data-testid': 'figure',
        'data-field': series.field,
        'data-period': periodKey(period),
        'data-value': period[series.field],
      },
      shown(chart, period[series.field]),
    );
  return h(
    'table',
    { 'data-testid': 'report-figures' },
    h('caption', { class: 'visually-hidden' }, chart.title),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, periods[0]?.date ? 'Day' : 'Week'),
        columns.map((series) => h('th', { scope: 'col' }, series.label)),
      ),
    ),
    h(
      'tbody',
      {},
      periods.map((period) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, periodLabel(period)),
          columns.map((series) => figure(series, period)),
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
        columns.map((series) =>
          h(
            'td',
            {
              'data-testid': 'figure-total',
              'data-field': series.field,
              'data-value': totals[series.field],
            },
            shown(chart, totals[series.field]),
          ),
        ),
      ),
    ),
  );
}

function drawChart(canvas, chart, periods) {
  return new globalThis.Chart(canvas, {
    type: 'bar',
    data: {
      labels: periods.map(periodLabel),
      datasets: chart.series.map((series) => ({
        label: series.label,
        data: periods.map((period) => drawn(chart, period[series.field])),
        backgroundColor: series.colour,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        y: {
          beginAtZero: true,
          ticks: {
            precision: chart.unit === 'count' ? 0 : undefined,
            callback: (value) => (chart.unit === 'cents' ? money.format(value) : value),
          },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const series = chart.series[item.datasetIndex];
              return `${series.label}: ${shown(chart, periods[item.dataIndex][series.field])}`;
            },
          },
        },
      },
    },
  });
}

function chartSection(chart, report, per) {
  const periods = per === 'week' ? report.weeks : report.days;
  const headingId = `chart-${chart.id}`;
  const canvas = h(
    'canvas',
    {
      role: 'img',
      'aria-label': `${chart.title} per ${per}, ${report.from} to ${report.to}; the figures are in the table that follows.`,
    },
    'The figures are in the table that follows.',
  );
  const section = h(
    'section',
    {
      class: 'card report-chart',
      'data-testid': 'report-chart',
      'data-chart': chart.id,
      'data-per': per,
      'aria-labelledby': headingId,
    },
    h('h2', { id: headingId }, chart.title),
    h('div', { class: 'chart-box' }, canvas),
    h(
      'details',
      {},
      h('summary', {}, `${chart.title}: figures per ${per}`),
      h('div', { class: 'table-scroll' }, figuresTable(chart, periods, report.totals)),
    ),
  );
  return { section, draw: () => drawChart(canvas, chart, periods) };
}

/** Every figure of the answer, a row per day or week; the values are numbers and dates only. */
function csvOf(report, per) {
  const periods = per === 'week' ? report.weeks : report.days;
  const fields = Object.keys(report.totals);
  const lines = [
    ['from', 'to', ...fields].join(','),
    ...periods.map((period) =>
      [period.date ?? period.from, period.date ?? period.to, ...fields.map((f) => period[f])].join(
        ',',
      ),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function main() {
  const session = await startPage();
  const range = await askedRange(session);
  const error = byTestId('report-error');
  let report;
  let organisations;
  try {
    organisations = await reportOrganisations(session);
    fillForm(range, organisations);
    const partner = range.partner ? `&partner=${encodeURIComponent(range.partner)}` : '';
    report = await api(`/reports/summary?from=${range.from}&to=${range.to}${partner}`);
  } catch (failure) {
    say(error, failure.message);
    return;
  }
  const whose =
    organisations.find((o) => o.id === range.partner)?.scope ?? session.organisationName;
  byTestId('report-scope').textContent =
    `${whose}, ${range.from} to ${range.to} (${report.timeZone}), per ${range.per}.`;
  const charts = CHARTS.map((chart) => chartSection(chart, report, range.per));
  setChildren(
    byTestId('report-charts'),
    charts.map((c) => c.section),
  );
  charts.forEach((c) => c.draw());
  const csv = byTestId('report-csv');
  csv.disabled = false;
  csv.addEventListener('click', () =>
    download(
      `report-${range.partner ? `partner-${range.partner}-` : ''}${report.from}-to-${report.to}-per-${range.per}.csv`,
      csvOf(report, range.per),
    ),
  );
}

main();

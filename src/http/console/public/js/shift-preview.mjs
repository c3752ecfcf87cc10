/**
 * What posting a shift would do, shown before it is posted (POST /shifts/preview): who would be
 * offered it, in the order the offers go out, and why; who cannot take it and why; when each
 * first offer would be texted (quiet hours); the charge under each partnership.
 *
 * data-testid: preview (data-stale), preview-summary, preview-cost, preview-stale, preview-post,
 * preview-not-in-force,
 * preview-row (data-person-name, data-rank, data-offered-at-once), preview-reasons, preview-charge, preview-texted,
 * excluded-row (data-person-name), excluded-reasons; a weekly series' preview:
 * preview-occurrence (data-start), preview-occurrence-first (data-person-names).
 */
import { h } from './dom.mjs';
import { dollars } from './labels.mjs';
import { cardTable, reasonList } from './table.mjs';
import { formatInstant, formatRange } from './time.mjs';

const STRATEGY = {
  sequential: 'one at a time, each offer open for a while before the next',
  waves: 'in waves, the next wave when the last has answered or expired',
  broadcast: 'to everyone at once: the first to say YES get the places',
};

const hours = (minutes) => `${Math.round((minutes / 60) * 100) / 100}\u00a0h`;

function whenTexted(candidate) {
  if (!candidate.offeredAtOnce) return 'Later, if those above say no or let it expire';
  if (candidate.quietHours === 'held_past_close')
    return 'Not texted: their quiet hours last until the offer would close';
  if (candidate.quietHours === 'held')
    return `At ${formatInstant(candidate.textedAt)}, when their quiet hours end`;
  return 'At once';
}

/** One element, so a narrow screen's card keeps the name and the organisation together. */
const who = (person, organisation, partner = false) =>
  h(
    'span',
    {},
    person.name,
    h('br'),
    h('span', { class: 'muted' }, organisation.name),
    partner && [' ', h('span', { class: 'badge' }, 'Partner')],
  );

const candidateRow = (candidate) =>
  h(
    'tr',
    {
      'data-testid': 'preview-row',
      'data-person-name': candidate.person.name,
      'data-rank': candidate.rank,
      'data-offered-at-once': candidate.offeredAtOnce,
    },
    h('td', {}, String(candidate.rank)),
    h('td', {}, who(candidate.person, candidate.organisation, candidate.partnership)),
    h('td', {}, reasonList(candidate.reasons, 'preview-reasons')),
    h(
      'td',
      { 'data-testid': 'preview-charge' },
      `${dollars(candidate.chargeCentsPerHour)}/h · ${dollars(candidate.costCents)}`,
    ),
    h('td', { 'data-testid': 'preview-texted' }, whenTexted(candidate)),
  );

const excludedRow = (excluded) =>
  h(
    'tr',
    { 'data-testid': 'excluded-row', 'data-person-name': excluded.person.name },
    h('td', {}, who(excluded.person, excluded.organisation)),
    h('td', {}, reasonList(excluded.reasons, 'excluded-reasons')),
  );

const NOT_IN_FORCE = { proposed: 'is proposed and not accepted yet', ended: 'has ended' };

/** Partners whose workers the ranking leaves out entirely, so nobody wonders where they went. */
const notInForce = (partnerships) =>
  partnerships.length > 0 &&
  h(
    'ul',
    { class: 'muted', 'data-testid': 'preview-not-in-force' },
    partnerships.map(({ provider, state }) =>
      h(
        'li',
        {},
        `${provider.name}'s workers are not considered: the partnership ${NOT_IN_FORCE[state]}.`,
      ),
    ),
  );

function costLine(preview) {
  const { places, minutesPerPlace, cost } = preview;
  const line = [
    `Estimated charge ${dollars(cost.estimatedCents)}: ${places} place${places === 1 ? '' : 's'}`,
    ` of ${hours(minutesPerPlace)}, each at the rate of the person ranked for it.`,
  ].join('');
  if (cost.placesUncovered === 0) return line;
  return `${line} ${cost.placesUncovered} of the places have nobody eligible to offer.`;
}

/** The section around a preview: its heading, the stale note, `body`, and the post button. */
const previewFrame = (body, postLabel, post) =>
  h(
    'section',
    { class: 'card preview', 'data-testid': 'preview', 'aria-labelledby': 'preview-title' },
    h('h2', { id: 'preview-title', tabindex: -1 }, 'Before you post'),
    h(
      'p',
      { class: 'error', 'data-testid': 'preview-stale', hidden: true },
      'The form has changed since this preview: preview again to see who would be offered it.',
    ),
    body,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', 'data-testid': 'preview-post', onclick: post }, postLabel),
    ),
  );

/** How many of each date's candidates a series' preview names. */
const FIRST_PER_DATE = 3;

/** One date of a weekly series: who would be offered it first there, and its charge. */
function occurrenceRow(occurrence) {
  const first = occurrence.candidates.slice(0, FIRST_PER_DATE);
  return h(
    'tr',
    { 'data-testid': 'preview-occurrence', 'data-start': occurrence.start },
    h('td', {}, formatRange(occurrence.start, occurrence.end)),
    h(
      'td',
      {
        'data-testid': 'preview-occurrence-first',
        'data-person-names': first.map((c) => c.person.name).join(','),
      },
      first.length > 0
        ? h(
            'ol',
            { class: 'reasons' },
            first.map((c) =>
              h('li', {}, `${c.person.name} (${c.organisation.name}): ${c.reasons.join(', ')}`),
            ),
          )
        : 'Nobody can take it',
    ),
    h(
      'td',
      {},
      `${occurrence.candidates.length} can take it, ${occurrence.excluded.length} cannot`,
    ),
    h('td', {}, dollars(occurrence.cost.estimatedCents)),
  );
}

/** A weekly series' preview: each date's first candidates (who is free differs by date). */
function seriesPreviewBody({ occurrences }) {
  const total = occurrences.reduce((sum, o) => sum + o.cost.estimatedCents, 0);
  return [
    h(
      'p',
      { 'data-testid': 'preview-summary' },
      `${occurrences.length} dates, one a week. `,
      `Each is offered ${STRATEGY[occurrences[0].strategy] ?? occurrences[0].strategy}.`,
    ),
    h(
      'p',
      { 'data-testid': 'preview-cost' },
      `Estimated charge ${dollars(total)} for the series, each place at the rate of the person ranked for it.`,
    ),
    notInForce(occurrences[0].partnershipsNotInForce),
    h('h3', {}, 'Who would be offered each date first'),
    cardTable(
      ['Date', `First ${FIRST_PER_DATE}, in order`, 'Eligible', 'Estimated charge'],
      occurrences.map(occurrenceRow),
      'No dates.',
    ),
  ];
}

/** A single shift's preview: every candidate in order, the excluded, the cost. */
function shiftPreviewBody(preview) {
  const { candidates, excluded } = preview;
  return [
    h(
      'p',
      { 'data-testid': 'preview-summary' },
      `${candidates.length} can take it and ${excluded.length} cannot. `,
      `It would be offered ${STRATEGY[preview.strategy] ?? preview.strategy}.`,
    ),
    h('p', { 'data-testid': 'preview-cost' }, costLine(preview)),
    notInForce(preview.partnershipsNotInForce),
    h('h3', {}, 'Who would be offered it, in order'),
    cardTable(
      ['Rank', 'Who', 'Why here', 'Charge', 'Texted'],
      candidates.map(candidateRow),
      'Nobody can take this shift as it stands.',
    ),
    h('h3', {}, 'Who cannot take it, and why'),
    cardTable(['Who', 'Why not'], excluded.map(excludedRow), 'Nobody is left out.'),
  ];
}

/**
 * The preview as a section of the page: a shift's, or a weekly series' (its `occurrences`);
 * its "Post" button calls `post`.
 */
export function previewSection(preview, post) {
  return preview.occurrences
    ? previewFrame(seriesPreviewBody(preview), 'Post this series', post)
    : previewFrame(shiftPreviewBody(preview), 'Post this shift', post);
}

/** Marks a shown preview as out of date (the form changed after it). */
export function markStale(section) {
  if (!section) return;
  section.setAttribute('data-stale', 'true');
  section.querySelector('[data-testid="preview-stale"]').hidden = false;
  // Posting now would post what the form says, not what was previewed.
  section.querySelector('[data-testid="preview-post"]').disabled = true;
}

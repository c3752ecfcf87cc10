import { minutesToHours } from '../../domain/hours';
import {
  formatDate,
  formatDay,
  formatHours,
  renderMessage,
  type Language,
  type MessageKey,
} from '../../i18n';
import { aimInWords } from '../../record/aims';
import type { WorkerRecord } from '../../record/build-record';
import type { Names } from '../../record/summarise';
import { escapeHtml } from './html';
import { sharingSection, type SharingView } from './record-sharing';

export const RECORD_CSS_PATH = '/public/record.css';

/** The page's frame: its language, a title, our stylesheet, and nothing that runs. */
function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${RECORD_CSS_PATH}"></head>
<body><main>
${body}
</main></body>
</html>
`;
}

function words(language: Language) {
  return (key: MessageKey, vars: Record<string, string | number> = {}) =>
    escapeHtml(renderMessage(key, language, vars));
}

function hoursTable(heading: string, hoursColumn: string, rows: [string, string][]) {
  const body = rows
    .map(([name, hours]) => `<tr><td>${escapeHtml(name)}</td><td>${hours}</td></tr>`)
    .join('\n');
  return `<table>
<thead><tr><th scope="col">${heading}</th><th scope="col">${hoursColumn}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function listOr(items: readonly string[], none: string): string {
  return items.length === 0
    ? `<p class="note">${none}</p>`
    : `<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
}

/**
 * The worker's own record, in their language: hours confirmed (by type of work and by
 * organisation), programmes, reliability with the dates it covers, skills, badges with the date
 * each was earned, aims, and whom the record is shared with (with forms to change it). Every word
 * is from the locales; every name is escaped.
 */
export function recordPage(
  record: WorkerRecord,
  language: Language,
  timeZone: string,
  sharing: SharingView,
): string {
  const t = words(language);
  const hours = (minutes: number) => formatHours(minutesToHours(minutes), language);
  const workName = (work: Names | undefined) =>
    work?.[language] || work?.en || renderMessage('record_page.other_work', language, {});
  const { reliability } = record;
  const earned = new Map(record.badgesEarned.map((b) => [b.badge, b.earnedAt]));
  const badges = record.badges.map((badge) => {
    const at = earned.get(badge);
    return at
      ? renderMessage('record_page.badge_earned', language, {
          badge,
          date: formatDate(at, timeZone, language),
        })
      : badge;
  });

  const hoursSection =
    record.hours.totalMinutes === 0
      ? `<p class="note">${t('record_page.no_hours')}</p>`
      : [
          `<p class="total">${t('record_page.hours_total', { hours: hours(record.hours.totalMinutes) })}</p>`,
          hoursTable(
            t('record_page.by_work'),
            t('record_page.hours_column'),
            record.hours.byWork.map((w) => [workName(w.work), hours(w.minutes)]),
          ),
          hoursTable(
            t('record_page.by_organisation'),
            t('record_page.hours_column'),
            record.hours.byOrganisation.map((o) => [o.name, hours(o.minutes)]),
          ),
        ].join('\n');

  const programmes =
    record.programmes.length === 0
      ? ''
      : `<section>
<h2>${t('record_page.programmes_heading')}</h2>
<ul>
${record.programmes
  .map((p) => {
    const progress = p.completed
      ? `<span class="done">${t('record_page.programme_completed', { hours: hours(p.minutesConfirmed) })}</span>`
      : t('record_page.programme_progress', {
          hours: hours(p.minutesConfirmed),
          allotment: hours(p.minutesPerParticipant),
        });
    return `<li>${escapeHtml(p.name)} (${escapeHtml(p.organisationName)}): ${progress}</li>`;
  })
  .join('\n')}
</ul>
</section>`;

  const period =
    reliability.firstShift && reliability.lastShift
      ? t('record_page.period', {
          from: formatDay(reliability.firstShift, timeZone, language),
          to: formatDay(reliability.lastShift, timeZone, language),
        })
      : t('record_page.no_shifts');
  const counts: [MessageKey, number][] = [
    ['record_page.on_time', reliability.onTime],
    ['record_page.late', reliability.late],
    ['record_page.no_shows', reliability.noShows],
    ['record_page.drops', reliability.drops],
  ];

  return page(
    language,
    renderMessage('record_page.title', language, {}),
    `<h1>${t('record_page.title')}</h1>
<p class="note">${t('record_page.private')}</p>
<section>
<h2>${t('record_page.hours_heading')}</h2>
${hoursSection}
</section>
${programmes}
<section>
<h2>${t('record_page.reliability_heading')}</h2>
<p class="note">${period}</p>
<table>
<tbody>
${counts.map(([key, count]) => `<tr><td>${t(key)}</td><td>${count}</td></tr>`).join('\n')}
</tbody>
</table>
</section>
<section>
<h2>${t('record_page.skills_heading')}</h2>
${listOr(record.skills, t('record_page.none'))}
</section>
<section>
<h2>${t('record_page.badges_heading')}</h2>
${listOr(badges, t('record_page.none'))}
</section>
<section>
<h2>${t('record_page.aims_heading')}</h2>
${listOr(
  record.aims.map((aim) => aimInWords(aim, language)),
  t('record_page.none'),
)}
</section>
${sharingSection(sharing, language)}`,
  );
}

/** What every dead link shows, whatever made it dead: expired, withdrawn, tampered, unknown. */
export function expiredRecordPage(language: Language): string {
  const t = words(language);
  return page(
    language,
    renderMessage('record_page.expired_title', language, {}),
    `<h1>${t('record_page.expired_title')}</h1>
<p>${t('record_page.expired')}</p>`,
  );
}

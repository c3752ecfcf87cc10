import { renderMessage, type Language, type MessageKey } from '../../i18n';
import { escapeHtml } from './html';

/** What the worker's last change on the page did, or why it did nothing. */
export interface ShareNotice {
  outcome: 'shared' | 'withdrawn' | 'not_shared' | 'unknown' | 'which';
  name: string;
}

/** The record page's part where the worker shares their record with an organisation, or stops. */
export interface SharingView {
  /** The page's own path (the signed link): its forms post back to it. */
  action: string;
  sharedWith: { id: string; name: string }[];
  notice?: ShareNotice;
}

const NOTICES = {
  shared: 'record_page.shared',
  withdrawn: 'share.withdrawn',
  not_shared: 'share.not_shared',
  unknown: 'record_page.unknown_organisation',
  which: 'record_page.which_organisation',
} as const satisfies Record<ShareNotice['outcome'], MessageKey>;

function notice({ outcome, name }: ShareNotice, language: Language): string {
  const problem = outcome === 'unknown' || outcome === 'which';
  const text = escapeHtml(renderMessage(NOTICES[outcome], language, { name }));
  return `<p class="notice${problem ? ' problem' : ''}" role="status">${text}</p>`;
}

/**
 * Plain forms (the page runs no script): one "stop sharing" button per organisation the record is
 * shared with, and a field for an organisation's full name, as SHARE takes it by text.
 */
export function sharingSection(view: SharingView, language: Language): string {
  const t = (key: MessageKey, vars: Record<string, string> = {}) =>
    escapeHtml(renderMessage(key, language, vars));
  const action = escapeHtml(view.action);
  const shares =
    view.sharedWith.length === 0
      ? `<p class="note">${t('record_page.shared_with_none')}</p>`
      : `<p>${t('record_page.shared_with')}</p>
<ul class="shares">
${view.sharedWith
  .map(
    (o) => `<li><span>${escapeHtml(o.name)}</span>
<form method="post" action="${action}"><input type="hidden" name="action" value="unshare"><input type="hidden" name="organisation" value="${escapeHtml(o.id)}"><button type="submit" class="secondary">${t('record_page.stop_sharing', { name: o.name })}</button></form></li>`,
  )
  .join('\n')}
</ul>`;
  return `<section id="sharing">
<h2>${t('record_page.share_heading')}</h2>
${view.notice ? notice(view.notice, language) : ''}
${shares}
<form method="post" action="${action}" class="share">
<input type="hidden" name="action" value="share">
<label for="share-name">${t('record_page.share_label')}</label>
<input id="share-name" name="name" type="text" required maxlength="200" autocomplete="off">
<button type="submit">${t('record_page.share_button')}</button>
</form>
</section>`;
}

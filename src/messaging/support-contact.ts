import type { MessageKey } from '../i18n';

/**
 * Texts that offer the organisation's support line (its `supportContact`), and their form that
 * names it. An organisation with no support line sends the usual form, which does not.
 */
const WITH_SUPPORT: Partial<Record<MessageKey, MessageKey>> = {
  'drop.unwell': 'drop.unwell_support',
  'drop.unwell_not_booked': 'drop.unwell_not_booked_support',
};

/** The key to render, and `support` among its variables when the organisation has a line. */
export function withSupportContact(
  key: MessageKey,
  supportContact: string | null | undefined,
): { key: MessageKey; vars: Record<string, string> } {
  const supported = WITH_SUPPORT[key];
  return supported && supportContact
    ? { key: supported, vars: { support: supportContact } }
    : { key, vars: {} };
}

import { z } from 'zod';
import { contentVariablesProblem } from './content-variables';
import { TwilioApiError, defaultSenderFor, isAddress, isSender, isWhatsApp } from './twilio-format';

const MAX_BODY_CHARS = 1600;

const toList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
const repeated = z.union([z.string(), z.array(z.string())]);
const single = repeated.transform((value) => toList(value)[0] ?? '');
const present = (value: string | undefined): value is string => value !== undefined && value !== '';

/** The form the SDK posts to create a message (a repeated key arrives as an array). */
const createForm = z.looseObject({
  To: single.optional(),
  From: single.optional(),
  MessagingServiceSid: single.optional(),
  Body: single.optional(),
  MediaUrl: repeated.transform(toList).optional(),
  ContentSid: single.optional(),
  ContentVariables: single.optional(),
  StatusCallback: single.optional(),
});

export interface CreateRequest {
  to: string;
  from: string;
  messagingServiceSid: string | null;
  body: string;
  mediaUrls: string[];
  contentSid?: string;
  contentVariables?: string;
  statusCallback?: string;
}

const fail = (code: number, message: string) => new TwilioApiError(400, code, message);

/** An http(s) URL whose host is a DNS name (letters, digits, hyphens: no "_") or an IP. */
function isCallbackUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    /^https?:$/.test(url.protocol) && /^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/.test(url.hostname)
  );
}

/** Checks a create-message form the way Twilio does, with Twilio's error codes. */
export function parseCreateRequest(raw: unknown): CreateRequest {
  const parsed = createForm.safeParse(raw ?? {});
  if (!parsed.success) throw fail(20001, 'Invalid parameters');
  const form = parsed.data;
  const mediaUrls = (form.MediaUrl ?? []).filter(present);

  if (!present(form.To)) throw fail(21604, "A 'To' phone number is required.");
  if (!present(form.From) && !present(form.MessagingServiceSid)) {
    throw fail(21603, "A 'From' phone number is required.");
  }
  if (!present(form.Body) && mediaUrls.length === 0 && !present(form.ContentSid)) {
    throw fail(21602, 'Message body is required.');
  }
  if (!isAddress(form.To)) {
    throw fail(21211, `The 'To' number ${form.To} is not a valid phone number.`);
  }
  if (present(form.From) && !isSender(form.From)) {
    throw fail(
      21212,
      `The 'From' number ${form.From} is not a valid phone number, shortcode, or alphanumeric sender ID.`,
    );
  }
  if (present(form.MessagingServiceSid) && !/^MG[0-9a-f]{32}$/.test(form.MessagingServiceSid)) {
    throw fail(21701, 'The Messaging Service Sid is invalid.');
  }
  const from = present(form.From) ? form.From : defaultSenderFor(form.To);
  if (isWhatsApp(from) !== isWhatsApp(form.To)) {
    throw fail(21910, 'Invalid From and To pair. From and To should be of the same channel');
  }
  if ((form.Body ?? '').length > MAX_BODY_CHARS) {
    throw fail(21617, 'The concatenated message body exceeds the 1600 character limit.');
  }
  if (present(form.ContentSid) && !/^HX[0-9a-f]{32}$/.test(form.ContentSid)) {
    throw fail(21655, 'The ContentSid is Invalid.');
  }
  if (present(form.ContentVariables) && !present(form.ContentSid)) {
    throw fail(21654, 'A ContentSid must be specified if ContentVariables are provided.');
  }
  if (
    present(form.ContentVariables) &&
    contentVariablesProblem(form.ContentVariables) !== undefined
  ) {
    throw fail(21656, 'The ContentVariables Parameter is invalid.');
  }
  if (present(form.StatusCallback) && !isCallbackUrl(form.StatusCallback)) {
    throw fail(21609, 'Invalid StatusCallback url');
  }
  return {
    to: form.To,
    from,
    messagingServiceSid: present(form.MessagingServiceSid) ? form.MessagingServiceSid : null,
    body: form.Body ?? '',
    mediaUrls,
    ...(present(form.ContentSid) ? { contentSid: form.ContentSid } : {}),
    ...(present(form.ContentVariables) ? { contentVariables: form.ContentVariables } : {}),
    ...(present(form.StatusCallback) ? { statusCallback: form.StatusCallback } : {}),
  };
}

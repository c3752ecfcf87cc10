import { createHmac, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';
import type { Config } from '../config';
import type { Models } from '../models';

export type RecordLinkConfig = Pick<
  Config,
  'PUBLIC_BASE_URL' | 'RECORD_LINK_SECRET' | 'RECORD_LINK_DAYS' | 'TWILIO_AUTH_TOKEN'
>;

const DAY_MS = 24 * 3_600_000;
/** 128 bits of HMAC-SHA256, base64url: 22 characters, so the link stays short in a text. */
const SIGNATURE_BYTES = 16;
const TOKEN = /^([0-9a-f]{24})\.([\w-]{22})$/;

/** The configured secret, or one derived from the Twilio auth token under a label of its own. */
function linkKey(config: RecordLinkConfig): string {
  return (
    config.RECORD_LINK_SECRET ??
    createHmac('sha256', config.TWILIO_AUTH_TOKEN).update('shiftline record links').digest('hex')
  );
}

function signature(config: RecordLinkConfig, linkId: string): Buffer {
  return createHmac('sha256', linkKey(config))
    .update(`record-link:${linkId}`)
    .digest()
    .subarray(0, SIGNATURE_BYTES);
}

/** `<link id>.<signature>`: names the stored link, and proves we made it. */
export function signRecordToken(config: RecordLinkConfig, linkId: string): string {
  return `${linkId}.${signature(config, linkId).toString('base64url')}`;
}

/** The link id a token names when its signature is ours; undefined for anything else. Pure. */
export function verifyRecordToken(config: RecordLinkConfig, token: string): string | undefined {
  const match = TOKEN.exec(token);
  if (!match) return undefined;
  const [, linkId, given] = match as unknown as [string, string, string];
  const expected = signature(config, linkId);
  const actual = Buffer.from(given, 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? linkId
    : undefined;
}

/** A new link to the person's record, working for RECORD_LINK_DAYS from now: its address. */
export async function issueRecordLink(
  deps: { models: Models; config: RecordLinkConfig },
  person: Types.ObjectId,
  now: Date,
): Promise<{ url: string; days: number }> {
  const days = deps.config.RECORD_LINK_DAYS;
  const link = await deps.models.RecordLink.create({
    _id: new Types.ObjectId(),
    person,
    createdAt: now,
    expiresAt: new Date(now.getTime() + days * DAY_MS),
  });
  const base = deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  return { url: `${base}/record/${signRecordToken(deps.config, link._id.toString())}`, days };
}

/**
 * Whose record a token opens now: the person's id when the signature is ours and its link is
 * stored and unexpired; undefined otherwise (tampered, expired, withdrawn). `linkPerson` is the
 * person of a stored link whatever its state, so even a dead link's page speaks their language.
 */
export async function openRecordLink(
  deps: { models: Models; config: RecordLinkConfig },
  token: string,
  now: Date,
): Promise<{ person?: Types.ObjectId; linkPerson?: Types.ObjectId }> {
  const linkId = verifyRecordToken(deps.config, token);
  if (!linkId) return {};
  const link = await deps.models.RecordLink.findById(linkId).lean();
  if (!link) return {};
  return link.expiresAt > now
    ? { person: link.person, linkPerson: link.person }
    : { linkPerson: link.person };
}

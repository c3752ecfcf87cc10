import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../db/duplicate-key';
import type { Models } from '../models';

type ShareDeps = { models: Models };

/** A name as people type it: case, accents, punctuation and spacing aside. */
export function organisationKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The organisation a worker names, by its full name (case, accents and punctuation aside):
 * undefined when none or several have it. Organisations are few; they are read whole.
 */
export async function organisationNamed(
  deps: ShareDeps,
  name: string,
): Promise<{ _id: Types.ObjectId; name: string } | undefined> {
  const key = organisationKey(name);
  if (key === '') return undefined;
  const all = await deps.models.Organisation.find({}, { name: 1 }).lean();
  const matches = all.filter((o) => organisationKey(o.name) === key);
  return matches.length === 1 ? matches[0] : undefined;
}

export type ShareChange = {
  person: Types.ObjectId;
  organisation: Types.ObjectId;
  by: ShareChannel;
  at: Date;
};

/** Where the worker asked: by text (SHARE / UNSHARE) or on their record page. */
export type ShareChannel = 'text' | 'record_page';

async function audit(deps: ShareDeps, change: ShareChange, action: string, outcome: string) {
  await deps.models.AuditEvent.create({
    person: change.person,
    organisation: change.organisation,
    action,
    outcome,
    data: { by: change.by },
    at: change.at,
  });
}

/** Shares the person's record with the organisation (again, if withdrawn), and logs it. */
export async function shareRecord(deps: ShareDeps, change: ShareChange): Promise<void> {
  const { person, organisation, at } = change;
  try {
    await deps.models.Share.create({ person, organisation, active: true, sharedAt: at });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    await deps.models.Share.updateOne(
      { person, organisation },
      { $set: { active: true, sharedAt: at }, $unset: { withdrawnAt: 1 } },
    );
  }
  await audit(deps, change, 'record.share', 'shared');
}

/** Withdraws the share, and logs it; false when the record was not shared with them. */
export async function withdrawShare(deps: ShareDeps, change: ShareChange): Promise<boolean> {
  const { person, organisation, at } = change;
  const share = await deps.models.Share.findOne({ person, organisation }, { active: 1 }).lean();
  if (!share?.active) return false;
  await deps.models.Share.updateOne(
    { person, organisation },
    { $set: { active: false, withdrawnAt: at } },
  );
  await audit(deps, change, 'record.unshare', 'withdrawn');
  return true;
}

export type ShareOutcome =
  | { outcome: 'which' | 'unknown' }
  | {
      outcome: 'shared' | 'withdrawn' | 'not_shared';
      organisation: { _id: Types.ObjectId; name: string };
    };

/**
 * SHARE or UNSHARE as the worker asks it, naming the organisation by its full name: by text or
 * on their record page, the same matching and the same change. An empty or unknown (or
 * ambiguous) name changes nothing.
 */
export async function changeShareByName(
  deps: ShareDeps,
  ask: {
    type: 'share' | 'unshare';
    name: string;
    person: Types.ObjectId;
    by: ShareChannel;
    at: Date;
  },
): Promise<ShareOutcome> {
  if (ask.name.trim() === '') return { outcome: 'which' };
  const organisation = await organisationNamed(deps, ask.name);
  if (!organisation) return { outcome: 'unknown' };
  const change = { person: ask.person, organisation: organisation._id, by: ask.by, at: ask.at };
  if (ask.type === 'share') {
    await shareRecord(deps, change);
    return { outcome: 'shared', organisation };
  }
  const withdrawn = await withdrawShare(deps, change);
  return { outcome: withdrawn ? 'withdrawn' : 'not_shared', organisation };
}

/** The organisations the person's record is shared with now, by name. */
export async function sharedWith(
  deps: ShareDeps,
  person: Types.ObjectId,
): Promise<{ _id: Types.ObjectId; name: string }[]> {
  // By person alone, as the unique index is shaped: a person's shares are few.
  const shares = (
    await deps.models.Share.find({ person }, { organisation: 1, active: 1 }).lean()
  ).filter((share) => share.active);
  if (shares.length === 0) return [];
  const organisations = await deps.models.Organisation.find(
    { _id: { $in: shares.map((s) => s.organisation) } },
    { name: 1 },
  ).lean();
  return organisations.sort((a, b) => a.name.localeCompare(b.name));
}

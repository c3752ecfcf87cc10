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

type Change = { person: Types.ObjectId; organisation: Types.ObjectId; by: string; at: Date };

async function audit(deps: ShareDeps, change: Change, action: string, outcome: string) {
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
export async function shareRecord(deps: ShareDeps, change: Change): Promise<void> {
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
export async function withdrawShare(deps: ShareDeps, change: Change): Promise<boolean> {
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

import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../db/duplicate-key';
import type { Models } from '../models';
import type { Channel } from './address';

/** The number already belongs to another organisation. */
export class NumberTakenError extends Error {
  constructor(
    readonly number: string,
    readonly ownerName: string,
  ) {
    super(`${number} already belongs to ${ownerName}`);
    this.name = 'NumberTakenError';
  }
}

const field = (channel: Channel) => (channel === 'whatsapp' ? 'whatsappNumbers' : 'smsNumbers');

/**
 * Gives `number` to the organisation on a channel: claims it first (the unique insert decides
 * between two organisations), then lists it on the organisation. Repeating it is harmless, and
 * so is a crash between the two steps: the next call finishes the job.
 */
export async function assignNumber(
  models: Models,
  request: { organisation: Types.ObjectId; channel: Channel; number: string; at: Date },
): Promise<void> {
  const { NumberAssignment, Organisation } = models;
  try {
    await NumberAssignment.create({
      number: request.number,
      organisation: request.organisation,
      assignedAt: request.at,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const claim = await NumberAssignment.findOne({ number: request.number }).orFail().lean();
    if (!claim.organisation.equals(request.organisation)) {
      const owner = await Organisation.findById(claim.organisation, { name: 1 }).lean();
      throw new NumberTakenError(request.number, owner?.name ?? String(claim.organisation));
    }
  }
  await Organisation.updateOne(
    { _id: request.organisation },
    { $addToSet: { [field(request.channel)]: request.number } },
  );
}

/**
 * Takes `number` off the organisation's channel; once it is on neither channel, the claim goes
 * and another organisation may have it. False when the organisation did not have it.
 */
export async function unassignNumber(
  models: Models,
  request: { organisation: Types.ObjectId; channel: Channel; number: string },
): Promise<boolean> {
  const { NumberAssignment, Organisation } = models;
  const organisation = await Organisation.findById(request.organisation).orFail();
  const list: string[] = organisation[field(request.channel)];
  if (!list.includes(request.number)) return false;
  await Organisation.updateOne(
    { _id: request.organisation },
    { $pull: { [field(request.channel)]: request.number } },
  );
  const other: string[] = organisation[field(request.channel === 'sms' ? 'whatsapp' : 'sms')];
  if (!other.includes(request.number)) {
    await NumberAssignment.deleteOne({
      number: request.number,
      organisation: request.organisation,
    });
  }
  return true;
}

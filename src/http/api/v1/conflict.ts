import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { HttpError } from '../../errors';

/** A write a unique index may refuse: the refusal becomes a 409 with `message`, never a lookup first. */
export async function conflictOnDuplicate<T>(write: Promise<T>, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new HttpError(409, message);
    throw error;
  }
}

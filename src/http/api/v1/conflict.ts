import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { ApiError } from './errors/api-error';

/** A write a unique index may refuse: the refusal becomes a 409 with `message`, never a lookup first. */
export async function conflictOnDuplicate<T>(write: Promise<T>, message: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new ApiError(409, 'already_exists', message);
    throw error;
  }
}

import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { IDEMPOTENCY_WINDOW_MS, type IdempotencyKey } from '../../../models/idempotency-key';
import type { Runtime } from '../../../runtime';
import { HttpError } from '../../errors';
import type { Caller } from './auth/api-keys';
import { ApiError } from './errors/api-error';

export interface Answer {
  status: number;
  body: unknown;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** JSON with every object's keys sorted: the same body however its fields were ordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests the same: method, path and body (its fields in any order). */
export const requestHash = (method: string, path: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${canonical(body ?? null)}`)
    .digest('hex');

const hashOf = (req: Request) => requestHash(req.method, `${req.baseUrl}${req.path}`, req.body);

/** The Idempotency-Key header, when sent; a 400 when it is not 1–255 visible characters. */
function keyOf(req: Request): string | null {
  const key = req.get('idempotency-key');
  if (key === undefined) return null;
  if (!KEY.test(key))
    throw new HttpError(400, 'invalid request', [
      { path: 'Idempotency-Key', message: 'expected 1 to 255 visible ASCII characters' },
    ]);
  return key;
}

/**
 * Runs a create once per Idempotency-Key: the first request claims the key (a unique _id),
 * runs and stores its answer; the same key and body within a day answers that again and
 * creates nothing; another body is a 422; a retry while the first still runs is a 409. A
 * request that fails gives its key back, so it can be retried as it was.
 */
export async function idempotently(
  runtime: Runtime,
  req: Request,
  res: Response,
  caller: Caller,
  run: () => Promise<Answer>,
): Promise<Answer> {
  const key = keyOf(req);
  if (key === null) return run();
  const { IdempotencyKey: Keys } = runtime.models;
  const _id = `${caller.organisationId}:${key}`;
  const requestHash = hashOf(req);
  const claim = () =>
    Keys.create({
      _id,
      organisation: caller.organisationId,
      requestHash,
      state: 'running',
      createdAt: runtime.clock.now(),
    });
  if (!(await claimed(claim))) {
    const earlier = await Keys.findById(_id).lean<IdempotencyKey>();
    const expired =
      !earlier ||
      earlier.createdAt.getTime() < runtime.clock.now().getTime() - IDEMPOTENCY_WINDOW_MS;
    if (!expired) return replay(earlier, requestHash, res);
    await Keys.deleteOne({ _id, createdAt: earlier?.createdAt });
    if (!(await claimed(claim))) throw inProgress();
  }
  try {
    const answer = await run();
    await Keys.updateOne(
      { _id },
      { $set: { state: 'done', status: answer.status, response: answer.body } },
    );
    return answer;
  } catch (error) {
    await Keys.deleteOne({ _id });
    throw error;
  }
}

async function claimed(claim: () => Promise<unknown>): Promise<boolean> {
  try {
    await claim();
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

const inProgress = () =>
  new ApiError(409, 'request_in_progress', 'a request with this Idempotency-Key is still running');

function replay(earlier: IdempotencyKey, requestHash: string, res: Response): Answer {
  if (earlier.requestHash !== requestHash)
    throw new ApiError(
      422,
      'idempotency_key_reused',
      'this Idempotency-Key was used with another request: use a new key',
    );
  if (earlier.state !== 'done') throw inProgress();
  res.set('Idempotent-Replayed', 'true');
  return { status: earlier.status!, body: earlier.response };
}

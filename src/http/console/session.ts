import { Router } from 'express';
import { z } from 'zod';
import type { Runtime } from '../../runtime';
import { callerForKey } from '../api/v1/auth/api-keys';
import { authenticate, callerOf } from '../api/v1/auth/authenticate';
import { objectId } from '../api/v1/schemas/common';
import { notFound } from '../api/v1/tenancy';
import { HttpError } from '../errors';
import { clearKeyCookie, setKeyCookie } from './session-cookie';
import { rotateDevKey } from './dev-key';
import { parseOr400 } from '../parse-request';

const signIn = z.strictObject({ key: z.string().min(1).max(200) });
const devSignIn = z.strictObject({ organisationId: objectId });

/**
 * /console/session: signing in trades an API key for an HttpOnly cookie holding it, so the
 * console's pages and the queue dashboard are authenticated like any API call.
 */
export function sessionRouter(runtime: Runtime): Router {
  const { models, config } = runtime;
  const router = Router();

  router.post('/', async (req, res) => {
    const { key } = parseOr400(signIn, req.body, 'body');
    if (!(await callerForKey(models, key))) throw new HttpError(401, 'unknown or revoked API key');
    setKeyCookie(res, key, config);
    res.status(204).end();
  });

  router.get('/', authenticate(models), async (_req, res) => {
    const caller = callerOf(res);
    const organisation = await models.Organisation.findById(caller.organisationId, { name: 1 })
      .orFail()
      .lean();
    res.json({
      organisationId: caller.organisationId,
      organisationName: organisation.name,
      role: caller.role,
      devMode: config.DEV_MODE,
    });
  });

  router.delete('/', (_req, res) => {
    clearKeyCookie(res, config);
    res.status(204).end();
  });

  if (config.DEV_MODE) router.use('/dev', devSessionRouter(runtime));
  return router;
}

/**
 * Dev mode only: sign in as any organisation's admin without a key, to try the demo. Each
 * sign-in replaces the organisation's one dev key (signing out whoever held it before).
 */
function devSessionRouter(runtime: Runtime): Router {
  const { models, config } = runtime;
  const router = Router();

  router.get('/', async (_req, res) => {
    const organisations = await models.Organisation.find({}, { name: 1 }).sort({ name: 1 }).lean();
    res.json({ organisations: organisations.map((o) => ({ id: o._id.toString(), name: o.name })) });
  });

  router.post('/', async (req, res) => {
    const { organisationId } = parseOr400(devSignIn, req.body, 'body');
    const organisation = await models.Organisation.exists({ _id: organisationId });
    if (!organisation) throw notFound('organisation');
    const key = await rotateDevKey(models, organisation._id, runtime.clock.now());
    setKeyCookie(res, key, config);
    res.status(204).end();
  });

  return router;
}

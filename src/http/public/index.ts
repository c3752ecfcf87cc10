import { Router } from 'express';
import type { Runtime } from '../../runtime';
import { HttpError } from '../errors';
import { programmePage } from './programme-page';
import { publicProgramme } from './programme-weeks';

/** A programme's public page and its JSON twin: no login, aggregates only. */
export function publicRouter(runtime: Runtime): Router {
  const router = Router();
  const load = async (slug: string) => {
    const programme = await publicProgramme(runtime, slug);
    if (!programme) throw new HttpError(404, 'programme not found');
    return programme;
  };
  router.get('/public/programmes/:slug.json', async (req, res) => {
    res.json(await load(req.params.slug));
  });
  router.get('/public/programmes/:slug', async (req, res) => {
    res.type('html').send(programmePage(await load(req.params.slug)));
  });
  return router;
}

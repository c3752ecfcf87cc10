import { Router } from 'express';
import type { Runtime } from '../../runtime';
import { HttpError } from '../errors';
import { programmePage } from './programme-page';
import { publicProgramme } from './programme-weeks';
import { publicRegion } from './region-figures';
import { recordRouter } from './record-routes';
import { regionCsv, regionPage } from './region-page';

/** The region's figures change only when a week ends or the operator changes what is shown. */
const REGION_CACHE = 'public, max-age=300';

/**
 * A programme's public page and its JSON twin, and the region's dashboard as a page, JSON and
 * CSV (no login, aggregates only); and a worker's own record behind the signed link RECORD
 * texted them.
 */
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
  router.get('/public/region.json', async (_req, res) => {
    res.set('Cache-Control', REGION_CACHE).json(await publicRegion(runtime));
  });
  router.get('/public/region.csv', async (_req, res) => {
    res
      .set('Cache-Control', REGION_CACHE)
      .type('text/csv; charset=utf-8')
      .send(regionCsv(await publicRegion(runtime)));
  });
  router.get('/public/region', async (_req, res) => {
    res
      .set('Cache-Control', REGION_CACHE)
      .type('html')
      .send(regionPage(await publicRegion(runtime)));
  });
  router.use(recordRouter(runtime));
  return router;
}

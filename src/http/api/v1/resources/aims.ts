import type { Aim } from '../../../../domain/aims';
import { recordAim } from '../../../../record/aims';
import { route, type ApiResource } from '../route';
import { aimsUpdate, aimsView, aimViews } from '../schemas/aims';
import { idParams } from '../schemas/common';
import { notFound, tenancyOf } from '../tenancy';
import { loadVisible } from './people';

export const aims: ApiResource = {
  tag: 'aims',
  description:
    "What the caller's workers would like next (more hours, a kind of work, a steady job, " +
    'training), as they texted it or a coordinator recorded it; shown on their record.',
  routes: [
    route({
      method: 'put',
      path: '/people/:id/aims',
      operationId: 'recordAims',
      summary: 'Records aims for one of your people; each replaces a held one of its kind',
      example: {
        aims: [{ kind: 'work_type', words: 'nutrition', text: 'Wants to try nutrition' }],
      },
      role: 'coordinator',
      params: idParams,
      body: aimsUpdate,
      response: aimsView,
      handle: async ({ runtime, caller, params, body }) => {
        const tenancy = await tenancyOf(runtime, caller.organisationId);
        const { person, visibility } = await loadVisible(runtime, params.id, tenancy);
        if (visibility !== 'own') throw notFound('person');
        const by = `api-key:${caller.keyId.toString()}`;
        let held: Aim[] | undefined;
        for (const aim of body.aims) {
          held = await recordAim(runtime.models, person._id, {
            ...aim,
            statedAt: runtime.clock.now(),
            by,
          });
        }
        return { aims: aimViews(held ?? []) };
      },
    }),
  ],
};

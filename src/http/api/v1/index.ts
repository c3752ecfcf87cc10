import { Router } from 'express';
import type { Runtime } from '../../../runtime';
import { identifyCaller, refuseUnauthenticated } from './auth/authenticate';
import { consoleRequestsOnly } from './auth/console-requests';
import { failedAuthenticationLimit, requestLimit } from './rate-limits';
import { ApiError } from './errors/api-error';
import { apiErrorHandler } from './errors/error-handler';
import { requestId } from './errors/request-id';
import { mountResources } from './mount';
import { openApiDocument } from './openapi';
import type { ApiResource } from './route';
import { apiKeys } from './resources/api-keys';
import { organisations } from './resources/organisations';
import { partnerships } from './resources/partnerships';
import { terms } from './resources/terms';
import { aims } from './resources/aims';
import { badges } from './resources/badges';
import { pilots } from './resources/pilots';
import { people } from './resources/people';
import { shifts } from './resources/shifts';
import { activity } from './resources/activity';
import { messages } from './resources/messages';
import { reports } from './resources/reports';
import { programmes } from './resources/programmes';
import { visitRequests } from './resources/visit-requests';
import { services } from './resources/services';
import { audit } from './resources/audit';
import { region } from './resources/region';
import { sharedRecords } from './resources/shared-records';
import { candidates } from './resources/candidates';

/** Every resource of /api/v1. Adding one: a schema file, a resource file, a line here. */
export const API_RESOURCES: ApiResource[] = [
  organisations,
  apiKeys,
  people,
  badges,
  pilots,
  aims,
  partnerships,
  terms,
  shifts,
  activity,
  messages,
  reports,
  programmes,
  visitRequests,
  services,
  audit,
  region,
  sharedRecords,
  candidates,
];

/** /api/v1: the OpenAPI document (public), then everything else behind an API key. */
export function apiRouter(runtime: Runtime, resources: ApiResource[] = API_RESOURCES): Router {
  const router = Router();
  const document = openApiDocument(resources, runtime.config.PUBLIC_BASE_URL);
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  const api = Router();
  api.use(requestId);
  api.use(requestLimit(runtime));
  api.use(consoleRequestsOnly(runtime.config));
  api.use(identifyCaller(runtime.models));
  api.use(failedAuthenticationLimit(runtime));
  api.use(refuseUnauthenticated);
  mountResources(api, runtime, resources);
  api.use((req) => {
    throw new ApiError(404, 'not_found', `no route for ${req.method} ${req.path}`);
  });
  api.use(apiErrorHandler(runtime.log));
  router.use('/api/v1', api);
  return router;
}

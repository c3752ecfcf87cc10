import { API_RESOURCES } from '../../../src/http/api/v1';

const WITH_BODY = API_RESOURCES.flatMap((r) => r.routes).filter((route) => route.body);

describe('the example of each request body in the OpenAPI document', () => {
  it.each(WITH_BODY.map((route) => [route.operationId, route] as const))(
    '%s has one, and it passes the validation the request gets',
    (_name, route) => {
      expect(route.example).toBeDefined();
      const parsed = route.body!.safeParse(route.example);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );
});

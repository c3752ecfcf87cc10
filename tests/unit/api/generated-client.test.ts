import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { API_RESOURCES } from '../../../src/http/api/v1';
import { openApiDocument } from '../../../src/http/api/v1/openapi';

const OPERATIONS = API_RESOURCES.flatMap((r) => r.routes.map((route) => route.operationId));

/**
 * Code an integrator would write against the generated types: named component types, one
 * type per operation by its operationId, the error shape, a page, a request body.
 */
const USAGE = `
import type { components, operations, paths } from './admin-api';

type Person = components['schemas']['Person'];
type PersonPage = operations['listPeople']['responses'][200]['content']['application/json'];
type ApiError = components['schemas']['Error'];
type NewPerson = NonNullable<operations['createPerson']['requestBody']>['content']['application/json'];
type Shift = paths['/api/v1/shifts/{id}']['get']['responses'][200]['content']['application/json'];

const person: Person = {
  id: '665f1c2ab3e4d5f6a7b8c9d0', name: 'Ana', phone: '+15551234567', whatsapp: null,
  channel: 'sms', language: 'es', organisationId: '665f1c2ab3e4d5f6a7b8c9d1',
  roles: [{ organisationId: '665f1c2ab3e4d5f6a7b8c9d1', role: 'worker' }],
  employmentType: 'part_time', skills: [], badges: [], availability: 'anytime',
  optedOut: false, shared: false, address: null, accessNotes: null, aims: [],
};
const page: PersonPage = { items: [person], hasMore: false, nextCursor: null };
const error: ApiError = { code: 'rate_limited', message: 'slow down', details: [], requestId: 'r1' };
// @ts-expect-error a code the API never answers
const unknownCode: ApiError['code'] = 'teapot';
const body: NewPerson = { name: 'Ana', phone: '+15551234567', roles: ['worker'] };
// @ts-expect-error roles are required
const missing: NewPerson = { name: 'Ana', phone: '+15551234567' };
const shiftState = (shift: Shift): string => shift.state + shift.offers.length;
const idempotencyKey: operations['createShift']['parameters']['header'] = {
  'Idempotency-Key': 'a3f1',
};
/** Every operation by its operationId, and no other. */
const everyOperation: Record<keyof operations, true> = { ${OPERATIONS.map((id) => `${id}: true`).join(', ')} };

export { page, error, unknownCode, body, missing, shiftState, idempotencyKey, everyOperation };
`;

describe('a client generated from the OpenAPI document by openapi-typescript', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shiftline-client-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks, with a named type per schema and per operation', () => {
    const document = openApiDocument(API_RESOURCES, 'https://shiftline.example.org');
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    // Its command, as an integrator runs it (the package is ESM, which jest cannot require).
    execFileSync(
      join('node_modules', '.bin', 'openapi-typescript'),
      [join(dir, 'openapi.json'), '--output', join(dir, 'admin-api.ts')],
      { stdio: 'pipe' },
    );
    const types = readFileSync(join(dir, 'admin-api.ts'), 'utf8');
    writeFileSync(join(dir, 'usage.ts'), USAGE);
    const program = ts.createProgram([join(dir, 'usage.ts')], {
      strict: true,
      noEmit: true,
      noUnusedLocals: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
    expect(types).toContain('operations');
  }, 60_000);
});

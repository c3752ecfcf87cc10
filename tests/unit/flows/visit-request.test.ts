import { join } from 'node:path';
import { visitRequestFlow } from '../../../flows/visit-request';
import { runGoldenFile } from './golden';

describe('visit-request flow (golden)', () => {
  runGoldenFile(visitRequestFlow, join(__dirname, 'golden', 'visit-request.json'));
});

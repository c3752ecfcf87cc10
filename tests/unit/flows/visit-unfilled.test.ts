import { join } from 'node:path';
import { visitUnfilledFlow } from '../../../flows/visit-unfilled';
import { runGoldenFile } from './golden';

describe('visit-unfilled flow (golden)', () => {
  runGoldenFile(visitUnfilledFlow, join(__dirname, 'golden', 'visit-unfilled.json'));
});

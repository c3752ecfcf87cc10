import { join } from 'node:path';
import { completionFlow } from '../../../flows/completion';
import { runGoldenFile } from './golden';

describe('completion flow (golden)', () => {
  runGoldenFile(completionFlow, join(__dirname, 'golden', 'completion.json'));
});

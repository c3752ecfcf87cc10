import { join } from 'node:path';
import { offerFlow } from '../../../flows/offer';
import { runGoldenFile } from './golden';

describe('offer flow (golden)', () => {
  runGoldenFile(offerFlow, join(__dirname, 'golden', 'offer.json'));
});

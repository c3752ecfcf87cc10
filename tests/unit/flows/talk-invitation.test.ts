import { join } from 'node:path';
import { talkInvitationFlow } from '../../../flows/talk-invitation';
import { runGoldenFile } from './golden';

describe('talk-invitation flow (golden)', () => {
  runGoldenFile(talkInvitationFlow, join(__dirname, 'golden', 'talk-invitation.json'));
});

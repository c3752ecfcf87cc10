import fc from 'fast-check';
import { parseReply } from '../../../src/conversation/parse-reply';
import { randomCode } from '../../../src/engine/runtime/short-codes';

describe('short codes handed out', () => {
  it('always read back as the code in a reply, whatever the draw', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (draws) => {
        let i = 0;
        const code = randomCode((max) => draws[i++ % draws.length]! % max);
        expect(parseReply(`YES ${code}`)).toMatchObject({
          kind: 'intent',
          intent: { type: 'yes', code },
        });
        expect(parseReply(`ok ${code.toLowerCase()}`)).toMatchObject({
          kind: 'intent',
          intent: { type: 'yes', code },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('never hands out a code that reads as a time or an ordinal', () => {
    const draws = [...'9AM'].map((c) => 'ABCDEFGHJKMNPQRTUVWXY2346789'.indexOf(c));
    let i = 0;
    // The first three draws spell 9AM; the generator must reject it and draw again.
    const code = randomCode((max) => (i < 3 ? draws[i++]! : (i++ * 7) % max));
    expect(code).not.toBe('9AM');
  });
});

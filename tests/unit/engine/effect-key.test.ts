import { changeOfEffect, effectKey } from '../../../src/engine/effect-key';

describe("an effect's dedupe key", () => {
  it('names the change that made it, entities with colons included', () => {
    const key = effectKey('assignment:665f1c2ab3e4d5f6a7b8c9d1:completion', 4, 0);
    expect(changeOfEffect(key)).toEqual({
      entity: 'assignment:665f1c2ab3e4d5f6a7b8c9d1:completion',
      version: 4,
    });
  });

  it('names no change for a key of another form', () => {
    expect(changeOfEffect('programme:abc:next-steps:def')).toBeUndefined();
    expect(changeOfEffect('public-1')).toBeUndefined();
  });
});

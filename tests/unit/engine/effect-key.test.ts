import { changeOfEffectKey, effectKey } from '../../../src/engine/effect-key';

describe("an effect's key", () => {
  it('names the change that carried the effect: its entity and version', () => {
    const key = effectKey('assignment:65a1b2c3d4e5f60718293a4b:attendance', 3, 1);
    expect(changeOfEffectKey(key)).toEqual({
      entity: 'assignment:65a1b2c3d4e5f60718293a4b:attendance',
      version: 3,
    });
    expect(changeOfEffectKey(effectKey('offer:65a1b2c3d4e5f60718293a4b', 0, 0))).toEqual({
      entity: 'offer:65a1b2c3d4e5f60718293a4b',
      version: 0,
    });
  });

  it('names no change for a key made another way', () => {
    expect(changeOfEffectKey('shift:65a1b2c3d4e5f60718293a4b:posted')).toBeNull();
    expect(changeOfEffectKey('offer:65a1b2c3d4e5f60718293a4b:shift-cancelled')).toBeNull();
    expect(changeOfEffectKey('programme:abc:next-steps:def')).toBeNull();
    expect(changeOfEffectKey('public-1')).toBeNull();
  });
});

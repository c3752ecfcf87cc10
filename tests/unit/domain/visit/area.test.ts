import { areaOf } from '../../../../src/domain/visit/area';

describe('the area an offer shows of an address', () => {
  it.each([
    ['12 Elm St, Apt 4B, Brooklyn, NY 11201', 'Brooklyn, NY 11201'],
    ['12 rue de la Paix, 75002 Paris', '75002 Paris'],
    ['Calle Mayor 5, 3º B, 28013 Madrid', '28013 Madrid'],
    ['40 Bay Rd, #12, Queens', 'Queens'],
  ])('keeps the parts after the street, without a flat or unit: %s', (address, area) => {
    expect(areaOf(address)).toBe(area);
  });

  it('has no area for an address that is only a street line', () => {
    expect(areaOf('12 Elm Street')).toBeUndefined();
  });
});

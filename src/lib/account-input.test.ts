import { describe, expect, it } from 'vitest';
import { toE164, validEmail } from './account-input';

describe('account input', () => {
  it('turns the ways people write a mainland mobile number into E.164', () => {
    expect(toE164('139 1234 5678')).toBe('+8613912345678');
    expect(toE164('+86-139-1234-5678')).toBe('+8613912345678');
    expect(toE164('8613912345678')).toBe('+8613912345678');
  });

  it('refuses what is not a mainland mobile number', () => {
    expect(toE164('12345')).toBeNull();
    expect(toE164('1291234567')).toBeNull();
    expect(toE164('+1 415 555 0100')).toBeNull();
  });

  it('checks an email address loosely, as the server does', () => {
    expect(validEmail(' wang@test.cn ')).toBe(true);
    expect(validEmail('wang@test')).toBe(false);
    expect(validEmail('not an email')).toBe(false);
  });
});

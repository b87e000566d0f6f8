import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { normalisePhone, regionOfLocale } from './normalise-phone.js';

const refused = (raw: string, defaultCountry: string, locale?: string) => {
  try {
    normalisePhone(raw, { defaultCountry, ...(locale ? { locale } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
    expect((error as AppError).extra.issues?.[0]?.path).toBe('phone');
    return (error as AppError).message;
  }
  throw new Error(`${raw} was accepted`);
};

describe('phone numbers', () => {
  it('reads a national number as the workspace’s default country and stores E.164', () => {
    expect(normalisePhone('030 1234567', { defaultCountry: 'DE' })).toEqual({
      e164: '+49301234567',
      display: '+49 30 1234567',
    });
    expect(normalisePhone('(415) 555-0132', { defaultCountry: 'US' }).e164).toBe('+14155550132');
  });

  it('takes an international number as written, with + or 00', () => {
    expect(normalisePhone('+44 20 7946 0958', { defaultCountry: 'US' }).e164).toBe('+442079460958');
    expect(normalisePhone('0044 20 7946 0958', { defaultCountry: 'US' }).e164).toBe(
      '+442079460958',
    );
  });

  it('falls back to the browser locale’s country when the number is not valid in the default one', () => {
    // A UK mobile typed the British way, on a US shop, from an en-GB browser.
    expect(normalisePhone('07911 123456', { defaultCountry: 'US', locale: 'en-GB' }).e164).toBe(
      '+447911123456',
    );
    expect(refused('07911 123456', 'US', 'en-US')).toMatch(/too long/);
    expect(refused('099 555 0123', 'US', 'en-US')).toBe(
      'That is not a valid phone number in United States. Check it, or start with + and your country code.',
    );
  });

  it('prefers the default country when the number is valid in both', () => {
    expect(normalisePhone('030 1234567', { defaultCountry: 'DE', locale: 'de-AT' }).e164).toBe(
      '+49301234567',
    );
  });

  it('explains what is wrong with an invalid number', () => {
    expect(refused('12', 'US')).toBe(
      'That number is too short. Check it, and include the area code.',
    );
    expect(refused('415 555 01322222', 'US')).toMatch(/too long/);
    expect(refused('+999 123 456', 'US')).toMatch(/country code does not exist/);
    expect(refused('call me', 'US')).toMatch(/in digits/);
    expect(refused('555-CALL-NOW', 'US')).toMatch(/Check for letters/);
    expect(refused('+1 555 0100', 'US')).toMatch(/too short|not a valid/);
  });

  it('takes only an explicit region from the locale as a hint', () => {
    expect(regionOfLocale('de-AT')).toBe('AT');
    expect(regionOfLocale('en')).toBeUndefined();
    expect(regionOfLocale('not a locale!')).toBeUndefined();
  });
});

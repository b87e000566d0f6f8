import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import { AppError } from '../errors.js';

export interface NormalisedPhone {
  /** +4930123456: what is stored and dialled (tel: links). */
  e164: string;
  /** +49 30 123456: the same, grouped for reading. */
  display: string;
}

/** The region of a locale tag when it names one ("de-AT" → AT, "en" → none). */
export function regionOfLocale(locale: string | undefined): CountryCode | undefined {
  if (!locale) return undefined;
  try {
    const region = new Intl.Locale(locale).region;
    return region && isSupportedCountry(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

export const countryName = (code: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const invalid = (message: string) =>
  new AppError('invalid_input', message, { issues: [{ path: 'phone', message }] });

/**
 * Validates a phone number as a customer typed it and returns it in E.164, with libphonenumber's
 * full metadata (real number ranges, not just lengths). A number with + or 00 is international;
 * one without is read as the workspace's default country's, then — when that is not a valid
 * number there — as the country of the browser's locale. The default country wins when both
 * fit: it is the business's market, and the widget shows the customer the number it will call.
 */
export function normalisePhone(
  raw: string,
  hints: { defaultCountry: string; locale?: string },
): NormalisedPhone {
  const text = raw.trim().replace(/^00(?=[1-9])/, '+');
  if (!/\d/.test(text)) throw invalid('Enter your phone number in digits, like +1 415 555 0132.');
  if (/[a-z]/i.test(text)) {
    throw invalid('A phone number has only digits, spaces, +, -, ( and ). Check for letters.');
  }
  const countries = [hints.defaultCountry, regionOfLocale(hints.locale)].filter(
    (c, i, all): c is CountryCode => !!c && isSupportedCountry(c) && all.indexOf(c) === i,
  );
  const international = text.startsWith('+');
  for (const country of international ? [undefined] : countries) {
    const parsed = parsePhoneNumberFromString(text, country);
    if (parsed?.isValid()) return { e164: parsed.number, display: parsed.formatInternational() };
  }
  const first = international ? undefined : countries[0];
  const where = first ? countryName(first) : 'any country';
  switch (validatePhoneNumberLength(text, first)) {
    case 'TOO_SHORT':
      throw invalid('That number is too short. Check it, and include the area code.');
    case 'TOO_LONG':
      throw invalid('That number is too long. Check it for extra digits.');
    case 'INVALID_COUNTRY':
      throw invalid(
        international
          ? 'That country code does not exist. Check the digits after the +.'
          : 'Start with + and your country code, like +44 20 7946 0958.',
      );
    case 'NOT_A_NUMBER':
      throw invalid('That does not look like a phone number. Enter it in digits.');
    default:
      throw invalid(
        `That is not a valid phone number in ${where}. Check it, or start with + and your country code.`,
      );
  }
}

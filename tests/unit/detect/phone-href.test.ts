import { describe, expect, it } from 'vitest';
import { isPhoneHref, readPhoneHref } from '@/utils/detect/phone-href';
import { countryCode, validate } from './detect-helpers';

const digits = (href: string, country = 'PH'): string[] =>
  readPhoneHref(href, countryCode(country), validate).map((number) => number.digits);

describe('isPhoneHref', () => {
  it.each(['tel:+639171234567', 'TEL:0917', 'sms:+1', ' sms://+1', 'callto:+1'])(
    'accepts %s',
    (href) => {
      expect(isPhoneHref(href)).toBe(true);
    },
  );

  it.each([null, '', 'https://x/tel:+1', 'mailto:a@b.c', 'javascript:tel:1', '/tel:1'])(
    'refuses %s',
    (href) => {
      expect(isPhoneHref(href)).toBe(false);
    },
  );
});

describe('readPhoneHref', () => {
  it('reads international and national numbers', () => {
    expect(digits('tel:+639171234567')).toEqual(['639171234567']);
    expect(digits('tel:09171234567')).toEqual(['639171234567']);
    expect(digits('tel:(415) 555-0132', 'US')).toEqual(['14155550132']);
  });

  it('drops parameters, the body and percent-encoding', () => {
    expect(digits('tel:+1-415-555-0132;ext=12')).toEqual(['14155550132']);
    expect(digits('tel:+1-415-555-0132;phone-context=example.com')).toEqual(['14155550132']);
    expect(digits('sms:+14155550132?body=Hello%20there')).toEqual(['14155550132']);
    expect(digits('tel:0917%20123%204567')).toEqual(['639171234567']);
    expect(digits('sms://+14155550132')).toEqual(['14155550132']);
  });

  it('reads every recipient of an sms: link once', () => {
    expect(digits('sms:+14155550132,+639171234567,+14155550132')).toEqual([
      '14155550132',
      '639171234567',
    ]);
  });

  it('gives nothing for invalid or broken addresses', () => {
    expect(digits('tel:12345')).toEqual([]);
    expect(digits('tel:+99912345678')).toEqual([]);
    expect(digits('tel:%E0%A4%A')).toEqual([]);
    expect(digits('sms:')).toEqual([]);
  });
});

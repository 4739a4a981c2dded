import { describe, expect, it } from 'vitest';
import { countryInSentence, countryName } from '@/utils/phone/country-name';
import { describePhoneFailure } from '@/utils/phone/describe-phone-failure';

describe('describePhoneFailure', () => {
  it('says what is wrong, quoting the input and naming the country', () => {
    expect(describePhoneFailure('too-short', { input: '0917 123 45', country: 'PH' })).toBe(
      '“0917 123 45” is too short for a phone number in the Philippines.',
    );
    expect(describePhoneFailure('too-long', { input: '0712 123 4567', country: 'KE' })).toBe(
      '“0712 123 4567” is too long for a phone number in Kenya.',
    );
    expect(describePhoneFailure('invalid', { input: '+1 201 000 0000', country: 'US' })).toBe(
      '“+1 201 000 0000” is not a valid phone number in the United States. Check the digits.',
    );
    expect(describePhoneFailure('not-a-number', { input: 'hello' })).toBe(
      '“hello” is not a phone number.',
    );
  });

  it('names the calling code that does not exist', () => {
    expect(
      describePhoneFailure('invalid-country-code', {
        input: '+999 1234 5678',
        internationalDigits: '99912345678',
      }),
    ).toBe('“+999 1234 5678” does not start with a country calling code (no country uses +999).');
  });

  it('lists the numbers when there are several', () => {
    expect(
      describePhoneFailure('several-numbers', {
        input: '…',
        numbers: ['+63 917 123 4567', '+63 918 765 4321'],
      }),
    ).toBe(
      'This text has several phone numbers: +63 917 123 4567, +63 918 765 4321. Select just one.',
    );
  });

  it('leaves the country out when it is not known', () => {
    expect(describePhoneFailure('too-short', { input: '+44 20 1234' })).toBe(
      '“+44 20 1234” is too short for a phone number.',
    );
  });

  it('does not quote an input that was too long to read, and shortens long quotes', () => {
    expect(describePhoneFailure('not-a-number', { input: '', inputTooLong: true })).toBe(
      'This text is too long to be a phone number. Select just the number.',
    );
    const message = describePhoneFailure('not-a-number', { input: `${'x'.repeat(100)}\n\ny` });
    expect(message).toBe(`“${'x'.repeat(39)}…” is not a phone number.`);
  });

  it('asks for a number when there is none', () => {
    expect(describePhoneFailure('empty', { input: '' })).toBe('Enter a phone number.');
  });
});

describe('country names', () => {
  it('uses English names', () => {
    expect(countryName('PH')).toBe('Philippines');
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('GB')).toBe('United Kingdom');
  });

  it('puts "the" where English does', () => {
    expect(countryInSentence('PH')).toBe('the Philippines');
    expect(countryInSentence('US')).toBe('the United States');
    expect(countryInSentence('NL')).toBe('the Netherlands');
    expect(countryInSentence('KY')).toBe('the Cayman Islands');
    expect(countryInSentence('KE')).toBe('Kenya');
    expect(countryInSentence('IN')).toBe('India');
  });
});

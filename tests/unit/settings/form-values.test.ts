import { describe, expect, it } from 'vitest';
import {
  type FormValues,
  formValuesFrom,
  mergeExternalChange,
  sameFormValues,
  toFormInput,
} from '@/components/options/form-values';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-schema';

const STORED: FormValues = {
  orgId: '1234',
  senderId: 'ACME',
  defaultCountry: 'PH',
  recipientMode: 'contact',
  paceLimitPerMinute: '5',
  apiUrl: 'https://api.engagespark.com',
  quietHoursOn: true,
  quietStart: '08:00',
  quietEnd: '21:00',
};

describe('formValuesFrom', () => {
  it("uses the browser's country while nothing was ever saved", () => {
    expect(formValuesFrom(DEFAULT_SETTINGS, 'KE')).toEqual({
      orgId: '',
      senderId: '',
      defaultCountry: 'KE',
      recipientMode: 'contact',
      paceLimitPerMinute: '5',
      apiUrl: 'https://api.engagespark.com',
      quietHoursOn: true,
      quietStart: '08:00',
      quietEnd: '21:00',
    });
  });

  it('keeps the saved country once settings were saved', () => {
    const saved = { ...DEFAULT_SETTINGS, orgId: 1234, senderId: 'ACME', defaultCountry: 'PH' };
    expect(formValuesFrom(saved, 'KE')).toEqual(STORED);
  });
});

describe('toFormInput', () => {
  it('turns the pace into a number, and an empty box into NaN rather than 0 or 5', () => {
    expect(toFormInput({ ...STORED, paceLimitPerMinute: ' 7 ' }, 'key', true)).toMatchObject({
      paceLimitPerMinute: 7,
      apiKey: 'key',
      hasSavedKey: true,
    });
    expect(
      toFormInput({ ...STORED, paceLimitPerMinute: '' }, '', false).paceLimitPerMinute,
    ).toBeNaN();
  });
});

describe('mergeExternalChange', () => {
  it('updates untouched fields', () => {
    const incoming = { ...STORED, senderId: 'NEWCO', paceLimitPerMinute: '3' };
    expect(mergeExternalChange(STORED, STORED, incoming)).toEqual({ values: incoming, kept: [] });
  });

  it('keeps what the user is typing and says which fields it kept', () => {
    const current = { ...STORED, senderId: 'TYPING' };
    const incoming = { ...STORED, senderId: 'NEWCO', orgId: '99' };
    expect(mergeExternalChange(current, STORED, incoming)).toEqual({
      values: { ...STORED, senderId: 'TYPING', orgId: '99' },
      kept: ['senderId'],
    });
  });

  it('does not count a field the user changed to the same new value', () => {
    const current = { ...STORED, senderId: 'NEWCO' };
    const incoming = { ...STORED, senderId: 'NEWCO' };
    expect(mergeExternalChange(current, STORED, incoming).kept).toEqual([]);
  });
});

describe('sameFormValues', () => {
  it('compares every field', () => {
    expect(sameFormValues(STORED, { ...STORED })).toBe(true);
    expect(sameFormValues(STORED, { ...STORED, recipientMode: 'phonenumber' })).toBe(false);
  });
});

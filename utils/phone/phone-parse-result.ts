import type { CountryCode, PhoneNumberType } from 'libphonenumber-js';

export type PhoneFailureReason =
  | 'empty'
  | 'too-short'
  | 'too-long'
  | 'not-a-number'
  | 'invalid-country-code'
  /** Possible length, but not a number that exists in its country's numbering plan. */
  | 'invalid'
  | 'several-numbers';

export interface ParsedPhone {
  ok: true;
  /** "+639171234567" */
  e164: string;
  /** "639171234567": international digits without "+", what the engageSPARK API wants. */
  digits: string;
  /** "+63 917 123 4567", always rebuilt from `digits`, never the page's own text. */
  display: string;
  /** Undefined for non-geographic numbers (+800, +882…). */
  country: CountryCode | undefined;
  /** "Philippines"; the calling code ("+800") for non-geographic numbers. */
  countryName: string;
  type?: PhoneNumberType;
}

export interface PhoneFailure {
  ok: false;
  reason: Exclude<PhoneFailureReason, 'several-numbers'>;
  /** Plain words for the person who typed or selected the number. */
  message: string;
}

export interface SeveralNumbersFailure {
  ok: false;
  reason: 'several-numbers';
  message: string;
  /** The different numbers found, as E.164, in the order they were found. */
  numbers: string[];
}

export type PhoneParseResult = ParsedPhone | PhoneFailure | SeveralNumbersFailure;

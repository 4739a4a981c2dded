import { describe, expect, it } from 'vitest';
import { readConsentKeyword } from '@/utils/consent/consent-keyword';

/** [reply, what it says]: undefined = not a keyword. */
const CASES: [string, string | undefined][] = [
  ['STOP', 'opt-out:STOP'],
  ['stop', 'opt-out:STOP'],
  ['Stop', 'opt-out:STOP'],
  ['  stop  ', 'opt-out:STOP'],
  ['STOP.', 'opt-out:STOP'],
  ['stop!!!', 'opt-out:STOP'],
  ['"Stop"', 'opt-out:STOP'],
  ['\nSTOP\n', 'opt-out:STOP'],
  ['STOP 🛑', 'opt-out:STOP'],
  ['ＳＴＯＰ', 'opt-out:STOP'],
  ['stopall', 'opt-out:STOPALL'],
  ['Unsubscribe', 'opt-out:UNSUBSCRIBE'],
  ['cancel', 'opt-out:CANCEL'],
  ['END', 'opt-out:END'],
  ['quit', 'opt-out:QUIT'],
  ['Revoke', 'opt-out:REVOKE'],
  ['optout', 'opt-out:OPTOUT'],
  ['opt out', 'opt-out:OPT OUT'],
  ['Opt-Out', 'opt-out:OPT OUT'],
  ['OPT  OUT', 'opt-out:OPT OUT'],
  ['start', 'opt-in:START'],
  ['UNSTOP', 'opt-in:UNSTOP'],
  ['Subscribe.', 'opt-in:SUBSCRIBE'],
  // A sentence that merely contains a keyword is a person talking, not an opt-out.
  ['Please stop', undefined],
  ["Don't stop the deliveries", undefined],
  ['Which bus stop?', undefined],
  ['stop it', undefined],
  ['STOP STOP', undefined],
  ['I will end the call', undefined],
  ['cancel my order', undefined],
  ['stopped', undefined],
  ['nonstop', undefined],
  ['start over', undefined],
  ['', undefined],
  ['   ', undefined],
  ['Thanks!', undefined],
  [`${' '.repeat(50)}STOP`, undefined],
];

describe('readConsentKeyword', () => {
  it.each(CASES)('%j → %s', (reply, expected) => {
    const read = readConsentKeyword(reply);
    expect(read ? `${read.kind}:${read.keyword}` : undefined).toBe(expected);
  });
});

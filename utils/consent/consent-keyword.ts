/**
 * What a reply says about consent: an opt-out keyword, an opt-in keyword, or nothing.
 *
 * The FCC's 2024 opt-out order names stop, quit, end, revoke, opt out, cancel and unsubscribe;
 * carriers add STOPALL and OPTOUT. START, UNSTOP and SUBSCRIBE give consent back.
 */
export type ConsentKeyword =
  | { kind: 'opt-out'; keyword: OptOutKeyword }
  | { kind: 'opt-in'; keyword: OptInKeyword };

export const OPT_OUT_KEYWORDS = [
  'STOP',
  'STOPALL',
  'UNSUBSCRIBE',
  'CANCEL',
  'END',
  'QUIT',
  'REVOKE',
  'OPTOUT',
  'OPT OUT',
] as const;
export type OptOutKeyword = (typeof OPT_OUT_KEYWORDS)[number];

export const OPT_IN_KEYWORDS = ['START', 'UNSTOP', 'SUBSCRIBE'] as const;
export type OptInKeyword = (typeof OPT_IN_KEYWORDS)[number];

/** Longer than any keyword with its decoration: a whole sentence is never read as one. */
const MAX_KEYWORD_REPLY = 40;

/**
 * The reply must be the keyword alone (any case, with spaces, punctuation or emoji around it).
 * A sentence that merely contains "stop" — "Please don't stop the deliveries", "Which bus stop?",
 * "I'll end the call" — is not an opt-out: treating it as one would silence a customer who is
 * still talking to you, and the carriers' own STOP handling matches the whole message too.
 */
export function readConsentKeyword(text: string): ConsentKeyword | undefined {
  if (text.length > MAX_KEYWORD_REPLY) return undefined;
  const word = text
    .normalize('NFKC')
    .toUpperCase()
    // Anything that is not a letter or a digit separates; "opt-out", "Opt_Out" are "OPT OUT".
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const optOut = OPT_OUT_KEYWORDS.find((keyword) => keyword === word);
  if (optOut) return { kind: 'opt-out', keyword: optOut };
  const optIn = OPT_IN_KEYWORDS.find((keyword) => keyword === word);
  if (optIn) return { kind: 'opt-in', keyword: optIn };
  return undefined;
}

/**
 * Why this client refused to make a request at all. Codes, not words: describe-outcome.ts turns
 * them into sentences.
 */
export const REQUEST_PROBLEMS = [
  /** Settings: the API URL is not an http(s) origin (a path, a user name, a trailing dot). */
  'api-url',
  /** Settings: plain http to a host other than this computer would send the API key in clear. */
  'api-url-insecure',
  'api-key',
  'org-id',
  /** `to` is not 7–15 international digits. */
  'phone-number',
  'contact-id',
  /** Both `to` and `contactId`, or neither. */
  'recipient',
  /** The phonenumber endpoint sends to a number; it cannot address a contact id. */
  'phonenumber-needs-number',
  'message',
  'sender',
  'client-dedup',
  'client-ref',
  'message-id',
] as const;

export type RequestProblem = (typeof REQUEST_PROBLEMS)[number];

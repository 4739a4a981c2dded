import type { LookupFailure } from '@/utils/api/answers/read-lookup-answer';
import { isOutcomeUnknown, type SendOutcome } from '@/utils/api/endpoints/send-outcome';
import type { RequestProblem } from '@/utils/api/request-problem';

/**
 * Where the API's outcomes become words for the people using the extension; describe-failure.ts
 * adds the failures found before any request. Free of browser APIs, so any test can word a
 * stored code. No credential is ever interpolated: only the server's own refusal text (already
 * redacted by the client), HTTP statuses and counts.
 */
export interface OutcomeDescription {
  title: string;
  line: string;
}

const MAYBE_SENT =
  'It is not known whether the message went out: check the message log in engageSPARK before sending it again.';
const CHECK_API_URL =
  'Check the API URL in Settings: it should be the engageSPARK API address, normally https://api.engagespark.com.';
const KEY_REFUSED = 'The API key was refused — check it in Settings';
/** A lookup tells a refused key (401) from a wrong organization (403) apart. */
const AUTH: OutcomeDescription = {
  title: KEY_REFUSED,
  line: 'Copy a current API key from your engageSPARK account into Settings, then try again.',
};
/** A send answers 401 or 403 alike, and a 403 can also mean the organization ID is wrong. */
const SEND_AUTH: OutcomeDescription = {
  title: KEY_REFUSED,
  line: 'The message was not sent. Check the API key and the organization ID in Settings.',
};
const NO_CONNECTION = 'No connection to engageSPARK';
const TOO_SLOW = 'engageSPARK did not answer in time';
const CANNOT_READ = 'engageSPARK sent an answer this extension cannot read';

const PROBLEM_WORDS: Record<RequestProblem, string> = {
  'api-url':
    'The API URL in Settings must be a server address only, like https://api.engagespark.com.',
  'api-url-insecure':
    'The API URL in Settings must start with https:// (plain http would send the API key unprotected).',
  'api-key': 'The API key in Settings is missing or contains spaces.',
  'org-id': 'The organization ID in Settings must be a whole number above 0.',
  'phone-number':
    'The phone number must be international: the country code and number, 7 to 15 digits, e.g. +639171234567.',
  'contact-id': 'The engageSPARK contact is not valid.',
  recipient: 'Send either to a phone number or to a contact, not both.',
  'phonenumber-needs-number': 'Sending without a contact needs a phone number.',
  message: 'The message is empty.',
  sender: 'The sender name is not valid.',
  'client-dedup': 'The extension could not label this message (internal error).',
  'client-ref': 'The extension could not label this message (internal error).',
  'message-id': 'The message reference is not valid.',
};

/** Title and line for the outcome of a send. */
export function describeSendOutcome(outcome: SendOutcome): OutcomeDescription {
  switch (outcome.kind) {
    case 'sent':
      return {
        title: 'Sent',
        line: `engageSPARK accepted the message (${partsText(outcome.parts)}).`,
      };
    case 'duplicate':
      return {
        title: 'Already sent',
        line: 'engageSPARK had already accepted this message, so it was not sent a second time.',
      };
    case 'invalid':
      if (outcome.origin === 'local') {
        return { title: 'This message cannot be sent', line: describeProblems(outcome.problems) };
      }
      return {
        title: 'engageSPARK refused the message',
        line: outcome.serverError || 'It did not say why. Check the number and the message.',
      };
    case 'auth':
      return SEND_AUTH;
    case 'funds':
      return {
        title: 'Not enough funds in your engageSPARK organization',
        line: 'Top up in engageSPARK, then send again.',
      };
    case 'server':
      return { title: `engageSPARK had a problem (error ${outcome.status})`, line: MAYBE_SENT };
    case 'rate-limited':
      return { title: 'engageSPARK asks to slow down', line: waitText(outcome.retryAfterMs) };
    case 'timeout':
      return { title: TOO_SLOW, line: MAYBE_SENT };
    case 'network':
      return { title: NO_CONNECTION, line: `Check the internet connection. ${MAYBE_SENT}` };
    case 'malformed':
      return {
        title: CANNOT_READ,
        line: isOutcomeUnknown(outcome)
          ? MAYBE_SENT
          : `The message was not sent (error ${outcome.status}). If this keeps happening, check the API URL in Settings.`,
      };
    case 'unexpected-status':
      return describeStatus(outcome.status, 'send');
  }
}

/** Title and line for a failed balance or delivery-status lookup, or connection test. */
export function describeLookupFailure(failure: LookupFailure): OutcomeDescription {
  switch (failure.kind) {
    case 'invalid':
      return { title: 'Check the settings', line: describeProblems(failure.problems) };
    case 'auth':
      return AUTH;
    case 'wrong-org':
      return {
        title: 'Wrong organization — check the organization ID in Settings',
        line: 'engageSPARK accepted the API key, but not for this organization.',
      };
    case 'not-found':
      return {
        title: 'engageSPARK does not know this message',
        line: 'It is not in the organization set in Settings.',
      };
    case 'not-engagespark':
      return { title: 'This address is not the engageSPARK API', line: CHECK_API_URL };
    case 'server':
      return {
        title: `engageSPARK had a problem (error ${failure.status})`,
        line: 'Try again in a few minutes.',
      };
    case 'rate-limited':
      return { title: 'engageSPARK asks to slow down', line: waitText(failure.retryAfterMs) };
    case 'timeout':
      return { title: TOO_SLOW, line: 'Try again in a moment.' };
    case 'network':
      return { title: NO_CONNECTION, line: 'Check the internet connection, then try again.' };
    case 'malformed':
      return { title: CANNOT_READ, line: 'Try again later.' };
    case 'unexpected-status':
      return describeStatus(failure.status, 'lookup');
  }
}

/** Words for the statuses without a kind of their own; what each means is in send-outcome.ts. */
function describeStatus(status: number, call: 'send' | 'lookup'): OutcomeDescription {
  const notSent = call === 'send' ? 'The message was not sent. ' : '';
  if (status === 0 || (status >= 300 && status < 400)) {
    return { title: 'The API URL redirects elsewhere', line: `${notSent}${CHECK_API_URL}` };
  }
  if (status === 404 || status === 405) {
    return {
      title: 'The engageSPARK API is not at this address',
      line: `${notSent}${CHECK_API_URL}`,
    };
  }
  if (status === 408) {
    const line = call === 'send' ? MAYBE_SENT : 'Try again in a moment.';
    return { title: 'engageSPARK timed out receiving the request', line };
  }
  if (status === 413 && call === 'send') {
    return {
      title: 'The message is too long for engageSPARK',
      line: 'Shorten it, then send again.',
    };
  }
  return {
    title: `engageSPARK refused the request (error ${status})`,
    line: call === 'send' ? 'The message was not sent.' : 'Try again later.',
  };
}

/** The sentence for one request problem. */
export function requestProblemWords(problem: RequestProblem): string {
  return PROBLEM_WORDS[problem];
}

function describeProblems(problems: RequestProblem[]): string {
  const sentences = [...new Set(problems.map((problem) => PROBLEM_WORDS[problem]))];
  return sentences.join(' ') || 'Something in the request is not valid.';
}

function partsText(parts: number): string {
  return parts === 1 ? '1 SMS part' : `${parts} SMS parts`;
}

function waitText(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined) return 'Wait a minute, then try again.';
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  if (seconds < 120) return `Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`;
  return `Wait ${Math.ceil(seconds / 60)} minutes, then try again.`;
}

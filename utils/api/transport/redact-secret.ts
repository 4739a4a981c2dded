import { isJsonObject } from '../answers/is-json-object.ts';

const REDACTED = '[redacted]';
/** Shorter "secrets" would mangle ordinary words; real API keys are far longer. */
const MIN_SECRET_LENGTH = 4;

/**
 * A copy of `value` with `secret` cut out of every string in it. Outcomes carry server text
 * (`serverError`, `detail`) that ends up on screen and in logs; a server that echoes the
 * Authorization header must not get the API key displayed.
 */
export function redactSecret<T>(value: T, secret: string): T {
  if (secret.length < MIN_SECRET_LENGTH) return value;
  return redactValue(value, secret) as T;
}

function redactValue(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return value.split(secret).join(REDACTED);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secret));
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, redactValue(item, secret)]),
  );
}

import type { Reply } from './http-io.ts';

/**
 * Query parameters of the list endpoints. Bad values answer error_400 of the OpenAPI document:
 * `{"error": "<plain words>", "errorCode": "<code>"}`. The document names no codes for these
 * endpoints; the sandbox uses `request.invalid` for every bad query parameter.
 */
export const INVALID_QUERY_CODE = 'request.invalid';

export type QueryValue<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export function badRequest(error: string, errorCode = INVALID_QUERY_CODE): Reply {
  return { status: 400, body: { error, errorCode } };
}

/** A whole number in [min, max]; absent or "" → the fallback. */
export function integerParam(
  query: URLSearchParams,
  name: string,
  limits: { min: number; max: number; fallback: number },
): QueryValue<number> {
  const raw = query.get(name);
  if (raw === null || raw === '') return { ok: true, value: limits.fallback };
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < limits.min) {
    return {
      ok: false,
      reply: badRequest(`${name} must be a whole number of at least ${limits.min}`),
    };
  }
  if (value > limits.max) {
    return { ok: false, reply: badRequest(`${name} must be at most ${limits.max}`) };
  }
  return { ok: true, value };
}

/** Classic paging: `page` from 1 (default 1) and `size` from 1 to `maxSize` (default `maxSize`). */
export function pageParams(
  query: URLSearchParams,
  maxSize: number,
): QueryValue<{ page: number; size: number; start: number }> {
  const page = integerParam(query, 'page', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 });
  if (!page.ok) return page;
  const size = integerParam(query, 'size', { min: 1, max: maxSize, fallback: maxSize });
  if (!size.ok) return size;
  const start = (page.value - 1) * size.value;
  return { ok: true, value: { page: page.value, size: size.value, start } };
}

/** One of the allowed words; absent or "" → the fallback. */
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): QueryValue<T> {
  const raw = query.get(name);
  if (raw === null || raw === '') return { ok: true, value: fallback };
  const value = allowed.find((word) => word === raw);
  if (value === undefined) {
    return { ok: false, reply: badRequest(`${name} must be one of ${allowed.join(', ')}`) };
  }
  return { ok: true, value };
}

/** RFC 3339 date-time, the `format: date-time` of the document: "2024-03-26T12:35:15Z", offsets allowed. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Epoch ms of a date-time parameter; absent or "" → undefined. */
export function dateTimeParam(
  query: URLSearchParams,
  name: string,
): QueryValue<number | undefined> {
  const raw = query.get(name);
  if (raw === null || raw === '') return { ok: true, value: undefined };
  const time = DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(time)) {
    return {
      ok: false,
      reply: badRequest(`${name} must be a date-time like 2024-03-26T12:35:15Z, got "${raw}"`),
    };
  }
  return { ok: true, value: time };
}

/** Case-insensitive "contains", for `search`. */
export function matchesSearch(needle: string, fields: readonly string[]): boolean {
  const lower = needle.toLowerCase();
  return fields.some((field) => field.toLowerCase().includes(lower));
}

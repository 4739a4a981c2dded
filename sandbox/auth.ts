import type { SandboxState } from './state.ts';

export const INVALID_TOKEN = 'Invalid Token';
/**
 * A key is valid but the orgId (body or path) is not its organization. The sandbox answers 403,
 * not 401, so a client can tell "wrong key" from "wrong organization id" apart.
 */
export const ORG_MISMATCH = 'orgId does not belong to this API key';

/**
 * The organization of `Authorization: Token <key>`, or undefined for a missing header, another
 * scheme (Bearer, Basic…) or an unknown key. The scheme is case-insensitive, as HTTP auth schemes are.
 */
export function orgForAuthorization(
  header: string | undefined,
  state: SandboxState,
): number | undefined {
  const match = /^token +(\S+) *$/i.exec(header ?? '');
  return match?.[1] === undefined ? undefined : state.orgForKey(match[1]);
}

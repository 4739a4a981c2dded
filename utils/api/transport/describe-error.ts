/**
 * A short technical description of a thrown value, for logs and `detail` fields. Node's fetch
 * hides the useful part ("ECONNRESET") in `cause`, so that is included.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = error.message || error.name;
  const cause = describeCause(error.cause);
  return cause ? `${own} (${cause})` : own;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
    return code || cause.message;
  }
  return typeof cause === 'string' ? cause : '';
}

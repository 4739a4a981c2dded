/**
 * The words for an error thrown at a page: the background's reply (already plain words, see
 * message-router.ts) or the browser's own message. Never a stack, never "[object Object]".
 */
export function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

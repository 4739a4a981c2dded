import type { z } from 'zod';

/**
 * Which fields were wrong, for `detail` fields and logs. Paths and zod's own messages only: no
 * received values, so nothing from the body is repeated.
 */
export function describeZodError(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.') || 'body';
    return `${path}: ${issue.message}`;
  });
  return `wrong shape (${issues.join('; ')})`;
}

import { z } from 'zod';

// Pieces every answer schema shares. Lenient about extra fields and numbers sent as strings (the
// real server has surprised before), strict about shapes: a wrong type is not a message we sent.
// z.coerce is avoided on purpose: it turns null, "" and true into numbers.

/** A whole number, as a JSON number or a string of digits. */
export const wholeNumberSchema = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number),
  ])
  .pipe(z.int());

export const countSchema = wholeNumberSchema.pipe(z.int().nonnegative());

/** A decimal amount such as "0.0140", kept as text so no float rounding creeps in. */
export const decimalTextSchema = z.union([
  z.number().transform(String),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/),
]);

/** engageSPARK message ids are opaque text (e.g. "SMS20190723T154425-1234-0123"); some are numbers. */
export const messageIdSchema = z.union([
  z.int().positive().transform(String),
  z.string().trim().min(1),
]);

import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Request: what this extension sends. Strict: a bad request is caught before it costs anything.
// ---------------------------------------------------------------------------------------------

/**
 * International number the way engageSPARK wants it: digits only, no "+", 7–15 long (E.164).
 * A leading 0 is a national-format number; sending it would reach the wrong phone or none.
 */
export const phoneDigitsSchema = z.string().regex(/^[1-9]\d{6,14}$/);

export const orgIdSchema = z.int().positive();
export const contactIdSchema = z.int().positive();
/** Whitespace-only counts as empty: nobody means to pay for a blank SMS. */
export const messageTextSchema = z.string().regex(/\S/);
export const senderIdSchema = z.string().regex(/\S/);
export const clientDedupSchema = z.string().regex(/\S/);
export const clientRefSchema = z.string().regex(/\S/);

const sendBodyFields = {
  orgId: orgIdSchema,
  from: senderIdSchema.optional(),
  message: messageTextSchema,
  clientDedup: clientDedupSchema,
  clientRef: clientRefSchema,
};

/** Strict objects, so a body with both `to` and `contactId` matches neither branch. */
export const sendSmsBodySchema = z.union([
  z.strictObject({ ...sendBodyFields, to: phoneDigitsSchema }),
  z.strictObject({ ...sendBodyFields, contactId: contactIdSchema }),
]);

export type SendSmsBody = z.infer<typeof sendSmsBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses: what a server says. Lenient about extra fields and numbers sent as strings (the
// real server has surprised before), strict about shapes: a wrong type is not a message we sent.
// z.coerce is avoided on purpose: it turns null, "" and true into numbers.
// ---------------------------------------------------------------------------------------------

/** A whole number, as a JSON number or a string of digits. */
const wholeNumberSchema = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number),
  ])
  .pipe(z.int());

const countSchema = wholeNumberSchema.pipe(z.int().nonnegative());

/** A decimal amount such as "0.0140", kept as text so no float rounding creeps in. */
const decimalTextSchema = z.union([
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

/** Error bodies carry "" or 0 for fields that do not apply; 0 is not a contact. */
const optionalContactIdSchema = wholeNumberSchema
  .nullish()
  .transform((id) => (id === undefined || id === null || id <= 0 ? null : id));

const optionalPhoneSchema = z
  .union([z.string(), z.int().transform(String)])
  .nullish()
  .transform((to) => (to ? to : null));

/** The body of a send, whether it worked (200) or repeats the original (409). */
export const sendResponseSchema = z.looseObject({
  error: z.string().nullish(),
  messageId: messageIdSchema,
  estimateParts: countSchema,
  estimateMicro: countSchema,
  /** "" is tolerated: the sandbox and error bodies use it for "not known". */
  estimate: z.union([decimalTextSchema, z.literal('')]),
  deliveryDeadline: z.string(),
  contactId: optionalContactIdSchema,
  to: optionalPhoneSchema,
  clientDedup: z.string().nullish(),
  clientRef: z.string().nullish(),
});

export type SendResponse = z.infer<typeof sendResponseSchema>;

/** A 400 body: only the error text matters; Django REST framework style `detail` as a fallback. */
export const refusalResponseSchema = z.looseObject({
  error: z.unknown().optional(),
  detail: z.unknown().optional(),
});

export const balanceResponseSchema = z.looseObject({
  balance: decimalTextSchema,
  balanceMicro: wholeNumberSchema.nullish(),
  balanceHuman: z.string().nullish(),
});

export type BalanceResponse = z.infer<typeof balanceResponseSchema>;

export const DELIVERY_STATES = ['unknown', 'confirmed', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * The public delivery-receipt page documents `id` and a BOOLEAN `deliveredToTelco`; the API
 * brief this client was written from names `messageId` and a three-state `deliveredToTelco`.
 * Both are read; classify-delivery-status-answer.ts turns them into one shape.
 */
export const deliveryStatusResponseSchema = z.looseObject({
  id: messageIdSchema.optional(),
  messageId: messageIdSchema.optional(),
  deliveredToTelco: z.union([z.enum(DELIVERY_STATES), z.boolean()]),
  deliveredToPhone: z.enum(DELIVERY_STATES),
  /** Not in every sample; derived from the states when absent. */
  done: z.boolean().optional(),
  /** Why the telco refused the message. */
  error: z.string().nullish(),
  /** Why the phone did not get it, from the delivery receipt. */
  deliveryError: z.string().nullish(),
});

export type DeliveryStatusResponse = z.infer<typeof deliveryStatusResponseSchema>;

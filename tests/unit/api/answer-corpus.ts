import { z } from 'zod';
import corpus from './answers/hostile-answers.json';

/** One recorded answer from the corpus, and what the client must make of it. */
const answerCaseSchema = z.strictObject({
  name: z.string(),
  status: z.int().min(100).max(599),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
  expect: z.record(z.string(), z.unknown()),
  /** Keys that must NOT be on the outcome (e.g. retryAfterMs when no Retry-After was given). */
  absent: z.array(z.string()).optional(),
  /** Send answers only: the expected isOutcomeUnknown. */
  unknown: z.boolean().optional(),
});

export type AnswerCase = z.infer<typeof answerCaseSchema>;

const corpusSchema = z.strictObject({
  send: z.array(answerCaseSchema),
  balance: z.array(answerCaseSchema),
  deliveryStatus: z.array(answerCaseSchema),
});

/** Validated, so a typo in the data file fails loudly instead of testing nothing. */
export const ANSWERS = corpusSchema.parse(corpus);

/** The clock the corpus's Retry-After dates are written against. */
export const CORPUS_NOW = Date.parse('2024-01-01T00:00:00Z');

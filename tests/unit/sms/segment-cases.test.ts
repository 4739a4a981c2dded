import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { countSegments } from '@/utils/sms/count-segments';
import rawCases from './segment-cases.json';

// The table is data; validating it keeps a typo in the JSON from turning into a silent pass.
const pieceSchema = z.union([
  z.string(),
  z.object({ repeat: z.string().min(1), times: z.number().int().nonnegative() }).strict(),
]);

const caseSchema = z
  .object({
    name: z.string(),
    text: z.union([pieceSchema, z.array(pieceSchema)]),
    expected: z
      .object({
        encoding: z.enum(['GSM-7', 'UCS-2']),
        units: z.number().int(),
        parts: z.number().int(),
        characters: z.number().int().optional(),
        perPart: z.number().int().optional(),
        remainingInPart: z.number().int().optional(),
        unicodeCulprits: z.array(z.string()).optional(),
        tooLong: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();

type Piece = z.infer<typeof pieceSchema>;

function buildText(text: Piece | Piece[]): string {
  const pieces = Array.isArray(text) ? text : [text];
  return pieces
    .map((piece) => (typeof piece === 'string' ? piece : piece.repeat.repeat(piece.times)))
    .join('');
}

const cases = z.object({ cases: z.array(caseSchema).min(1) }).parse(rawCases).cases;

describe('countSegments reference table (segment-cases.json)', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const count = countSegments(buildText(text));
    expect(count).toMatchObject(expected);
  });
});

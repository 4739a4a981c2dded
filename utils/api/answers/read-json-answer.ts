import type { Answer } from '../transport/exchange.ts';
import { parseJsonText } from './parse-json-text.ts';

/** An answer body as JSON, or why it is not. */
type JsonAnswer =
  | { kind: 'json'; value: unknown }
  /** Arrived whole but is not JSON (HTML page, truncated, empty) or is too large to read. */
  | { kind: 'unreadable'; detail: string }
  | { kind: 'timed-out' }
  | { kind: 'broken'; detail: string };

export function readJsonAnswer(answer: Answer): JsonAnswer {
  const { body } = answer;
  switch (body.kind) {
    case 'timed-out':
    case 'broken':
      return body;
    case 'too-large':
      return { kind: 'unreadable', detail: `body larger than ${body.limitBytes} bytes` };
    case 'text': {
      const parsed = parseJsonText(body.text);
      if (parsed.ok) return { kind: 'json', value: parsed.value };
      return { kind: 'unreadable', detail: parsed.detail };
    }
  }
}

type ParsedJson = { ok: true; value: unknown } | { ok: false; detail: string };

/**
 * Parses an answer body as JSON whatever its Content-Type said: strips a BOM, and for JSON Lines
 * (the real server has answered `application/jsonl`) falls back to the first non-empty line.
 */
export function parseJsonText(text: string): ParsedJson {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, detail: 'empty body' };
  const whole = tryParse(trimmed);
  if (whole.ok) return whole;
  const firstLine = trimmed.split(/\r?\n/).find((line) => line.trim() !== '');
  if (firstLine !== undefined && firstLine !== trimmed) {
    const line = tryParse(firstLine);
    if (line.ok) return line;
  }
  return { ok: false, detail: looksLikeHtml(trimmed) ? 'an HTML page, not JSON' : 'not JSON' };
}

function tryParse(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, detail: 'not JSON' };
  }
}

function looksLikeHtml(text: string): boolean {
  return /^<(!doctype|html|head|body|\?xml)/i.test(text) || /<html[\s>]/i.test(text.slice(0, 1024));
}

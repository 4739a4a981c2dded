import type { IncomingMessage, ServerResponse } from 'node:http';

export type ParsedBody = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid' };

/** What a handler answers; the server decides how (and whether) it reaches the client. */
export interface Reply {
  status: number;
  body: unknown;
}

const JSON_TYPE = 'application/json';
export const JSONL_TYPE = 'application/jsonl';

/** Resolves the body as text, or null once it grows past `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseJsonBody(raw: string): ParsedBody {
  if (raw.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(raw) };
  } catch {
    return { kind: 'invalid' };
  }
}

/**
 * Bodies end with a newline, as Go's json.Encoder writes them. Returns false when the client was
 * already gone (a held answer released after the caller disconnected).
 */
export function writeJson(res: ServerResponse, reply: Reply, contentType = JSON_TYPE): boolean {
  if (res.destroyed) return false;
  const text = `${JSON.stringify(reply.body)}\n`;
  res.writeHead(reply.status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
  return true;
}

export function writeHtml(res: ServerResponse, status: number): void {
  const text = `<!DOCTYPE html>\n<html><head><title>${status}</title></head><body><h1>${
    status === 200 ? 'Please sign in to continue' : `${status} Bad Gateway`
  }</h1><p>engageSPARK sandbox: simulated HTML answer.</p></body></html>\n`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Checks answers against the published engageSPARK OpenAPI document (the verbatim copy in
 * openapi/). @seriousme/openapi-schema-validator checks the document against the OpenAPI 3.1 meta-schema
 * and resolves its `$ref`s; the response schemas are then compiled with Ajv's JSON Schema 2020-12
 * dialect (the dialect of OpenAPI 3.1) and ajv-formats, so `format: date-time` is enforced too.
 */

export const DOCUMENT_PATH = fileURLToPath(
  new URL('./openapi/engagespark-openapi.yml', import.meta.url),
);

/** An OpenAPI document after `$ref` resolution; only the parts read here are typed. */
interface ResolvedDocument {
  paths: Record<string, Record<string, Operation>>;
}

interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

export interface Contract {
  /** The document's own problems against the OpenAPI 3.1 meta-schema ([] when none). */
  documentErrors: unknown[];
  /** The errors of `body` as the `status` answer of `operationId`; [] when it conforms. */
  check(operationId: string, status: number, body: unknown): ErrorObject[];
}

export async function loadContract(path = DOCUMENT_PATH): Promise<Contract> {
  const validator = new Validator({ strict: false });
  const result = await validator.validate(path);
  const documentErrors = Array.isArray(result.errors)
    ? result.errors
    : result.errors
      ? [result.errors]
      : [];
  const document = validator.resolveRefs() as unknown as ResolvedDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return {
    documentErrors,
    check(operationId, status, body) {
      const key = `${operationId} ${status}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(responseSchema(document, operationId, status));
        compiled.set(key, validate);
      }
      return validate(body) ? [] : [...(validate.errors ?? [])];
    },
  };
}

/** The JSON schema of one documented answer; throws when the document has none to check against. */
function responseSchema(document: ResolvedDocument, operationId: string, status: number): object {
  const operation = Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`the document has no operation ${operationId}`);
  const schema = operation.responses?.[String(status)]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`the document gives no JSON schema for ${operationId} ${status}`);
  return schema;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The self-signed test certificate (tests/fixtures/tls/README.md). */
export const TEST_TLS = {
  key: readFileSync(path.resolve('tests/fixtures/tls/key.pem')),
  cert: readFileSync(path.resolve('tests/fixtures/tls/cert.pem')),
};

/** The engageSPARK API's real host name, served by the sandbox in end-to-end tests. */
export const API_HOST = 'api.engagespark.com';

/**
 * Chromium flags that send each host name to a local port, so the production build, whose manifest
 * only grants https://api.engagespark.com and the CRM sites, is tested exactly as shipped.
 */
export function hostMappingArgs(mappings: Record<string, number>): string[] {
  const rules = Object.entries(mappings).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`);
  return rules.length === 0
    ? []
    : [`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors'];
}

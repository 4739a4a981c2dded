import { test as base } from 'vitest';
import { type Sandbox, startSandbox } from '../../sandbox/server';
import { API_HOST, TEST_TLS } from '../e2e/support/tls';
import {
  CRM_HOST,
  type CrmServer,
  NON_CRM_HOST,
  OTHER_CRM_HOST,
  startCrmServer,
} from '../fixtures/crm/crm-server';
import { type FirefoxSession, launchFirefox } from './support/firefox';

type Fixtures = {
  /** The engageSPARK sandbox, reached by the extension as https://api.engagespark.com. */
  sandbox: Sandbox;
  /** The CRM fixture pages, reached as https://acme.lightning.force.com and the like. */
  crm: CrmServer;
  /** Firefox ESR with the built extension, fresh profile per test. */
  firefox: FirefoxSession;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring.
  sandbox: async ({}, use) => {
    const sandbox = await startSandbox({ port: 0, tls: TEST_TLS, deliveryStepMs: 1_000 });
    await use(sandbox);
    await sandbox.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring.
  crm: async ({}, use) => {
    const crm = await startCrmServer();
    await use(crm);
    await crm.close();
  },
  firefox: async ({ sandbox, crm }, use) => {
    const firefox = await launchFirefox({
      [API_HOST]: sandbox.port,
      [CRM_HOST]: crm.port,
      [OTHER_CRM_HOST]: crm.port,
      [NON_CRM_HOST]: crm.port,
    });
    await use(firefox);
    await firefox.close();
  },
});

export { expect } from 'vitest';

import { sendRequests } from '../e2e/support/sandbox-records';
import { expect, test } from './fixtures';
import { FirefoxComposerPage } from './pages/composer-page';
import { FirefoxOptionsPage } from './pages/options-page';
import {
  configureExtension,
  hasHostAccess,
  storedMessages,
  withdrawHostAccess,
} from './support/extension-state';

const API_ORIGIN = 'https://api.engagespark.com/*';
const ASKING = 'Firefox needs your permission to reach engageSPARK.';
const SEND = { recipient: { to: '639171234567' }, from: '', message: 'Hello from Firefox' };

test('without access to the API a send says why and reaches nobody; the popup and Settings ask for it, and one click on Allow access restores it', async ({
  firefox,
  sandbox,
}) => {
  const { welcome } = firefox;
  await configureExtension(welcome);
  await withdrawHostAccess(welcome, API_ORIGIN);

  const refused = await welcome.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id: 'firefox-no-access-1', ...SEND },
  );
  expect(refused).toMatchObject({
    ok: true,
    result: {
      status: 'failed',
      // Worded by describeFailure as API_ACCESS_MISSING ("Firefox has not allowed the extension
      // to reach engageSPARK yet…"): tests/unit/background/connect.test.ts.
      failure: { kind: 'api-url-refused', reason: 'no-access' },
    },
  });
  expect(sendRequests(sandbox)).toHaveLength(0);

  const options = new FirefoxOptionsPage(await firefox.openExtensionPage('/options.html'));
  await options.waitForText(ASKING);
  const composer = new FirefoxComposerPage(await firefox.openExtensionPage('/popup.html'));
  await composer.page.waitForSelector(`::-p-text(${ASKING})`);
  await (await composer.button('Allow access')).click();
  await composer.page.waitForSelector(`::-p-text(${ASKING})`, { hidden: true });
  // The settings page follows the grant by itself.
  await options.page.waitForSelector(`::-p-text(${ASKING})`, { hidden: true });
  expect(await hasHostAccess(welcome, API_ORIGIN)).toBe(true);

  const sent = await welcome.evaluate(
    (data) => chrome.runtime.sendMessage({ name: 'sendSms', data }),
    { id: 'firefox-no-access-2', ...SEND },
  );
  expect(sent).toMatchObject({ ok: true, result: { status: 'sent' } });
  expect(sendRequests(sandbox)).toHaveLength(1);
  const history = await storedMessages(welcome);
  expect(Object.fromEntries(history.map((record) => [record.id, record.status]))).toEqual({
    'firefox-no-access-1': 'failed',
    'firefox-no-access-2': 'sent',
  });
});

import type { DemoEnvironment } from './environment';

/**
 * A Chromium window to click around in, until the user closes it or presses Ctrl-C. The tabs the
 * extension opens itself (the composer) are the product's; the demo only opens the contact list.
 */
export async function runWindow(env: DemoEnvironment, version: string): Promise<void> {
  // The first tab, not the welcome page the install opens (the demo closes that one).
  const first = env.context.pages().find((tab) => !tab.url().startsWith('chrome-extension://'));
  const page = first ?? (await env.context.newPage());
  await page.goto(env.demo.url('/'));
  await page.bringToFront();
  console.log(`
Chromium is open with engageSPARK Click-to-SMS ${version}, set up for the engageSPARK
sandbox on this computer (API key sandbox-key, organization 1234, $10.00 of pretend credit).
Nothing is sent for real: this browser sends api.engagespark.com and acme.lightning.force.com to
local servers (which is why Chromium may warn about --ignore-certificate-errors).

Try:
  - click a speech-bubble button beside a phone number, write a message, press Send;
  - open the History tab: two seconds after sending, the message shows "Delivered";
  - open "Maria Santos" for a contact record: numbers in notes get buttons too;
  - the toolbar button (in the puzzle-piece Extensions menu) opens the composer and Settings.

Close the browser window or press Ctrl-C here to stop.
`);
  await new Promise<void>((resolve) => {
    env.context.once('close', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

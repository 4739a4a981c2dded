import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

/**
 * The README's first command ends in `npm start`; without a display it runs the headless tour. It
 * imports product code under plain Node (tsx), which WXT's build-time values do not reach, so it
 * is run here, on the build `npm test` made, as a user would.
 */
test('the headless demo tour walks every step and exits with 0', () => {
  test.setTimeout(180_000);
  const run = spawnSync('npx', ['tsx', 'scripts/start.ts', '--tour'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 170_000,
  });
  expect(`${run.stdout}\n${run.stderr}`).toContain('Every step worked');
  expect(run.status).toBe(0);
});

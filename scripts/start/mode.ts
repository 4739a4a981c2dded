export type StartMode = 'window' | 'tour';

type Environment = Record<string, string | undefined>;

/** CI services set CI=true (or 1); an explicit "false" or "0" means a person at a desk. */
function isCi(env: Environment): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * A real window when someone can see it (a display, not CI, no --tour); otherwise the headless
 * tour, which leaves screenshots behind instead.
 */
export function chooseMode(args: readonly string[], env: Environment): StartMode {
  if (args.includes('--tour')) return 'tour';
  if (args.includes('--window')) return 'window';
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return hasDisplay && !isCi(env) ? 'window' : 'tour';
}

export const USAGE = `npm start [-- --tour | --window]

Builds the extension (npm start runs "npm run build" first), starts the engageSPARK sandbox and a
demo CRM page on this computer, and opens Chromium with the extension loaded and set up.

  (no flag)  a Chromium window when there is a display and CI is not set; the tour otherwise
  --tour     the headless tour: screenshots and tour.log in .tour/<time>/
  --window   the Chromium window even when CI is set (needs a display)

Environment: CHROMIUM_PATH=/path/to/chromium picks the browser.`;

/** Defaults shared by the server, the CLI and the tests. Money is always in micro-dollars. */

export const DEFAULT_API_KEY = 'sandbox-key';
export const DEFAULT_ORG_ID = 1234;
/** $10.00 */
export const DEFAULT_BALANCE_MICRO = 10_000_000;
/** $0.02 per SMS part, whatever the encoding. */
export const PRICE_PER_PART_MICRO = 20_000;
export const MAX_PARTS = 7;
export const DEFAULT_DELIVERY_STEP_MS = 1500;
/** How long "slow" waits before answering when no delayMs is given. */
export const DEFAULT_SLOW_DELAY_MS = 3000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_CLI_PORT = 8787;
/** The real API promises delivery within a day; the response carries that deadline. */
export const DELIVERY_DEADLINE_MS = 24 * 60 * 60 * 1000;
/** Bodies above this are refused with 413 rather than buffered. */
export const MAX_BODY_BYTES = 1_000_000;

/** The organization's own number: the recipient of inbound SMS unless POST /__sandbox/inbound says. */
export const ORG_INBOUND_NUMBER = '639178880001';
/** The "huge" fault pads answers to at least this many bytes of JSON. */
export const HUGE_BODY_BYTES = 8 * 1024 * 1024;

/** The two send endpoints: POST /v1/sms/contact and /v1/sms/phonenumber. */
export type SendEndpoint = 'contact' | 'phonenumber';

/**
 * The limits of one `checkPhoneCandidates` batch (utils/messaging/protocol.ts), shared by the
 * content script that sends it and the background that refuses anything bigger. A candidate is at
 * most 18 digits with one separator between each (see find-candidates.ts): 64 characters is ample,
 * and a page-made string longer than that is no number the content script would ask about.
 */
export const MAX_CANDIDATES_PER_BATCH = 500;
export const MAX_CANDIDATE_LENGTH = 64;

/**
 * Which delivery-receipt errors mean the recipient opted out. engageSPARK passes on the carrier's
 * words (its documented example is "opted out of promotional messaging"); carriers and
 * aggregators also say "unsubscribed", "blacklisted"/"blocked by recipient" and "DND" (the
 * do-not-disturb registries). Only words that name the recipient's own refusal count: "rejected
 * by telco", "unreachable" or "invalid number" say nothing about consent, and reading them as an
 * opt-out would silently stop texts to people who never asked for that.
 */
const OPT_OUT_ERRORS: readonly RegExp[] = [
  /\bopt(?:ed)?[\s_-]?out\b/i,
  /\bunsubscribed\b/i,
  /\b(?:blacklisted|blocklisted)\b/i,
  /\bblocked by (?:the )?(?:recipient|subscriber|user)\b/i,
  /\b(?:dnd|do[\s_-]not[\s_-]disturb)\b/i,
];

export function isOptOutDeliveryError(error: string | undefined): boolean {
  if (!error) return false;
  return OPT_OUT_ERRORS.some((pattern) => pattern.test(error));
}

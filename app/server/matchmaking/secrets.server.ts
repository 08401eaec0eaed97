import { randomBytes, randomInt } from "node:crypto";

/** Crockford base32 without I, L, O, U: nothing to misread when a code is typed at the door. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** An attendee's check-in code (shown as a QR code on the agenda), 8 characters: ~10^12 per event. */
export function newCheckInCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The secret in an attendee's calendar-feed URL. */
export function newCalendarToken(): string {
  return randomBytes(24).toString("base64url");
}

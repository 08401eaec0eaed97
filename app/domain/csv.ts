/**
 * CSV for spreadsheets (RFC 4180), safe to open in Excel, WPS or LibreOffice: a cell starting with = + - @, a tab
 * or a carriage return is read as a formula there (`=HYPERLINK(…)`, `-1+cmd|' /C calc'!A0`, `+1+WEBSERVICE(…)`),
 * so it gets a leading apostrophe, OWASP's advice against CSV injection. Every CSV the app writes goes through
 * `csvField`.
 */

/**
 * "Strictly a number": an optional sign, ASCII digits with an optional fraction (or a bare fraction such as
 * ".5"), and an optional decimal exponent, nothing else: -12.5, +3, -.5, 1e5, -2.5E-3. Spreadsheets read these
 * as plain numbers, so they keep their sign and stay numbers. Anything more (spaces, a second sign, thousands
 * separators, "+86 27 …", "-1+1", "Infinity", hexadecimal) is text and, when it starts with a trigger, defused.
 */
export const STRICT_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The characters that make a spreadsheet treat the cell as a formula when they come first. */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

export function startsLikeFormula(value: string): boolean {
  return (FORMULA_TRIGGERS as readonly string[]).includes(value.charAt(0));
}

/** The value, with a leading apostrophe when a spreadsheet would otherwise run it as a formula. */
export function defuseFormula(value: string): string {
  return startsLikeFormula(value) && !STRICT_NUMBER.test(value) ? `'${value}` : value;
}

/** One CSV field: defused, then quoted when it holds a quote, a comma or a line break. */
export function csvField(raw: string): string {
  const value = defuseFormula(raw);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record, CRLF-terminated as RFC 4180 says. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

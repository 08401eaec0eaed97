/** What people paste from Word, WeChat or a Chinese input method, made plain before it is checked. */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Zero-width spaces and joiners, the byte-order mark and soft hyphens: invisible, but they break matching. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Full-width ASCII forms (１２３, ：, ＡＩ), the ideographic space and ￥ as their plain counterparts. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replaceAll("\u3000", " ")
    .replaceAll("\uFFE5", "¥");
}

/** For values with a fixed shape (amounts, dates, codes, numbers): invisible characters out, half-width, trimmed. */
export function normalizeTyped(text: string): string {
  return toHalfWidth(stripInvisible(text)).trim();
}

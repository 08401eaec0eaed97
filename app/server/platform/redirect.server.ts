const BASE = "http://local.invalid";

/**
 * Only same-site paths: an open redirect after sign-in or a language switch would hand our users to a phishing
 * page. The verdict is taken on the normalised URL, as a browser resolves it (dot segments and "%2e" removed,
 * tabs and newlines stripped, backslashes read as slashes): "/.//evil.example" normalises to
 * "//evil.example", which a browser follows off-site. Inputs with control characters or backslashes are
 * refused outright rather than repaired.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // Re-serialised through URL so it is percent-encoded: a Location header cannot carry "/tasks?q=数据" as is.
  const target = url.pathname + url.search + url.hash;
  // Exactly one leading slash after normalisation, and the result must resolve here again.
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return new URL(target, BASE).origin === BASE ? target : fallback;
}

/**
 * The XML the open-data part publishes: an Atom 1.0 feed (RFC 4287) and a sitemap (sitemaps.org 0.9). Pure
 * string building: text is escaped, and characters XML 1.0 forbids (C0 controls other than tab, LF, CR; lone
 * surrogates; U+FFFE/U+FFFF) are dropped, since one of them would make a reader reject the whole document.
 */

// These control characters are exactly what must go.
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN_IN_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export interface AtomEntry {
  /** A permanent, unique IRI (a tag: URI), never reused for another entry. */
  id: string;
  title: string;
  updated: Date;
  url: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  lang: "zh-CN" | "en";
  selfUrl: string;
  alternateUrl: string;
  authorName: string;
  /** When nothing was published yet: the feed must still carry an `updated`. */
  emptyUpdated: Date;
  entries: AtomEntry[];
}

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (newest, entry) => (entry.updated > newest ? entry.updated : newest),
    feed.entries.length > 0 ? new Date(0) : feed.emptyUpdated,
  );
  const entries = feed.entries.map(
    (entry) =>
      `  <entry>\n` +
      `    <id>${xmlText(entry.id)}</id>\n` +
      `    <title>${xmlText(entry.title)}</title>\n` +
      `    <updated>${entry.updated.toISOString()}</updated>\n` +
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>\n` +
      `    <summary>${xmlText(entry.summary)}</summary>\n` +
      `  </entry>\n`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">\n` +
    `  <id>${xmlText(feed.id)}</id>\n` +
    `  <title>${xmlText(feed.title)}</title>\n` +
    `  <subtitle>${xmlText(feed.subtitle)}</subtitle>\n` +
    `  <updated>${updated.toISOString()}</updated>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>\n` +
    `  <author><name>${xmlText(feed.authorName)}</name></author>\n` +
    entries.join("") +
    `</feed>\n`
  );
}

export interface SitemapUrl {
  loc: string;
  lastmod?: Date | null;
}

/** A sitemap holds at most 50,000 URLs (sitemaps.org); more need a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map(
      ({ loc, lastmod }) =>
        `  <url><loc>${xmlText(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>\n`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</urlset>\n`
  );
}

/** A tag: URI (RFC 4151) for a feed entry: stable across deployments of the same authority. */
export function tagUri(authority: string, date: string, specific: string): string {
  return `tag:${authority},${date}:${specific}`;
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../db/client";
import { sitemapEntries } from "../../../db/repositories/open-data";
import { SITEMAP_MAX_URLS, sitemapXml, type SitemapUrl } from "../../domain/open-data-xml";
import { publicOrigin } from "../platform/http.server";

/** The public pages that exist once, whatever the data. */
export const STATIC_PUBLIC_PATHS = [
  "/",
  "/lists",
  "/tasks",
  "/notices",
  "/results",
  "/calculator",
  "/supply-demand",
  "/supply-demand/lists",
  "/events",
  "/stats",
  "/open-data",
  "/audit",
] as const;

/** Every public page a search engine should know, with when it last changed where that is known. */
export async function sitemapUrls(origin: string): Promise<SitemapUrl[]> {
  const { lists, tasks, notices, sdItems, sdYears, events } = await sitemapEntries(getDb());
  const urls: SitemapUrl[] = [
    ...STATIC_PUBLIC_PATHS.map((path) => ({ loc: `${origin}${path}` })),
    ...lists.map((l) => ({ loc: `${origin}/lists/${l.id}`, lastmod: l.updatedAt })),
    ...tasks.map((t) => ({ loc: `${origin}/tasks/${encodeURIComponent(t.code)}`, lastmod: t.updatedAt })),
    ...notices.map((n) => ({ loc: `${origin}/notices/${n.id}`, lastmod: n.createdAt })),
    ...sdYears.flatMap((year) => [
      { loc: `${origin}/supply-demand/lists/${year}` },
      { loc: `${origin}/supply-demand/showcase/${year}` },
    ]),
    ...sdItems.map((i) => ({
      loc: `${origin}/supply-demand/${encodeURIComponent(i.code)}`,
      lastmod: i.updatedAt,
    })),
    ...events.map((e) => ({ loc: `${origin}/events/${e.id}`, lastmod: e.updatedAt })),
  ];
  return urls.slice(0, SITEMAP_MAX_URLS);
}

/** GET /sitemap.xml */
export async function sitemapLoader({ request }: LoaderFunctionArgs): Promise<Response> {
  const xml = sitemapXml(await sitemapUrls(publicOrigin(request)));
  return new Response(xml, {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}

/** GET /robots.txt: everything public may be crawled; the sitemap says where. */
export function robotsLoader({ request }: LoaderFunctionArgs): Response {
  const origin = publicOrigin(request);
  const body = [
    "User-agent: *",
    "Disallow: /staff",
    "Disallow: /my",
    "Disallow: /org",
    "Disallow: /assess",
    "Disallow: /bids",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
}

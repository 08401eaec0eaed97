import { sitemapLoader } from "../server/open-data/sitemap.server";

export const loader = sitemapLoader;

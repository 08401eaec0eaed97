import { robotsLoader } from "../server/open-data/sitemap.server";

export const loader = robotsLoader;

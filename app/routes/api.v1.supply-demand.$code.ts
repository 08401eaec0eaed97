import { sdItemApiLoader } from "../server/supply-demand/search/sd-search-pages.server";

export const loader = sdItemApiLoader;

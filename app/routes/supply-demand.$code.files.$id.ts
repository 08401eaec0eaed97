import { sdAttachmentLoader } from "../server/supply-demand/search/sd-search-pages.server";

export const loader = sdAttachmentLoader;

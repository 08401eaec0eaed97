import { statsCsvLoader } from "../server/supply-demand/review/admin-pages.server";

export const loader = statsCsvLoader;

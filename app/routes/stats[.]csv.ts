import { statsCsvLoader } from "../server/stats/stats-page.server";

export const loader = statsCsvLoader;

import { mmStatsCsvLoader } from "../server/matchmaking/feedback/stats-page.server";

export const loader = mmStatsCsvLoader;

import { eventApiLoader } from "../server/matchmaking/events/api.server";

export const loader = eventApiLoader;

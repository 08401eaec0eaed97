import { eventsApiLoader } from "../server/matchmaking/events/api.server";

export const loader = eventsApiLoader;

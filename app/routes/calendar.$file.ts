import { calendarFeedLoader } from "../server/matchmaking/agenda/calendar.server";

/** /calendar/:token.ics: an attendee's agenda as a calendar subscription feed (the token is the credential). */
export const loader = calendarFeedLoader;

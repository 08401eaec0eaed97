import { agendaIcsLoader } from "../server/matchmaking/agenda/calendar.server";

/** /my/events/:id/agenda/:attendeeId.ics: an attendee's agenda as an iCalendar download. */
export const loader = agendaIcsLoader;

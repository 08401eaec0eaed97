import { closeEndedMeetings } from "./check-in.server";
import { sendAgendaReminders } from "./reminders.server";

/** The agenda part's minute sweeps: the day-before reminders, then held / no-show for ended slots. */
export async function mmAgendaSweeps(say: (line: string) => void, now = new Date()): Promise<void> {
  try {
    const reminded = await sendAgendaReminders(now);
    if (reminded) say(`conference agenda reminders sent: ${reminded}`);
  } catch (error) {
    console.error("minute sweep (conference agenda reminders) failed:", error);
  }
  try {
    const { held, noShow } = await closeEndedMeetings(now);
    if (held || noShow) say(`conference meetings closed: ${held} held, ${noShow} no-show`);
  } catch (error) {
    console.error("minute sweep (conference attendance) failed:", error);
  }
}

import { formMessage } from "../i18n/i18n";
import { z } from "./zod";
import { requiredText, wholeNumber } from "./fields";

/** The check-in page's forms (staff): the code at the door, a meeting to reassign or cancel, attendance. */

export const CHECK_IN_CODE_MAX = 32;
export const DOOR_REASON_MAX = 200;

export const mmCheckInSchema = z.object({ code: requiredText(CHECK_IN_CODE_MAX) });

const id = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export const mmDoorMeetingSchema = z.object({
  requestId: id,
  attendeeId: id,
  reason: z
    .string()
    .trim()
    .max(DOOR_REASON_MAX, formMessage("err.tooLong", { max: DOOR_REASON_MAX }))
    .optional(),
});

export const mmAttendanceSchema = z.object({
  requestId: id,
  to: z.enum(["held", "no_show"], { error: "err.required" }),
});

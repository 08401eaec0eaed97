import { formMessage } from "../i18n/i18n";
import { requiredText, wholeNumber } from "./fields";
import { z } from "./zod";

/** A meeting request's message and the reasons given when declining or cancelling. */
export const MEETING_MESSAGE_MAX = 500;
export const MEETING_REASON_MAX = 300;

const id = wholeNumber(1, Number.MAX_SAFE_INTEGER);

/** The request form: from which of my attendees, to whom, optionally about their item and naming mine. */
export const mmMeetingRequestSchema = z.object({
  fromAttendeeId: id,
  toAttendeeId: id,
  aboutItemId: id.optional(),
  fromItemId: id.optional(),
  message: requiredText(MEETING_MESSAGE_MAX),
});
export type MmMeetingRequestInput = z.infer<typeof mmMeetingRequestSchema>;

const reason = z
  .string()
  .trim()
  .max(MEETING_REASON_MAX, formMessage("err.tooLong", { max: MEETING_REASON_MAX }))
  .optional();

/** Accepting or rescheduling: a slot picked from the list, or "first" for the first slot free for both. */
export const mmMeetingSlotSchema = z.object({
  request: id,
  slot: z.union([z.literal("first"), id], { error: "err.required" }),
});

export const mmMeetingReasonSchema = z.object({ request: id, reason });

/** Staff placing a request (or moving a meeting) into a free cell of the grid. */
export const mmGridPlaceSchema = z.object({
  request: id,
  cell: z.string().regex(/^\d+:\d+$/, "err.required"),
});

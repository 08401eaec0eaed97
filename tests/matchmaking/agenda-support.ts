import { getDb } from "../../db/client";
import { createMeetingRequest } from "../../app/server/demo/mm-factories.server";
import { placeMeeting } from "../../app/server/matchmaking/scheduling/placement.server";
import type { Participant } from "./support";

/**
 * A scheduled meeting between attendee `ai` of `a` and attendee `bi` of `b` in the given slot, placed through the
 * foundation's placeMeeting as of `now` (earlier than the slot, so past slots can be used for attendance tests).
 */
export async function scheduledMeeting(
  eventId: number,
  a: Participant,
  b: Participant,
  slot: { id: number; startsAt: Date },
  {
    ai = 0,
    bi = 0,
    tableId,
    aboutItemId = null,
  }: { ai?: number; bi?: number; tableId?: number; aboutItemId?: number | null } = {},
) {
  const request = await createMeetingRequest(getDb(), {
    eventId,
    from: { registrationId: a.registration.id, attendeeId: a.attendees[ai]!.id },
    to: { registrationId: b.registration.id, attendeeId: b.attendees[bi]!.id },
    createdBy: a.owner.id,
    aboutItemId,
    now: new Date(slot.startsAt.getTime() - 7 * 86_400_000),
  });
  const outcome = await getDb()
    .transaction()
    .execute((trx) =>
      placeMeeting(trx, {
        request,
        choice: tableId === undefined ? { slotId: slot.id } : { slotId: slot.id, tableId },
        now: new Date(slot.startsAt.getTime() - 60_000),
        maxMeetings: 12,
      }),
    );
  if (!outcome.ok) throw new Error(`placement refused: ${outcome.reason}`);
  return { ...request, slotId: outcome.slotId, tableId: outcome.tableId };
}

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}
export interface IcsComponent {
  type: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

/**
 * A small RFC 5545 reader, enough to check what we write: unfolds lines (CRLF + space), splits NAME;PARAM=V:VALUE
 * and nests BEGIN/END components; TEXT values are unescaped.
 */
export function parseIcs(text: string): IcsComponent {
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  const root: IcsComponent = { type: "ROOT", properties: [], components: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(":");
    const [head, rawValue] = [line.slice(0, colon), line.slice(colon + 1)];
    const [name, ...paramParts] = head.split(";");
    if (name === "BEGIN") {
      const component = { type: rawValue, properties: [], components: [] };
      stack.at(-1)!.components.push(component);
      stack.push(component);
    } else if (name === "END") {
      if (stack.pop()!.type !== rawValue) throw new Error(`unbalanced END:${rawValue}`);
    } else {
      const params = Object.fromEntries(paramParts.map((p) => p.split("=") as [string, string]));
      const value = rawValue.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
      stack.at(-1)!.properties.push({ name: name!, params, value });
    }
  }
  if (stack.length !== 1) throw new Error("unterminated component");
  return root;
}

export const prop = (c: IcsComponent, name: string) => c.properties.find((p) => p.name === name);

/** "20261205T093000" for a UTC instant, on the Shanghai wall clock. */
export function shanghaiStamp(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/[-:]/g, "").slice(0, 15);
}

import type { ColumnType, Generated, Selectable } from "kysely";
import type {
  MmEventStatus,
  MmFeedbackOutcome,
  MmRegistrationStatus,
  MmRequestStatus,
} from "../app/domain/matchmaking";

/** The matchmaking conference's tables (migration 2026-12-04T18); spread into `Database` in schema.ts. */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface MmEventsTable {
  id: Generated<number>;
  year: number;
  titleZh: string;
  titleEn: string;
  venueZh: string;
  venueEn: string;
  /** Shanghai calendar dates "YYYY-MM-DD". */
  startsOn: ColumnType<string, string, string>;
  endsOn: ColumnType<string, string, string>;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  bookingOpensAt: Date;
  bookingClosesAt: Date;
  slotMinutes: Generated<number>;
  breakMinutes: Generated<number>;
  maxMeetingsPerAttendee: Generated<number>;
  requestExpiryHours: Generated<number>;
  status: Generated<MmEventStatus>;
  cancelReason: string | null;
  cancelledAt: Date | null;
  createdBy: number;
  isDemo: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: Generated<Date>;
}

export interface MmBlocksTable {
  id: Generated<number>;
  eventId: number;
  startsAt: Date;
  endsAt: Date;
}

export interface MmSlotsTable {
  id: Generated<number>;
  eventId: number;
  blockId: number;
  startsAt: Date;
  endsAt: Date;
}

export interface MmTablesTable {
  id: Generated<number>;
  eventId: number;
  name: string;
  position: number;
}

export interface MmSessionsTable {
  id: Generated<number>;
  eventId: number;
  /** An SD_DOMAINS value, or null for a general session. */
  domain: string | null;
  titleZh: string;
  titleEn: string;
  stageZh: string;
  stageEn: string;
  startsAt: Date;
  endsAt: Date;
}

export interface MmRegistrationsTable {
  id: Generated<number>;
  eventId: number;
  organizationId: number;
  status: Generated<MmRegistrationStatus>;
  note: string | null;
  refuseReason: string | null;
  reviewedBy: number | null;
  reviewedAt: Date | null;
  createdBy: number;
  createdAt: CreatedAt;
  updatedAt: Generated<Date>;
}

export interface MmAttendeesTable {
  id: Generated<number>;
  registrationId: number;
  eventId: number;
  position: 1 | 2;
  name: string;
  jobTitle: string;
  /** Private: the organization's members and staff only. */
  phone: string;
  email: string;
  /** Shown as a QR code on the agenda; typed or scanned at the door. */
  checkInCode: string;
  /** The secret in the attendee's iCalendar feed URL (calendar apps fetch without a session). */
  calendarToken: string;
  checkedInAt: Date | null;
  checkedInBy: number | null;
  agendaRemindedAt: Date | null;
}

export interface MmRegistrationItemsTable {
  registrationId: number;
  itemId: number;
}

export interface MmRoadshowsTable {
  id: Generated<number>;
  sessionId: number;
  registrationId: number;
  itemId: number;
  startsAt: Date;
  endsAt: Date;
}

export interface MmRequestsTable {
  id: Generated<number>;
  eventId: number;
  fromRegistrationId: number;
  fromAttendeeId: number;
  toRegistrationId: number;
  toAttendeeId: number;
  aboutItemId: number | null;
  fromItemId: number | null;
  message: string;
  status: Generated<MmRequestStatus>;
  slotId: number | null;
  tableId: number | null;
  expiresAt: Date;
  /** Why it was declined or cancelled. */
  reason: string | null;
  createdBy: number;
  createdAt: CreatedAt;
  answeredBy: number | null;
  answeredAt: Date | null;
  closedBy: number | null;
  updatedAt: Generated<Date>;
}

export interface MmBookingsTable {
  slotId: number;
  attendeeId: number;
  requestId: number;
}

export interface MmTableBookingsTable {
  slotId: number;
  tableId: number;
  requestId: number;
}

export interface MmFeedbackTable {
  id: Generated<number>;
  requestId: number;
  organizationId: number;
  useful: boolean;
  outcome: MmFeedbackOutcome;
  amountFen: number | null;
  signedOn: string | null;
  comment: string | null;
  createdBy: number;
  createdAt: CreatedAt;
}

export interface MatchmakingTables {
  mmEvents: MmEventsTable;
  mmBlocks: MmBlocksTable;
  mmSlots: MmSlotsTable;
  mmTables: MmTablesTable;
  mmSessions: MmSessionsTable;
  mmRegistrations: MmRegistrationsTable;
  mmAttendees: MmAttendeesTable;
  mmRegistrationItems: MmRegistrationItemsTable;
  mmRoadshows: MmRoadshowsTable;
  mmRequests: MmRequestsTable;
  mmBookings: MmBookingsTable;
  mmTableBookings: MmTableBookingsTable;
  mmFeedback: MmFeedbackTable;
}

export type MmEvent = Selectable<MmEventsTable>;
export type MmSlot = Selectable<MmSlotsTable>;
export type MmRegistration = Selectable<MmRegistrationsTable>;
export type MmAttendee = Selectable<MmAttendeesTable>;
export type MmRequest = Selectable<MmRequestsTable>;

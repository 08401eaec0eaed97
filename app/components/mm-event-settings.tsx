import { useI18n } from "../i18n/use-i18n";
import { PlainField, type errorsFor } from "./mm-event-fields";

export interface SettingsValues {
  year: number;
  titleZh: string;
  titleEn: string;
  venueZh: string;
  venueEn: string;
  startsOn: string;
  endsOn: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  bookingOpensAt: string;
  bookingClosesAt: string;
  slotMinutes: number;
  breakMinutes: number;
  maxMeetingsPerAttendee: number;
  requestExpiryHours: number;
}

/** The fields of an event's settings (the "new event" form and the settings form share them). */
export function EventSettingsFields({
  prefix,
  values,
  errors,
}: {
  prefix: string;
  values: Partial<SettingsValues>;
  errors: ReturnType<typeof errorsFor>;
}) {
  const { t } = useI18n();
  const f = (
    name: keyof SettingsValues,
    label: string,
    type: Parameters<typeof PlainField>[0]["type"] = "text",
  ) => (
    <PlainField
      prefix={prefix}
      name={name}
      label={label}
      type={type}
      defaultValue={values[name]}
      errors={errors.field(name)}
    />
  );
  return (
    <div className="mm-ev-grid">
      {f("year", t("mmEvents.field.year"), "number")}
      {f("titleZh", t("mmEvents.field.titleZh"))}
      {f("titleEn", t("mmEvents.field.titleEn"))}
      {f("venueZh", t("mmEvents.field.venueZh"))}
      {f("venueEn", t("mmEvents.field.venueEn"))}
      {f("startsOn", t("mmEvents.field.startsOn"), "date")}
      {f("endsOn", t("mmEvents.field.endsOn"), "date")}
      {f("registrationOpensAt", t("mmEvents.field.registrationOpensAt"), "datetime-local")}
      {f("registrationClosesAt", t("mmEvents.field.registrationClosesAt"), "datetime-local")}
      {f("bookingOpensAt", t("mmEvents.field.bookingOpensAt"), "datetime-local")}
      {f("bookingClosesAt", t("mmEvents.field.bookingClosesAt"), "datetime-local")}
      {f("slotMinutes", t("mmEvents.field.slotMinutes"), "number")}
      {f("breakMinutes", t("mmEvents.field.breakMinutes"), "number")}
      {f("maxMeetingsPerAttendee", t("mmEvents.field.maxMeetings"), "number")}
      {f("requestExpiryHours", t("mmEvents.field.expiryHours"), "number")}
    </div>
  );
}

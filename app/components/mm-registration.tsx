import { Link } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";

/** A registration's status as a badge (待审核 / 已通过 / 未通过 / 已撤回). */
export function MmRegistrationStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const known = ["pending", "validated", "refused", "withdrawn"].includes(status);
  return (
    <span className={`status mm-reg-status-${status}`}>
      {known ? t(`mm.registrationStatus.${status as "pending"}`) : status}
    </span>
  );
}

/** The event's title in the reader's language. */
export function useEventTitle() {
  const { locale } = useI18n();
  return (event: { titleZh: string; titleEn: string }) => (locale === "zh" ? event.titleZh : event.titleEn);
}

interface MmDashboardProps {
  section: {
    event: { id: number; titleZh: string; titleEn: string; startsOn: string; endsOn: string } | null;
    status: string | null;
  };
}

/** The dashboard's one conference section: the current event, the registration status, where to go next. */
export function MmDashboard({ section }: MmDashboardProps) {
  const { t } = useI18n();
  const title = useEventTitle();
  const { event, status } = section;
  return (
    <article className="card">
      <h2>{t("mmRegistration.dashboard.title")}</h2>
      {!event ? (
        <p className="empty">{t("mmRegistration.dashboard.none")}</p>
      ) : (
        <>
          <p>
            <Link to={`/events/${event.id}`}>{title(event)}</Link>{" "}
            <small>
              {event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} – ${event.endsOn}`}
            </small>
          </p>
          <p>
            {t("mmRegistration.dashboard.status")}
            {status ? (
              <MmRegistrationStatusBadge status={status} />
            ) : (
              t("mmRegistration.dashboard.notRegistered")
            )}
          </p>
          <ul className="dashboard-list">
            <li>
              <Link to={`/events/${event.id}/register`}>
                {status ? t("mmRegistration.yourRegistration") : t("mmRegistration.link.register")}
              </Link>
            </li>
            {status === "validated" ? (
              <>
                <li>
                  <Link to={`/events/${event.id}/participants`}>{t("mmRegistration.link.participants")}</Link>
                </li>
                <li>
                  <Link to={`/my/events/${event.id}/agenda`}>{t("mmRegistration.link.agenda")}</Link>
                </li>
                <li>
                  <Link to={`/my/events/${event.id}/meetings`}>{t("mmRegistration.link.meetings")}</Link>
                </li>
              </>
            ) : null}
          </ul>
        </>
      )}
    </article>
  );
}

import { useI18n } from "../i18n/use-i18n";

/** A contact person the viewer may see (the server decided: contacts.server.ts); nothing when null. */
export function SdContactCard({
  title,
  contact,
}: {
  title: string;
  contact: { name: string; phone: string; email: string } | null;
}) {
  const { t } = useI18n();
  if (!contact) return null;
  return (
    <div className="sd-contact">
      <h3>{title}</h3>
      <dl className="sd-contact-list">
        <div>
          <dt>{t("sdx.contact.name")}</dt>
          <dd>{contact.name}</dd>
        </div>
        <div>
          <dt>{t("sdx.contact.phone")}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>{contact.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t("sdx.contact.email")}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      </dl>
    </div>
  );
}

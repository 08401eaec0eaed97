import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Highlight } from "../components/highlight";
import { useEventTitle } from "../components/mm-registration";
import { Pagination } from "../components/pagination";
import { SdKindBadge, useSdLabels } from "../components/sd-labels";
import { useI18n } from "../i18n/use-i18n";
import { participantsPageLoader } from "../server/matchmaking/registration/participants-page.server";

export const meta: MetaFunction = () => [{ title: "参会单位 · Participants — 揭榜 Jiebang" }];

export const loader = participantsPageLoader;

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Ok = Extract<Data, { state: "ok" }>;

export default function ParticipantsPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const title = useEventTitle();
  return (
    <div className="stack">
      <p>
        <Link to={`/events/${data.event.id}`}>{t("mmRegistration.backToEvent")}</Link>
      </p>
      <h1>{t("mmRegistration.participants.title")}</h1>
      <p className="lead">{title(data.event)}</p>
      {data.state === "forbidden" ? (
        <div className="card">
          <p>{t(`mmRegistration.participants.forbidden.${data.reason}`)}</p>
          {data.reason === "signIn" ? (
            <p>
              <Link to={`/login?redirectTo=/events/${data.event.id}/participants`}>{t("nav.login")}</Link>
            </p>
          ) : data.reason === "noOrganization" ? null : (
            <p>
              <Link to={`/events/${data.event.id}/register`}>
                {data.reason === "notValidated"
                  ? t("mmRegistration.participants.seeRegistration")
                  : t("mmRegistration.participants.register")}
              </Link>
            </p>
          )}
        </div>
      ) : data.state === "unavailable" ? (
        <p className="alert alert-error">{t("err.search.unavailable")}</p>
      ) : (
        <ParticipantList data={data} />
      )}
    </div>
  );
}

function ParticipantList({ data }: { data: Ok }) {
  const { t } = useI18n();
  const labels = useSdLabels();
  const submit = useSubmit();
  const navigation = useNavigation();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const { search, result, event } = data;
  const path = `/events/${event.id}/participants`;
  const searching = navigation.state === "loading" && navigation.location?.pathname === path;

  function onChange(e: React.FormEvent<HTMLFormElement>) {
    const form = e.currentTarget;
    const typed = (e.target as HTMLElement).getAttribute("name") === "q";
    clearTimeout(timer.current);
    const go = () => {
      const formData = new FormData(form);
      for (const [key, value] of [...formData]) if (value === "") formData.delete(key);
      submit(formData, { method: "get", replace: typed, preventScrollReset: true });
    };
    if (typed) timer.current = setTimeout(go, 300);
    else go();
  }

  const domains = Object.entries(result.facets.domain).sort((a, b) => b[1] - a[1]);
  const districts = Object.entries(result.facets.district).sort((a, b) => b[1] - a[1]);
  return (
    <>
      <Form method="get" role="search" onChange={onChange} className="mm-participant-search">
        <div className="field">
          <label htmlFor="mm-q">{t("mmRegistration.participants.search")}</label>
          <input
            id="mm-q"
            name="q"
            type="search"
            defaultValue={search.q}
            autoComplete="off"
            placeholder={t("mmRegistration.participants.placeholder")}
          />
        </div>
        <div className="field">
          <label htmlFor="mm-kind">{t("mmRegistration.participants.kind")}</label>
          <select id="mm-kind" name="kind" defaultValue={search.kind ?? ""}>
            <option value="">{t("mmRegistration.participants.any")}</option>
            {(["demand", "supply"] as const).map((k) => (
              <option key={k} value={k}>
                {`${t(`mmRegistration.participants.brings.${k}`)} (${result.facets.kind[k]})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="mm-domain">{t("mmRegistration.participants.domain")}</label>
          <select id="mm-domain" name="domain" defaultValue={search.domain ?? ""}>
            <option value="">{t("mmRegistration.participants.any")}</option>
            {search.domain && !(search.domain in result.facets.domain) ? (
              <option value={search.domain}>{`${labels.domain(search.domain)} (0)`}</option>
            ) : null}
            {domains.map(([d, n]) => (
              <option key={d} value={d}>
                {`${labels.domain(d)} (${n})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="mm-district">{t("mmRegistration.participants.district")}</label>
          <select id="mm-district" name="district" defaultValue={search.district ?? ""}>
            <option value="">{t("mmRegistration.participants.any")}</option>
            {search.district && !(search.district in result.facets.district) ? (
              <option value={search.district}>{`${labels.district(search.district)} (0)`}</option>
            ) : null}
            {districts.map(([d, n]) => (
              <option key={d} value={d}>
                {`${labels.district(d)} (${n})`}
              </option>
            ))}
          </select>
        </div>
        <div className="mm-search-submit">
          <button type="submit" className="button button-primary">
            {t("search.submit")}
          </button>
        </div>
      </Form>
      <p role="status" aria-live="polite" aria-busy={searching}>
        {t("mmRegistration.participants.count", { count: result.total })}
      </p>
      {result.cards.length === 0 ? (
        <p className="empty">{t("mmRegistration.participants.empty")}</p>
      ) : (
        <ul className="mm-participants">
          {result.cards.map((card) => (
            <li key={card.registrationId} className="card">
              <h2>
                <Highlight text={card.organizationNameFormatted} />
                {card.registrationId === data.ownRegistrationId ? (
                  <small> · {t("mmRegistration.participants.you")}</small>
                ) : null}
              </h2>
              <p className="hint">{labels.district(card.district)}</p>
              <h3>{t("mmRegistration.participants.attendees")}</h3>
              <ul className="mm-attendees">
                {card.attendees.map((a) => (
                  <li key={a.id}>
                    <strong>{a.name}</strong> · {a.jobTitle}
                    {data.mayRequest && card.registrationId !== data.ownRegistrationId ? (
                      <>
                        {" "}
                        <Link
                          to={`/my/events/${event.id}/meetings/new?to=${a.id}`}
                          aria-label={t("mmRegistration.participants.requestWith", { name: a.name })}
                        >
                          {t("mmRegistration.participants.request")}
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
              <h3>{t("mmRegistration.participants.items")}</h3>
              {card.items.length === 0 ? (
                <p className="empty">{t("mmRegistration.participants.noItems")}</p>
              ) : (
                <ul className="mm-items">
                  {card.items.map((i) => (
                    <li key={i.code}>
                      <SdKindBadge kind={i.kind} /> <small>{labels.domain(i.domain)}</small>{" "}
                      <Link to={`/supply-demand/${i.code}`}>{i.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.total > data.pageSize ? (
        <Pagination param="page" page={result.page} pageSize={data.pageSize} total={result.total} />
      ) : null}
    </>
  );
}

import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { CsrfInput } from "./components/forms";
import { useNonce } from "./components/nonce";
import { DEFAULT_LOCALE, htmlLang, translator } from "./i18n/i18n";
import { useI18n, useRootData, type RootData } from "./i18n/use-i18n";
import { getSessionUser } from "./server/identity/auth.server";
import { getLocale } from "./server/platform/locale.server";
import { unreadNotificationCount } from "./server/notifications/notifications.server";
import stylesheet from "./styles.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** The header's unread badge rides along with the root data every page already loads. */
type RootLoaderData = RootData & { unreadNotifications: number };

export async function loader({ request, context }: LoaderFunctionArgs): Promise<RootLoaderData> {
  const [locale, user] = await Promise.all([getLocale(request), getSessionUser(request)]);
  return {
    locale,
    unreadNotifications: user ? await unreadNotificationCount(user.id) : 0,
    csrfToken: context.csrfToken,
    user: user && {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: user.roles,
      organization: user.organization,
    },
  };
}

function LanguageSwitch() {
  const { t, locale } = useI18n();
  const location = useLocation();
  const next = location.pathname + location.search;
  return (
    <Form method="get" action="/lang" className="inline-form">
      <input type="hidden" name="to" value={locale === "zh" ? "en" : "zh"} />
      <input type="hidden" name="next" value={next} />
      <button
        type="submit"
        className="button button-quiet"
        title={t("lang.switchLabel")}
        lang={locale === "zh" ? "en" : "zh-CN"}
      >
        {t("lang.switch")}
      </button>
    </Form>
  );
}

function NotificationsLink() {
  const { t } = useI18n();
  const unread = useRouteLoaderData<RootLoaderData>("root")?.unreadNotifications ?? 0;
  return (
    <NavLink to="/notifications" aria-label={t("notifications.navLabel", { count: unread })}>
      {t("nav.notifications")}
      {unread > 0 ? (
        <span className="nav-badge" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </NavLink>
  );
}

function NavLinks() {
  const { t } = useI18n();
  const user = useRootData()?.user;
  return (
    <>
      <NavLink to="/" end className="nav-home">
        {t("nav.home")}
      </NavLink>
      <NavLink to="/tasks" end>
        {t("nav.search")}
      </NavLink>
      <NavLink to="/lists">{t("nav.lists")}</NavLink>
      <NavLink to="/supply-demand">{t("nav.supplyDemand")}</NavLink>
      <NavLink to="/notices">{t("nav.notices")}</NavLink>
      <NavLink to="/results">{t("nav.results")}</NavLink>
      <NavLink to="/calculator">{t("nav.calculator")}</NavLink>
      {user ? <NavLink to="/dashboard">{t("nav.dashboard")}</NavLink> : null}
      {user?.organization ? <NavLink to="/bids">{t("nav.bids")}</NavLink> : null}
      {user?.organization ? <NavLink to="/projects">{t("nav.projects")}</NavLink> : null}
      {user?.roles.includes("assessor") ? <NavLink to="/assess">{t("nav.assess")}</NavLink> : null}
      {user?.organization ? <NavLink to="/org">{t("nav.organization")}</NavLink> : null}
      {user?.roles.includes("staff") ? <NavLink to="/staff">{t("nav.staff")}</NavLink> : null}
      {user ? <NotificationsLink /> : null}
      {user ? <NavLink to="/account">{t("nav.account")}</NavLink> : null}
    </>
  );
}

/**
 * On a phone the navigation is a menu (a disclosure: keyboard-operable, announced as expanded or collapsed, and
 * working without JavaScript); CSS shows either it or the row of links, never both.
 */
function NavMenu() {
  const { t } = useI18n();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  // A link followed from the menu closes it.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.pathname]);
  return (
    <details className="nav-menu" ref={menu}>
      <summary className="button button-quiet">{t("nav.menu")}</summary>
      <nav aria-label={t("nav.main")} className="nav-menu-links">
        <NavLinks />
      </nav>
    </details>
  );
}

function Header() {
  const { t } = useI18n();
  const user = useRootData()?.user;
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            榜
          </span>
          <span>
            <strong>{t("app.name")}</strong>
            <small>{t("app.tagline")}</small>
          </span>
        </Link>
        <nav aria-label={t("nav.main")} className="main-nav">
          <NavLinks />
        </nav>
        <NavMenu />
        <div className="header-actions">
          <LanguageSwitch />
          {user ? (
            <Form method="post" action="/logout" className="inline-form">
              <CsrfInput />
              <span className="user-name">{user.name}</span>
              <button type="submit" className="button button-quiet">
                {t("nav.logout")}
              </button>
            </Form>
          ) : (
            <>
              <Link to="/login" className="button button-quiet">
                {t("nav.login")}
              </Link>
              <Link to="/signup" className="button button-primary">
                {t("nav.signup")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n();
  const nonce = useNonce();
  // A page with `handle = { bare: true }` (a print view) has no site header, navigation or footer.
  const bare = useMatches().some((match) => (match.handle as { bare?: boolean } | undefined)?.bare);
  // Lets browser tests (and anyone curious) know the page is interactive, not just rendered, error pages too.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <html lang={htmlLang[locale]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {bare ? null : (
          <a href="#main" className="skip-link">
            {t("nav.skip")}
          </a>
        )}
        {bare ? null : <Header />}
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        {bare ? null : (
          <footer className="site-footer">
            <div className="container">
              <p>{t("footer.text")}</p>
              <nav aria-label={t("footer.links")} className="footer-links">
                <Link to="/open-data">{t("footer.openData")}</Link>
                <Link to="/stats">{t("footer.stats")}</Link>
                <Link to="/audit">{t("footer.audit")}</Link>
                <a href="/feed.atom">{t("footer.feed")}</a>
              </nav>
            </div>
          </footer>
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

function errorMessages(status: number) {
  if (status === 404) return { title: "error.notFound.title", text: "error.notFound.text" } as const;
  if (status === 403) return { title: "error.forbidden.title", text: "error.forbidden.text" } as const;
  return { title: "error.server.title", text: "error.server.text" } as const;
}

/** The routes' own titles are not rendered under the error page, so it names itself. */
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!error) return [];
  const t = translator(data?.locale ?? DEFAULT_LOCALE);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return [{ title: `${t(errorMessages(status).title)} — 揭榜 Jiebang` }];
};

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  const messages = errorMessages(status);
  const [title, text] = [t(messages.title), t(messages.text)];
  return (
    <section className="error-page">
      <p className="error-status">{status}</p>
      <h1>{title}</h1>
      <p>{text}</p>
      <Link to="/" className="button button-primary">
        {t("error.backHome")}
      </Link>
    </section>
  );
}

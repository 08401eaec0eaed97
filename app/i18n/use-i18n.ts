import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { DEFAULT_LOCALE, formatDateTime, translateError, translator, type Locale } from "./i18n";

export interface RootData {
  locale: Locale;
  csrfToken: string;
  user: {
    id: number;
    name: string;
    email: string;
    roles: string[];
    organization: { id: number; name: string; role: "owner" | "member" } | null;
  } | null;
}

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<RootData>("root");
}

export function useI18n() {
  const locale = useRootData()?.locale ?? DEFAULT_LOCALE;
  return useMemo(() => {
    const t = translator(locale);
    return {
      locale,
      t,
      tError: (code: string) => translateError(t, code, locale),
      dateTime: (value: Date | string) => formatDateTime(locale, value),
    };
  }, [locale]);
}

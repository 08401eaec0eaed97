import { ocdsReleasesLoader } from "../server/open-data/ocds-api.server";

export const loader = ocdsReleasesLoader;

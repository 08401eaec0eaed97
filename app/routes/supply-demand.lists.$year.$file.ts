import { exportLoader } from "../server/supply-demand/list/public-pages.server";

/** /supply-demand/lists/:year/export.xlsx and /export.csv: the year's published list as open data. */
export const loader = exportLoader;

import { ocdsRecordLoader } from "../server/open-data/ocds-api.server";

export const loader = ocdsRecordLoader;

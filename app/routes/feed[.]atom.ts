import { feedLoader } from "../server/open-data/feed.server";

/** /feed.atom: new lists, batches, notices, results and awards (Atom 1.0; ?lang=en for English). */
export const loader = feedLoader;

import { SD_INDEX } from "../../../../search/sd-index";
import { searchEngine } from "../../../../search/runtime";
import { sweepSdExpiry } from "./expiry.server";
import { sendSavedSearchDigests } from "./saved-searches.server";

/**
 * The minute sweep of the owner side of the supply–demand list: expiry reminders and closing, then the daily
 * saved-search digests. Each has its own guard, so a search engine that is down delays the digests only.
 */
export async function sdItemSweeps(say: (line: string) => void, now = new Date()): Promise<void> {
  try {
    const { reminded, expired } = await sweepSdExpiry(now);
    if (reminded.length) say(`sd items reminded of expiry: ${reminded.join(", ")}`);
    if (expired.length) say(`sd items expired: ${expired.join(", ")}`);
  } catch (error) {
    console.error("minute sweep (sd item expiry) failed:", error);
  }
  try {
    const engine = await searchEngine();
    // An embedded engine still filling at start-up holds nothing yet: a digest then would skip what is new.
    if ((await engine.count(SD_INDEX.uid)) === 0) return;
    const { notified } = await sendSavedSearchDigests(now, engine);
    if (notified) say(`saved-search digests sent: ${notified}`);
  } catch (error) {
    console.error("minute sweep (saved-search digests) failed:", error);
  }
}

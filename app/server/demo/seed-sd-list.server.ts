import { getDb } from "../../../db/client";
import { findUserByEmail } from "../../../db/repositories/identity";
import { shanghaiDate } from "../../domain/time";
import { addItems, createBatch, publishBatch } from "../supply-demand/list/batches.server";

/** The demo's staff sign as the list's two signatures: admin composes, approver publishes. */
const COMPOSER = "admin@demo.local";
const PUBLISHER = "approver@demo.local";
const SEED_IP = "127.0.0.1";

/** Up to this many items per demo batch; the rest of the year's published items stay available to compose. */
const PER_BATCH = 10;

/** Published demo items of the year in no batch, published on or before `onOrBefore` (a Shanghai day). */
async function publishedDemoItems(year: number, onOrBefore: string): Promise<number[]> {
  const rows = await getDb()
    .selectFrom("sdItems")
    .select("id")
    .where("year", "=", year)
    .where("status", "=", "published")
    .where("isDemo", "=", true)
    .where("publishedAt", "<", new Date(`${onOrBefore}T16:00:00Z`)) // the end of that day in Beijing
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom("sdBatchItems as bi").select("bi.itemId").whereRef("bi.itemId", "=", "sdItems.id")),
      ),
    )
    .orderBy("publishedAt", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map((r) => r.id);
}

async function composeAndPublish(
  composer: { id: number; ip: string },
  publisher: { id: number; ip: string },
  year: number,
  itemIds: number[],
  publishedOn: string,
  now: Date,
) {
  if (itemIds.length === 0) return;
  const batch = await createBatch(composer, year);
  if (!batch.ok) throw new Error(`demo list: could not create a batch of ${year}`);
  const added = await addItems(composer, batch.value.id, itemIds);
  if (!added.ok) throw new Error(`demo list: could not compose batch ${batch.value.id}`);
  const published = await publishBatch(publisher, batch.value.id, publishedOn, now);
  if (!published.ok) throw new Error(`demo list: could not publish batch ${batch.value.id}`);
}

/**
 * The annual list's demo (through the product's own services): one published batch of the previous year, two of
 * the current year, from the published demo items; items left over stay available for a third batch. Does
 * nothing without the two staff accounts or without published demo items.
 */
export async function seedSdList(now: Date): Promise<void> {
  const db = getDb();
  const [composerUser, publisherUser] = await Promise.all([
    findUserByEmail(db, COMPOSER),
    findUserByEmail(db, PUBLISHER),
  ]);
  if (!composerUser || !publisherUser) return;
  const composer = { id: composerUser.id, ip: SEED_IP };
  const publisher = { id: publisherUser.id, ip: SEED_IP };
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));

  // Each batch is dated on a day its items were all published by, never in the future.
  const notAfterToday = (day: string) => (day < today ? day : today);
  const lastYear = `${year - 1}-06-30`;
  await composeAndPublish(
    composer,
    publisher,
    year - 1,
    (await publishedDemoItems(year - 1, lastYear)).slice(0, PER_BATCH + 5),
    lastYear,
    now,
  );
  const first = notAfterToday(`${year}-04-30`);
  await composeAndPublish(
    composer,
    publisher,
    year,
    (await publishedDemoItems(year, first)).slice(0, PER_BATCH),
    first,
    now,
  );
  const second = notAfterToday(`${year}-09-30`);
  await composeAndPublish(
    composer,
    publisher,
    year,
    (await publishedDemoItems(year, second)).slice(0, PER_BATCH),
    second,
    now,
  );
}

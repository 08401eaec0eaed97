import type { Db, DbOrTrx } from "../db/client";
import { allIndexedSdItems, allPublicTasks, sdItemsByCodes, tasksByCodes } from "../db/repositories/search";
import type { IndexDefinition, SearchDocument } from "./engine";
import { SD_INDEX, sdItemDocument } from "./sd-index";
import {
  allParticipantDocuments,
  MM_PARTICIPANTS_INDEX,
  participantDocumentsByIds,
} from "./mm-participants-index";
import { TASK_INDEX } from "./task-index";
import { documentOf } from "./task-documents";

/**
 * What the engine indexes, one entry per index: its settings, its documents by id (for the outbox relay: an id
 * not returned leaves the index) and all of them (for a full reindex).
 */
export interface SearchCollection {
  index: IndexDefinition;
  documentsByIds(db: DbOrTrx, ids: readonly string[]): Promise<SearchDocument[]>;
  allDocuments(db: Db): AsyncIterable<SearchDocument[]>;
}

async function* mapPages<Row>(pages: AsyncIterable<Row[]>, toDocument: (row: Row) => SearchDocument) {
  for await (const page of pages) yield page.map(toDocument);
}

export const TASK_COLLECTION: SearchCollection = {
  index: TASK_INDEX,
  documentsByIds: async (db, ids) => (await tasksByCodes(db, ids)).map(documentOf),
  allDocuments: (db) => mapPages(allPublicTasks(db), documentOf),
};

export const SD_COLLECTION: SearchCollection = {
  index: SD_INDEX,
  documentsByIds: async (db, ids) => (await sdItemsByCodes(db, ids)).map(sdItemDocument),
  allDocuments: (db) => mapPages(allIndexedSdItems(db), sdItemDocument),
};

/** The conference's validated participants (issue 14), one document per registration. */
export const MM_PARTICIPANTS_COLLECTION: SearchCollection = {
  index: MM_PARTICIPANTS_INDEX,
  documentsByIds: participantDocumentsByIds,
  allDocuments: allParticipantDocuments,
};

export const SEARCH_COLLECTIONS: readonly SearchCollection[] = [
  TASK_COLLECTION,
  SD_COLLECTION,
  MM_PARTICIPANTS_COLLECTION,
];

export function collectionOf(indexUid: string): SearchCollection | undefined {
  return SEARCH_COLLECTIONS.find((collection) => collection.index.uid === indexUid);
}

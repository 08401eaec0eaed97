/**
 * A rule's finding, named by the key of the message the UI shows for it. Rules stay free of the UI: the server
 * hands problems on as messages, and the compiler checks there that every key exists.
 */
export interface Problem<Key extends string = string> {
  key: Key;
  params?: Record<string, number | string>;
}

/**
 * A lifecycle as data: each event names the states it may start from and the state it leads to. The same
 * tables drive the services (which event may happen now) and the database (a trigger refuses any status change
 * that is not an edge of its table; see db/lifecycles.ts).
 */
export type LifecycleTable<Status extends string> = Record<string, { from: readonly Status[]; to: Status }>;

export type TransitionResult<Status extends string, Event extends string> =
  { ok: true; to: Status } | { ok: false; from: Status; event: Event };

export function transitionIn<Status extends string, Table extends LifecycleTable<Status>>(
  table: Table,
  from: Status,
  event: keyof Table & string,
): TransitionResult<Status, keyof Table & string> {
  const rule = table[event]!;
  return rule.from.includes(from) ? { ok: true, to: rule.to } : { ok: false, from, event };
}

/** The event that leads from one state to another, if the table has exactly one. */
export function eventBetween<Status extends string, Table extends LifecycleTable<Status>>(
  table: Table,
  from: Status,
  to: Status,
): (keyof Table & string) | undefined {
  const events = Object.keys(table).filter(
    (event) => table[event]!.to === to && table[event]!.from.includes(from),
  );
  return events.length === 1 ? events[0] : undefined;
}

/** Every (from, to) pair the table allows, with the event that makes it: what the database trigger checks. */
export function edgesOf<Status extends string>(
  table: LifecycleTable<Status>,
): { event: string; from: Status; to: Status }[] {
  return Object.entries(table).flatMap(([event, rule]) =>
    rule.from.map((from) => ({ event, from, to: rule.to })),
  );
}

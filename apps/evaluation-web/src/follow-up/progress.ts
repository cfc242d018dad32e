/** Counts per action status and the share done among the actions not dropped (as the service's FollowUpProgress). */
export function progressOf(actions: readonly { status: string }[]) {
  const count = (status: string) => actions.filter((action) => action.status === status).length;
  const total = actions.length;
  const done = count('DONE');
  const dropped = count('DROPPED');
  const kept = total - dropped;
  return {
    total,
    planned: count('PLANNED'),
    inProgress: count('IN_PROGRESS'),
    done,
    dropped,
    percentDone: kept > 0 ? Math.round((done / kept) * 1000) / 10 : 0,
  };
}

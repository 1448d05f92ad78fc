/**
 * A refetch that bursts of change events share: at most one run in flight
 * and one queued behind it. Every caller's promise settles after a run that
 * started after its call, so what it then reads is at least that fresh.
 */
export function coalesce(run: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const request = (): Promise<void> => {
    if (!inFlight) {
      inFlight = run().finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    if (!queued) {
      const next = (): Promise<void> => {
        queued = null;
        return request();
      };
      queued = inFlight.then(next, next);
    }
    return queued;
  };
  return request;
}

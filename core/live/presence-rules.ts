/** A presence not refreshed for this long is stale: its browser closed or lost the network. */
export const PRESENCE_STALE_MS = 60_000;
/** How often an open grid refreshes its presence while the user stays on one segment (well inside the stale time). */
export const PRESENCE_REFRESH_MS = 20_000;

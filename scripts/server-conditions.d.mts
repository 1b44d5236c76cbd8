/** Node's flags for a process that loads server/ code outside Next.js (see server-conditions.mjs). */
export declare const SERVER_CONDITIONS: string[];

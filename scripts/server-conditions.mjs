/**
 * Node's flags for a process that loads server/ code outside Next.js (the CLI, the seed, the bench,
 * tests spawning them). server/db/client.ts imports "server-only", whose package resolves to an empty
 * module under React Server Components' "react-server" condition (which Next.js sets for server
 * code) and throws otherwise; so anything running it as plain Node passes the same condition.
 */
export const SERVER_CONDITIONS = ["--conditions=react-server"];

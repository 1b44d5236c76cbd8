import pg from "pg";
let t = Date.now();
const c = new pg.Client({ connectionString: process.argv[2] }); await c.connect(); console.log("connect", Date.now() - t); t = Date.now();
await c.query("select 1"); console.log("q", Date.now() - t); await c.end();

import { openDatabase } from "@/server/db/client";
const db = openDatabase(process.argv[2]);
let t = Date.now();
await db.$transaction(async (tx) => { await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"x"}))`; await tx.user.count(); });
console.log("one tx", Date.now() - t); t = Date.now();
await Promise.all(Array.from({ length: 30 }, () => db.$transaction(async (tx) => { await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"x"}))`; await tx.user.count(); })));
console.log("30 tx", Date.now() - t);
await db.$disconnect();

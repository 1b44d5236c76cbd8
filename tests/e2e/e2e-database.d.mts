export const E2E_ENGINE: "sqlite" | "postgres";
export const E2E_SQLITE_FILE: string;
export const E2E_DATABASE_URL: string;
export const E2E_ENV: Record<string, string>;
export function runPostgres(sql: string, options?: { admin?: boolean }): string;
export function resetE2eDatabase(): void;
